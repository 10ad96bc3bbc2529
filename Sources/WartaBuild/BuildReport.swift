import WartaCore
/// What a build or check found and did.
package struct BuildReport: Sendable {
    package var diagnostics: [Diagnostic]
    /// Nil when nothing was published (a check, or a build that failed).
    package var output: StagedOutput.Summary?
    package var pageCount: Int
    package var newsCount: Int
    package var programCount: Int
    package var datasetCount: Int
    package var seconds: Double
    /// The language of the site, which its editors read messages in.
    package var language: Language = .indonesian
    /// Files rendered by this build; the others were known to be up to date (see `BuildSession`).
    package var renderedCount: Int = 0
    /// Files not rendered because nothing they are made from changed since they were written.
    package var reusedCount: Int = 0
    /// What became of the search index; nil when the build did not index (not asked, or no Pagefind).
    package var searchIndex: SearchIndexOutcome?

    package enum SearchIndexOutcome: Sendable, Equatable {
        /// Pagefind indexed the staged site, taking this long.
        case indexed(seconds: Double)
        /// No page changed: the published index was kept.
        case reused
        /// Kept although pages changed (the preview does not index).
        case outOfDate
        /// Pagefind failed; the site is published without a fresh index.
        case failed
        /// Asked for, but Pagefind is not installed.
        case notInstalled
    }

    package var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
