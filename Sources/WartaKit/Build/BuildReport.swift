/// What a build or check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Nil when nothing was published (a check, or a build that failed).
    public var output: StagedOutput.Summary?
    public var pageCount: Int
    public var newsCount: Int
    public var programCount: Int
    public var datasetCount: Int
    public var seconds: Double
    /// The language of the site, which its editors read messages in.
    public var language: MessageLanguage = .indonesian
    /// Files rendered by this build; the others were known to be up to date (see `BuildSession`).
    public var renderedCount: Int = 0
    /// Files not rendered because nothing they are made from changed since they were written.
    public var reusedCount: Int = 0

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
