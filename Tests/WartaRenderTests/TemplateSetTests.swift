import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct TemplateSetTests {
    static let siteWithTwoSections = FixtureProject.minimalSiteYML.replacingOccurrences(
        of: "  - {title: Berita, url: /berita/}\n", with: "  - {title: Berita, url: /berita/}\n  - {title: Program, url: /program/}\n")

    /// Chrome is made once per depth and menu section: two pages at the same depth in different
    /// sections must each mark their own section as current.
    @Test func chromeMarksTheCurrentSectionOfEachPage() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/bansos.md": FixtureProject.article(title: "Bansos", date: "2024-11-12"),
            "content/programs/pkh.md": "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH.\n",
        ], siteYML: Self.siteWithTwoSections)
        #expect(project.build().errorLines == [])
        let article = try #require(project.page("berita/bansos/index.html"))
        let program = try #require(project.page("program/pkh/index.html"))
        #expect(article.contains("<a href=\"../../berita/index.html\" aria-current=\"page\">Berita</a>"))
        #expect(article.contains("<a href=\"../../program/index.html\">Program</a>"))
        #expect(program.contains("<a href=\"../../berita/index.html\">Berita</a>"))
        #expect(program.contains("<a href=\"../../program/index.html\" aria-current=\"page\">Program</a>"))
        // The include line ends the chrome's last line: no blank line is added around it.
        #expect(article.contains("</header>\n<main"))
    }

    @Test func chromeTemplatesCannotUsePageValues() throws {
        let project = try FixtureProject()
        try project.write("templates/chrome/footer.mustache", "<footer>\n<p>{{site.title}} · {{page.title}}</p>\n{{^empty(page.tags)}}x{{/empty(page.tags)}}\n</footer>\n")
        let report = project.build()
        #expect(report.errorLines == [])
        let problem = "is empty here: templates in templates/chrome/ are made once for many pages"
        #expect(report.warningLines.contains("templates/chrome/footer.mustache:2:21: warning: `page.title` \(problem)"))
        #expect(report.warningLines.contains("templates/chrome/footer.mustache:3:1: warning: `empty(page.tags)` \(problem)"))
        #expect(report.warningLines.count == 2, "only the values, not the closing tag or site.title")
    }

    @Test func cardsCannotUseSiteOrPageValues() throws {
        let project = try FixtureProject(files: ["content/news/2024/a.md": FixtureProject.article(title: "A", date: "2024-11-12")])
        try project.write("templates/cards/news.mustache", "<article>{{title}} · {{site.title}}</article>\n")
        let report = project.build()
        #expect(report.errorLines == [])
        #expect(report.warningLines == [
            "templates/cards/news.mustache:1:22: warning: `site.title` is empty here: templates in templates/cards/ are made once for many pages",
        ])
        #expect(project.page("berita/index.html")?.contains("<article>A · </article>") == true)
    }

    /// A template set from before cards (a list including a partial per item) still builds the
    /// same lists, from the item values.
    @Test func listsWithoutCardsUseTheItemValues() throws {
        let project = try FixtureProject(files: ["content/news/2024/a.md": FixtureProject.article(title: "A", date: "2024-11-12", extra: "tags: [pkh]\n")])
        try project.remove("templates/cards/news.mustache")
        try project.write("templates/partials/item.mustache", "<h{{itemHeading}}><a href=\"{{url}}\">{{title}}</a></h{{itemHeading}}>{{#tags}} <a href=\"{{url}}\">{{name}}</a>{{/tags}}\n")
        try project.write("templates/topic.mustache", "{{<layout}}{{$main}}\n{{#items}}\n{{>partials/item}}\n{{/items}}\n{{/main}}{{/layout}}\n")
        #expect(project.build().errorLines == [])
        #expect(project.page("topik/pkh/index.html")?.contains("<h2><a href=\"../../berita/a/index.html\">A</a></h2> <a href=\"../../topik/pkh/index.html\">pkh</a>") == true)
    }

    /// With a card, list items keep only the card; a list template reading their texts as well
    /// still gets them.
    @Test func listsWithCardsStillReadItemTexts() throws {
        let project = try FixtureProject(files: ["content/news/2024/a.md": FixtureProject.article(title: "A", date: "2024-11-12", extra: "tags: [pkh]\n")])
        try project.write("templates/topic.mustache",
                          "{{<layout}}{{$main}}\n{{#items}}\n{{{card}}}\n<p class=\"again\">{{title}} {{date}}{{#tags}} {{name}}{{/tags}}</p>\n{{/items}}\n{{/main}}{{/layout}}\n")
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("topik/pkh/index.html"))
        #expect(page.contains("<article class=\"news-item\">"))
        #expect(page.contains("<p class=\"again\">A Selasa, 12 November 2024 pkh</p>"))
    }

    /// Values go through `MarkupEscaping` (the template content type), in text and attributes.
    @Test func templateValuesAreEscapedByteForByte() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/a.md": FixtureProject.article(title: "A & B <i>\"kutip\" 'tunggal'</i>", date: "2024-11-12"),
        ])
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("berita/a/index.html"))
        let escaped = "A &amp; B &lt;i&gt;&quot;kutip&quot; &#39;tunggal&#39;&lt;/i&gt;"
        #expect(page.contains("<h1>\(escaped)</h1>"))
        #expect(page.contains("<meta property=\"og:title\" content=\"\(escaped)\">"))
        #expect(!page.contains("<i>"))
    }

    @Test func tagsAreFoundWithTheirPositions() {
        let tags = TemplateTag.find(in: "a {{> partials/x }}\n  {{{body}}} {{#empty(page.tags)}}{{/empty(page.tags)}}\n{{! note }}")
        #expect(tags.map(\.name) == ["partials/x", "body", "empty(page.tags)", "empty(page.tags)", "note"])
        #expect(tags.map { $0.marker.map(String.init) ?? "" } == [">", "{", "#", "/", "!"])
        #expect(tags.map(\.line) == [1, 2, 2, 2, 3])
        #expect(tags.map(\.column) == [3, 3, 14, 35, 1])
        #expect(tags.map(\.root) == ["partials/x", "body", "page", "page", "note"])
        #expect(tags[0].isPartial && !tags[1].isPartial)
    }

    /// Columns count characters; names lose any space around them; ranges are the tag's bytes.
    @Test func tagsPastNonASCIITextAndOddSpacing() {
        let text = "Berita — ringkas {{\u{00A0}t.tags\u{00A0}}} é {{{ body }}}\n{{ tanpa penutup"
        let tags = TemplateTag.find(in: text)
        #expect(tags.map(\.name) == ["t.tags", "body"])
        #expect(tags.map(\.column) == [18, 33])
        let bytes = Array(text.utf8)
        #expect(tags.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["{{\u{00A0}t.tags\u{00A0}}}", "{{{ body }}}"])
    }
}
