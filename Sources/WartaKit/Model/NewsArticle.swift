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
    /// Set when `text` was not kept in memory but is read again from the file when rendered.
    var deferred: Deferred?

    struct Deferred: Sendable {
        /// The `content/` folder in the file system (one string shared by every article).
        var folder: String
        /// The file as it was when its front matter was read; a different file now was edited
        /// during the build, and its body no longer belongs to the fields read then.
        var signature: PosixFiles.Signature?

        /// The body's bytes as they were when the front matter was read, with line endings and
        /// control characters as `SourceText` makes them; nil when the file has changed since.
        func loadBytes(contentPath: String) -> [UInt8]? {
            let file = folder + "/" + contentPath
            guard let (bytes, now) = PosixFiles.readWithSignature(file), now == signature else { return nil }
            var text = bytes[...]
            if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
            if text.containsByte(0x0D) {
                guard case .success(let source) = SourceText.decode(bytes, path: file) else { return nil }
                text = Array(source.text.utf8)[...]
            }
            guard let start = FrontMatter.bodyStart(text) else { return nil }
            return ControlCharacters.replaced(in: Array(text[start...]))
        }
    }

    public init(contentPath: String, text: String, location: SourceLocation) {
        self.contentPath = contentPath
        self.text = text
        self.location = location
    }
}
