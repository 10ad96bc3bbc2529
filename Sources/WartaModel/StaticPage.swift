import WartaCore
/// A standalone page from `content/pages/<slug>.md` (about, complaints, FAQ …).
package struct StaticPage: Sendable {
    package var slug: String
    package var title: String
    package var summary: String?
    package var menuOrder: Int?
    package var body: MarkdownSource
    package var location: SourceLocation

    package init(slug: String, title: String, summary: String? = nil, menuOrder: Int? = nil, body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.menuOrder = menuOrder
        self.body = body
        self.location = location
    }
}
