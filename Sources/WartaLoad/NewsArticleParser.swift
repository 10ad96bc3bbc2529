import Foundation
import WartaCore
import WartaModel

/// Reads one news file: front matter into a `NewsArticle`, the body kept as Markdown.
package enum NewsArticleParser {
    package static func parse(_ source: SourceText, contentPath: String, timeZone: TimeZone, log: DiagnosticLog) -> NewsArticle? {
        parse(source, contentPath: contentPath, timeZone: timeZone, keepBody: true, log: log)
    }

    /// `keepBody: false` leaves the body's text out (the loader reads it again when rendering).
    package static func parse(_ source: SourceText, contentPath: String, timeZone: TimeZone, keepBody: Bool, log: DiagnosticLog) -> NewsArticle? {
        guard let (document, fields) = FrontMatter.fields(of: source, keepBody: keepBody, log: log) else { return nil }
        let title = fields.string("title", required: true)
        let dateText = fields.located("date", required: true)
        let summary = fields.string("summary")
        let tags = fields.strings("tags")
        let programs = fields.strings("programs")
        let image = fields.located("image")
        let imageAlt = fields.string("image_alt")
        let author = fields.string("author")
        let isDraft = fields.bool("draft") ?? false
        let isSample = fields.bool("sample") ?? false
        let slugOverride = fields.located("slug")
        var source_: SourceCredit?
        if fields.isText("source") {
            source_ = fields.string("source", required: true).map { SourceCredit(name: $0, url: nil) }
        } else if let credit = fields.mapping("source") {
            if let name = credit.string("name", required: true) {
                source_ = SourceCredit(name: name, url: credit.located("url").flatMap { WebAddress.check($0, field: "url", log: log) })
            }
            credit.warnAboutUnknownKeys(in: .group("source"))
        }
        fields.warnAboutUnknownKeys(in: .news)

        var date: Timestamp?
        if let dateText {
            date = Timestamp.parse(dateText.value, in: timeZone)
            if date == nil {
                log.error(dateText.location, .reference(.invalidDate(dateText.value)), hint: .dateFormat)
            }
        }
        if image != nil && (imageAlt ?? "").isEmpty {
            log.warning(image!.location, .reference(.imageWithoutAlt))
        }
        let slug = PageSlug.resolve(override: slugOverride, fileName: contentPath, log: log, location: fields.location)

        guard let title, let date, let slug else { return nil }
        return NewsArticle(
            slug: slug, title: title, date: date, dateLocation: dateText?.location ?? fields.location, summary: summary, tags: tags, programs: programs,
            image: image, imageAlt: imageAlt, source: source_, author: author, isDraft: isDraft, isSample: isSample,
            body: document.markdown(contentPath: contentPath, file: source.path))
    }
}
