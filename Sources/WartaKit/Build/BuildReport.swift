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

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
