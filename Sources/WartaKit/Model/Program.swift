/// An aid programme the office runs, from `content/programs/<slug>.md`.
public struct Program: Sendable {
    public var slug: String
    public var title: String
    public var summary: String
    public var order: Int
    public var funding: String?
    public var eligibility: [String]
    public var howToApply: [String]
    public var contact: String?
    public var datasets: [Located<String>]
    public var body: MarkdownSource
    public var location: SourceLocation
}
