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

@Suite struct RootMarkerTests {
    @Test func everyMarkerBecomesThePagesWayToTheRoot() {
        let page = "\u{1}a.html x \u{1}\u{1}b/ \u{1}"
        #expect(String(decoding: RootMarker.resolve(page, prefix: "../../"), as: UTF8.self) == "../../a.html x ../../../../b/ ../../")
        #expect(String(decoding: RootMarker.resolve(page, prefix: ""), as: UTF8.self) == "a.html x b/ ")
        #expect(RootMarker.resolve("\u{1}", prefix: "") == [])
        #expect(RootMarker.resolve("tanpa penanda", prefix: "../") == Array("tanpa penanda".utf8))
        #expect(RootMarker.resolve("", prefix: "../") == [])
    }

    @Test func markersInOtherHTMLAreRemoved() {
        #expect(String(decoding: ControlCharacters.replaced(in: Array("a\u{1}b".utf8)), as: UTF8.self) == "a\u{FFFD}b")
    }

    /// Lists at different depths show the same card, each with links that work from where it is.
    @Test func cardsLinkFromEveryListThatShowsThem() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/bansos.md": FixtureProject.article(title: "Bansos", date: "2024-11-12", extra: "tags: [pkh]\n"),
        ])
        #expect(project.build().errorLines == [])
        let home = try #require(project.page("index.html"))
        let list = try #require(project.page("berita/index.html"))
        let topic = try #require(project.page("topik/pkh/index.html"))
        #expect(home.contains("<h3><a href=\"berita/bansos/index.html\">Bansos</a></h3>"))
        #expect(list.contains("<h2><a href=\"bansos/index.html\">Bansos</a></h2>") || list.contains("<h2><a href=\"../berita/bansos/index.html\">Bansos</a></h2>"))
        #expect(topic.contains("<h2><a href=\"../../berita/bansos/index.html\">Bansos</a></h2>"))
        #expect(topic.contains("<li><a href=\"../../topik/pkh/index.html\">pkh</a></li>") || topic.contains("<li><a href=\"../pkh/index.html\">pkh</a></li>"))
        for page in [home, list, topic] { #expect(!page.utf8.contains(RootMarker.byte)) }
    }

    /// The marker byte cannot be smuggled in from content or templates.
    @Test func contentAndTemplatesCannotUseTheMarker() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/a.md": "---\ntitle: \"\\x01judul\"\ndate: 2024-11-12\nsummary: \"awal \\x01 tengah\"\n---\nIsi \u{1} berita.\n",
        ])
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("berita/a/index.html"))
        #expect(!page.utf8.contains(RootMarker.byte))
        #expect(page.contains("Isi \u{FFFD} berita."))
        #expect(page.contains("awal \u{FFFD} tengah"))
        #expect(page.contains("<h1>\u{FFFD}judul</h1>"), "a value from content never reads as a link's root")
        try project.write("templates/chrome/footer.mustache", "<footer>\u{1}</footer>\n")
        #expect(project.build().errorLines == [])
        #expect(project.page("berita/a/index.html")?.contains("<footer>\u{FFFD}</footer>") == true)
    }
}
