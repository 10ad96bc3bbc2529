import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

/// Content that tries to break out of its place: markup, quotes, template braces, emoji and
/// right-to-left text must come out as text everywhere they appear.
@Suite struct HostileInputTests {
    static let nasty = "<script>alert('x')</script> \"kutip\" & {{site.title}} 👍 مرحبا"
    static var yamlNasty: String { "\"" + nasty.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    static func project() throws -> FixtureProject {
        try FixtureProject(files: [
            "content/news/a.md": """
                ---
                title: \(yamlNasty)
                date: 2024-01-01
                summary: \(yamlNasty)
                tags: [\(yamlNasty)]
                programs: [pkh]
                image: ../media/foto.svg
                image_alt: \(yamlNasty)
                source: {name: \(yamlNasty), url: "https://example.go.id/?a=<b>&c=\\"d\\""}
                ---
                Teks <script>alert(1)</script> dan [tautan](javascript:alert(1)) serta <img src=x onerror=alert(1)>.

                """,
            "content/media/foto.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><title>x</title></svg>\n",
            "content/programs/pkh.md": "---\ntitle: \(yamlNasty)\nsummary: \(yamlNasty)\ndatasets: [data]\n---\n",
            "content/statistics/data.csv": "kategori,nilai\n\"\(nasty.replacingOccurrences(of: "\"", with: "\"\""))\",5\n\"=HYPERLINK(\"\"http://x\"\")\",-3\n",
            "content/statistics/data.md": "---\ntitle: \(yamlNasty)\nsource: {name: \(yamlNasty)}\n---\n",
        ], siteYML: FixtureProject.minimalSiteYML.replacingOccurrences(of: "title: Dinas Uji\ndescription: Situs uji",
                                                                       with: "title: \(yamlNasty)\ndescription: \(yamlNasty)"))
    }

    @Test func nothingFromContentBecomesMarkup() throws {
        let project = try Self.project()
        let report = project.build()
        #expect(report.errorLines == [])
        let walker = try #require(FileManager.default.enumerator(atPath: project.output.path))
        var checked = 0
        while let path = walker.nextObject() as? String {
            guard let text = project.page(path), [".html", ".xml", ".svg", ".json"].contains(where: path.hasSuffix) else { continue }
            #expect(!text.contains("<script"), "markup from content in \(path)")
            #expect(!text.contains("onerror"), "attribute from content in \(path)")
            #expect(!text.contains("javascript:"), "javascript: URL in \(path)")
            #expect(!text.contains("Dinas Uji</title>") || path.hasSuffix(".svg"))
            if path.hasSuffix(".html") {
                #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "escaped title missing in \(path)")
                #expect(text.contains("{{site.title}}"), "template braces from content must stay text in \(path)")
            }
            checked += 1
        }
        #expect(checked > 10)
    }

    /// A NUL or another control character in an article body (pasted from a PDF, say) is shown as
    /// U+FFFD where it was; the text after it is kept, and the page stays valid HTML.
    @Test func controlCharactersInABodyLoseNothing() throws {
        let body = "Satu\u{0}dua \u{7}tiga \u{1}empat.\n\nParagraf kedua.\n"
        let project = try FixtureProject(files: [
            "content/news/a.md": "---\ntitle: Uji\ndate: 2024-01-01\n---\n" + body,
            "content/news/b.md": "---\ntitle: Uji CRLF\ndate: 2024-01-02\n---\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n"),
        ])
        #expect(project.build().errorLines == [])
        for slug in ["a", "b"] {
            let page = try #require(project.page("berita/\(slug)/index.html"))
            #expect(page.contains("<p>Satu\u{FFFD}dua \u{FFFD}tiga \u{FFFD}empat.</p>"), "page \(slug)")
            #expect(page.contains("<p>Paragraf kedua.</p>"), "page \(slug)")
            #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "page \(slug)")
        }
    }

    @Test func xmlAndJSONOutputsStayWellFormed() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        for path in ["feed.xml", "sitemap.xml", "statistik/data/data.svg"] {
            let data = try #require(project.page(path)).data(using: .utf8)!
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        let json = try #require(project.page("statistik/data/data.json"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["title"] as? String == Self.nasty)
        let rows = try #require(parsed["rows"] as? [[Any]])
        #expect(rows[0][0] as? String == Self.nasty)
        let feed = try #require(project.page("feed.xml"))
        #expect(feed.contains("<title>&lt;script&gt;"))
    }

    @Test func csvDownloadsNeutraliseFormulasButKeepNumbers() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let csv = try #require(project.page("statistik/data/data.csv"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",-3"))
        #expect(!csv.contains("\n=HYPERLINK"))
    }

    @Test func rawHTMLPassesOnlyWhenTheSiteOptsIn() throws {
        let body = "Teks <b>tebal</b> dan [tautan](javascript:alert(1)).\n"
        let strict = try FixtureProject(files: ["content/pages/p.md": "---\ntitle: P\n---\n\(body)"])
        #expect(strict.build().errorLines == [])
        let safe = try #require(strict.page("p/index.html"))
        #expect(!safe.contains("<b>tebal</b>") && !safe.contains("javascript:"))
        let trusting = try FixtureProject(files: ["content/pages/p.md": "---\ntitle: P\n---\n\(body)"],
                                          siteYML: FixtureProject.minimalSiteYML + "allow_raw_html: true\n")
        #expect(trusting.build().errorLines == [])
        let raw = try #require(trusting.page("p/index.html"))
        #expect(raw.contains("<b>tebal</b>"))
    }

    @Test func frontMatterURLsMustBeWebAddresses() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "source: {name: X, url: \"javascript:alert(1)\"}\n"),
        ])
        #expect(project.build().errorLines == ["content/news/a.md:4:24: error: `url` must be a web address starting with https:// or http://"])
    }

    @Test func symbolicLinksInContentAreNotFollowed() throws {
        let project = try FixtureProject()
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent("content/media/passwd").path,
                                                   withDestinationPath: "/etc/passwd")
        let report = project.build()
        #expect(report.warningLines.contains { $0.hasPrefix("content/media/passwd:1:1: warning: symbolic links are not followed") })
        #expect(!project.exists("media/passwd"))
    }

    @Test func symbolicLinksInOutputAreRemovedNotFollowed() throws {
        let project = try FixtureProject(files: ["content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01")])
        #expect(project.build().errorLines == [])
        let outside = project.root.appendingPathComponent("di-luar")
        try project.write("di-luar/index.html", "milik orang lain")
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("berita"))
        try FileManager.default.createSymbolicLink(at: project.output.appendingPathComponent("berita"), withDestinationURL: outside)
        #expect(project.build().errorLines == [])
        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "milik orang lain")
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("a").path))
        let type = try FileManager.default.attributesOfItem(atPath: project.output.appendingPathComponent("berita").path)[.type] as? FileAttributeType
        #expect(type == .typeDirectory)
        #expect(project.exists("berita/a/index.html"))
    }

    @Test func slugsFromFrontMatterCannotEscape() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "slug: ../../../tmp/keluar\n"),
        ])
        #expect(project.build().errorLines == [])
        #expect(project.exists("berita/tmp-keluar/index.html"))
    }
}
