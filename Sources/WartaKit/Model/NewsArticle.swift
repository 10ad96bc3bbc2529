/// A news item from `content/news/**/<slug>.md`.
public struct NewsArticle: Sendable {
    public var slug: String
    public var title: String
    public var date: Timestamp
    /// Where `date:` is written, for warnings about it.
    public var dateLocation: SourceLocation
    public var summary: String?
    public var tags: [Located<String>]
    public var programs: [Located<String>]
    public var image: Located<String>?
    public var imageAlt: String?
    public var source: SourceCredit?
    public var author: String?
    public var isDraft: Bool
    /// Illustrative content; the page says so.
    public var isSample: Bool
    public var body: MarkdownSource
}

/// Markdown waiting to be rendered, with where it came from so that links and blocks in it can be
/// resolved relative to its file and errors point at the right line.
public struct MarkdownSource: Sendable {
    /// Path relative to `content/` (`news/2024/bansos.md`), for resolving relative links.
    public var contentPath: String
    public var text: String
    public var location: SourceLocation

    public init(contentPath: String, text: String, location: SourceLocation) {
        self.contentPath = contentPath
        self.text = text
        self.location = location
    }
}
