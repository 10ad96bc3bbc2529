/// A standalone page from `content/pages/<slug>.md` (about, complaints, FAQ …).
public struct StaticPage: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var menuOrder: Int?
    public var body: MarkdownSource
    public var location: SourceLocation
}
