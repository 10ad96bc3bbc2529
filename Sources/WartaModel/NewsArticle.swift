import WartaCore
/// A news item from `content/news/**/<slug>.md`.
package struct NewsArticle: Sendable {
    package var slug: String
    package var title: String
    package var date: Timestamp
    /// Where `date:` is written, for warnings about it.
    package var dateLocation: SourceLocation
    package var summary: String?
    package var tags: [Located<String>]
    package var programs: [Located<String>]
    package var image: Located<String>?
    package var imageAlt: String?
    package var source: SourceCredit?
    package var author: String?
    package var isDraft: Bool
    /// Illustrative content; the page says so.
    package var isSample: Bool
    package var body: MarkdownSource

    package init(slug: String, title: String, date: Timestamp, dateLocation: SourceLocation, summary: String? = nil, tags: [Located<String>], programs: [Located<String>], image: Located<String>? = nil, imageAlt: String? = nil, source: SourceCredit? = nil, author: String? = nil, isDraft: Bool, isSample: Bool, body: MarkdownSource) {
        self.slug = slug
        self.title = title
        self.date = date
        self.dateLocation = dateLocation
        self.summary = summary
        self.tags = tags
        self.programs = programs
        self.image = image
        self.imageAlt = imageAlt
        self.source = source
        self.author = author
        self.isDraft = isDraft
        self.isSample = isSample
        self.body = body
    }
}

/// Markdown waiting to be rendered, with where it came from so that links and blocks in it can be
/// resolved relative to its file and errors point at the right line.
package struct MarkdownSource: Sendable {
    /// Path relative to `content/` (`news/2024/bansos.md`), for resolving relative links.
    package var contentPath: String
    package var text: String
    package var location: SourceLocation
    /// Set when `text` was not kept in memory but is read again from the file when rendered
    /// (`MarkdownSource.Deferred.loadBytes`, in WartaLoad, which owns reading files).
    package var deferred: Deferred?

    package struct Deferred: Sendable {
        /// The `content/` folder in the file system (one string shared by every article).
        package var folder: String
        /// The file as it was when its front matter was read; a different file now was edited
        /// during the build, and its body no longer belongs to the fields read then.
        package var signature: PosixFiles.Signature?
        package init(folder: String, signature: PosixFiles.Signature?) {
            self.folder = folder
            self.signature = signature
        }
    }

    package init(contentPath: String, text: String, location: SourceLocation) {
        self.contentPath = contentPath
        self.text = text
        self.location = location
    }
}
