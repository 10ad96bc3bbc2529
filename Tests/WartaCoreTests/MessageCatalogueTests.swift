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

@Suite struct MessageCatalogueTests {
    @Test func translatesWithArgumentsAndNestedPhrases() {
        #expect(MessageCatalogue.translate("missing required field `title`", to: .indonesian) == "isian wajib `title` belum ada")
        #expect(MessageCatalogue.translate("`news_per_page` must be a whole number", to: .indonesian)
            == "`news_per_page` harus berupa bilangan bulat")
        #expect(MessageCatalogue.translate("unknown field `tittle` in news front matter; it is ignored", to: .indonesian)
            == "isian `tittle` tidak dikenal di bagian depan berita; isian ini diabaikan")
        #expect(MessageCatalogue.translate("did you mean \"pkh\"?", to: .indonesian) == "maksud Anda \"pkh\"?")
    }

    /// Text quoted from content goes in as it is, even when it looks like a placeholder.
    @Test func argumentsAreNotFilledAgain() {
        #expect(MessageCatalogue.translate("unknown field `nama` in blok %1; it is ignored", to: .indonesian)
            == "isian `nama` tidak dikenal di blok %1; isian ini diabaikan")
    }

    @Test func englishIsLeftAsWritten() {
        #expect(MessageCatalogue.translate("missing required field `title`", to: .english) == "missing required field `title`")
    }

    @Test func printerShowsTheLineAndACaretInTheSiteLanguage() throws {
        let project = try FixtureProject(files: ["content/news/a.md": "---\ntitle: A\ndate: 2024-13-45\n---\n"])
        let report = project.check()
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        let printed = DiagnosticPrinter(root: project.root, useColour: false, language: .indonesian).format(diagnostic)
        #expect(printed == """
            content/news/a.md:3:7: error: `date` bukan tanggal yang benar: "2024-13-45"
                date: 2024-13-45
                      ^
                saran: tulis sebagai TTTT-BB-HH (2024-11-12) atau dengan jam dan zona (2024-11-12T10:00:00+07:00)
            """)
    }

    @Test func jsonOutputIsParseable() throws {
        let project = try FixtureProject(files: ["content/news/a.md": "---\ntitle: \"A \\\"kutip\\\"\"\ndate: kemarin\n---\n"])
        let report = project.check()
        let json = DiagnosticPrinter(root: project.root, useColour: false, language: .english).json(report.diagnostics)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.contains { ($0["message"] as? String)?.contains("`date` is not a valid date") == true && $0["line"] as? Int == 3 })
    }
}
