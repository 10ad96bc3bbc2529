import WartaCore
import WartaModel
/// Reads `content/programs/<slug>.md`.
package enum ProgramParser {
    package static func parse(_ source: SourceText, contentPath: String, log: DiagnosticLog) -> Program? {
        guard let (document, fields) = FrontMatter.fields(of: source, log: log) else { return nil }
        let title = fields.string("title", required: true)
        let summary = fields.string("summary", required: true)
        let order = fields.int("order") ?? 1000
        let funding = fields.string("funding")
        let eligibility = fields.strings("eligibility").map(\.value)
        let howToApply = fields.strings("how_to_apply").map(\.value)
        let documents = fields.strings("documents").map(\.value)
        let contact = fields.string("contact")
        let datasets = fields.strings("datasets")
        let slugOverride = fields.located("slug")
        fields.warnAboutUnknownKeys(in: .programme)
        let slug = PageSlug.resolve(override: slugOverride, fileName: contentPath, log: log, location: fields.location)
        guard let title, let summary, let slug else { return nil }
        return Program(
            slug: slug, title: title, summary: summary, order: order, funding: funding, eligibility: eligibility,
            howToApply: howToApply, documents: documents, contact: contact, datasets: datasets,
            body: document.markdown(contentPath: contentPath, file: source.path),
            location: SourceLocation(path: source.path))
    }
}
