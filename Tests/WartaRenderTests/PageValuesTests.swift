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

@Suite struct PageValuesTests {
    let head = PageHead(title: TemplateText("Berita"), fullTitle: TemplateText("Berita – Dinsos"), description: TemplateText("d"),
                        canonical: TemplateText("https://example.go.id/berita/"), openGraphType: TemplateText("website"),
                        openGraphImage: nil, isHome: false, searchable: false)

    func values(main: [String: Any], templates: TemplateSet) -> PageValues {
        PageValues(language: "id", strings: ["news": TemplateText("Berita")],
                   chrome: PageChrome(site: ["title": "Dinsos"], menu: [], rendered: ["header": TemplateText("<header>")],
                                      templates: templates),
                   head: TemplateReference(head), main: main)
    }

    /// The same names as the merged dictionary they replace, the page's own values first.
    @Test func pageValuesWinOverThoseEveryPageHas() throws {
        let project = try FixtureProject()
        let templates = try #require(TemplateSet.load(from: project.root.appendingPathComponent("templates"), log: DiagnosticLog()))
        let page = values(main: ["title": "Judul", "lang": "en"], templates: templates)
        #expect((page.child(named: "title") as? String) == "Judul")
        #expect((page.child(named: "lang") as? String) == "en")
        #expect((values(main: [:], templates: templates).child(named: "lang") as? TemplateText)?.text == "id")
        #expect((page.child(named: "page") as? TemplateReference<PageHead>)?.value.fullTitle.text == "Berita – Dinsos")
        #expect((page.child(named: "chrome") as? [String: TemplateText])?["header"]?.text == "<header>")
        #expect((page.child(named: "t") as? [String: TemplateText])?["news"]?.text == "Berita")
        #expect(page.child(named: "missing") == nil)
        #expect(head.child(named: "ogImage") == nil, "an absent image leaves {{#ogImage}} empty")
    }
}
