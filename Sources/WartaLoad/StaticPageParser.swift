import WartaCore
import WartaModel
/// Reads `content/pages/<slug>.md`.
package enum StaticPageParser {
    package static func parse(_ source: SourceText, contentPath: String, log: DiagnosticLog) -> StaticPage? {
        guard let (document, fields) = FrontMatter.fields(of: source, log: log) else { return nil }
        let title = fields.string("title", required: true)
        let summary = fields.string("summary")
        let menuOrder = fields.int("menu_order")
        let slugOverride = fields.located("slug")
        fields.warnAboutUnknownKeys(in: .page)
        let slug = PageSlug.resolve(override: slugOverride, fileName: contentPath, log: log, location: fields.location)
        guard let title, let slug else { return nil }
        return StaticPage(
            slug: slug, title: title, summary: summary, menuOrder: menuOrder,
            body: document.markdown(contentPath: contentPath, file: source.path),
            location: SourceLocation(path: source.path))
    }
}
