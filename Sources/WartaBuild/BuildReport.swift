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

    package var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
