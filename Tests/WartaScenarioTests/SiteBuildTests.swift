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

@Suite struct SiteBuildTests {
    @Test func writesEveryKindOfPage() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/bansos.md": FixtureProject.article(
                title: "Penyaluran Bansos", date: "2024-11-12", extra: "tags: [bansos, PKH]\nprograms: [pkh]\nsummary: Ringkas.\n"),
            "content/programs/pkh.md": "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH.\n",
            "content/pages/tentang.md": "---\ntitle: Tentang Kami\n---\nKami melayani.\n",
            "content/statistics/kemiskinan.csv": "tahun;persen\n2023;4,45\n2024;4,20\n",
            "content/statistics/kemiskinan.md": FixtureProject.povertyMetadata,
        ])
        let report = project.build()
        #expect(report.errorLines == [])
        for path in [
            "index.html", "berita/index.html", "berita/bansos/index.html", "topik/index.html", "topik/bansos/index.html",
            "topik/pkh/index.html", "program/index.html", "program/pkh/index.html", "statistik/index.html",
            "statistik/kemiskinan/index.html", "statistik/kemiskinan/kemiskinan.csv", "statistik/kemiskinan/kemiskinan.json",
            "statistik/kemiskinan/kemiskinan.svg", "tentang/index.html", "404.html", "feed.xml", "sitemap.xml",
            "robots.txt", "assets/style.css",
        ] {
            #expect(project.exists(path), "missing \(path)")
        }
        let article = try #require(project.page("berita/bansos/index.html"))
        #expect(article.contains("<html lang=\"id\">"))
        #expect(article.contains("<meta property=\"og:locale\" content=\"id_ID\">"))
        #expect(article.contains("Selasa, 12 November 2024"))
        #expect(article.contains("datetime=\"2024-11-12T00:00:00+07:00\""))
        #expect(article.contains("href=\"../../program/pkh/index.html\""))
        #expect(article.contains("href=\"../../topik/pkh/index.html\""))
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.go.id/dinsos/berita/bansos/\">"))
        let feed = try #require(project.page("feed.xml"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.go.id/dinsos/berita/bansos/\"/>"))
        #expect(feed.contains("<updated>2024-11-12T00:00:00+07:00</updated>"))
        let notFound = try #require(project.page("404.html"))
        #expect(notFound.contains("href=\"/dinsos/assets/style.css\""), "a 404 page is served at any depth, so it links from the site root")
    }

    /// Hundreds of articles sharing tags, so that list pages, topic pages and cards are rendered
    /// by both threads at once; built on one thread, the site must be the same to the byte.
    @Test func everyCoreGivesTheSameSiteAsOneThread() throws {
        var files: [String: String] = ["content/programs/pkh.md": "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH.\n"]
        for number in 0..<300 {
            let day = String(format: "2024-%02d-%02d", number % 12 + 1, number % 28 + 1)
            files["content/news/berita-\(number).md"] = FixtureProject.article(
                title: "Berita \(number)", date: day,
                extra: "tags: [topik-\(number % 7), bansos]\nprograms: [pkh]\nsummary: Ringkasan \(number).\n",
                body: "## Bagian\n\nIsi berita \(number) dengan [tautan](berita-\((number + 1) % 300).md).\n")
        }
        let project = try FixtureProject(files: files)
        let everyCore = project.root.appendingPathComponent("semua"), oneThread = project.root.appendingPathComponent("satu")
        #expect(SiteBuild.run(BuildOptions(root: project.root, output: everyCore)).errorLines.prefix(3) == [])
        #expect(SiteBuild.run(BuildOptions(root: project.root, output: oneThread, jobs: 1)).errorLines.prefix(3) == [])
        let a = ExampleSiteTests.files(in: everyCore), b = ExampleSiteTests.files(in: oneThread)
        #expect(a.count > 400)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where b[path] != bytes { Issue.record("\(path) differs between the builds") }
    }

    @Test func escapesScriptInTitlesEverywhere() throws {
        let hostile = "<script>alert(\"x\")</script> & 'kutip'"
        let project = try FixtureProject(files: [
            "content/news/2024/jahat.md": FixtureProject.article(title: "\"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\"", date: "2024-01-02",
                                                                  extra: "tags: [\"<b>tag</b>\"]\n"),
        ])
        #expect(project.build().errorLines == [])
        for path in ["berita/jahat/index.html", "berita/index.html", "index.html", "feed.xml", "topik/b-tag-b/index.html"] {
            let text = try #require(project.page(path), "missing \(path)")
            #expect(!text.contains("<script>"), "unescaped script in \(path)")
            #expect(!text.contains("<b>tag</b>"), "unescaped tag in \(path)")
        }
        #expect(project.page("berita/jahat/index.html")!.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;"))
    }

    @Test func paginatesAtTheBoundaries() throws {
        var files: [String: String] = [:]
        for day in 1...11 {
            let date = "2024-03-\(day < 10 ? "0" : "")\(day)"
            files["content/news/2024/berita-\(day).md"] = FixtureProject.article(title: "Berita \(day)", date: date)
        }
        let project = try FixtureProject(files: files)
        #expect(project.build().errorLines == [])
        #expect(project.exists("berita/index.html"))
        #expect(project.exists("berita/halaman/2/index.html"))
        #expect(project.exists("berita/halaman/3/index.html"))
        #expect(!project.exists("berita/halaman/4/index.html"))
        #expect(!project.exists("berita/halaman/1/index.html"), "page 1 lives at /berita/")
        let first = try #require(project.page("berita/index.html"))
        #expect(first.contains("Berita 11") && first.contains("Berita 7") && !first.contains(">Berita 6<"))
        #expect(first.contains("Halaman 1 dari 3"))
        let last = try #require(project.page("berita/halaman/3/index.html"))
        #expect(last.contains(">Berita 1<"))
        #expect(!last.contains(">Berita 2<"))
        #expect(last.contains("href=\"../../../berita/halaman/2/index.html\" rel=\"prev\"") && !last.contains("rel=\"next\""))
    }

    /// `{{{cards}}}` is the list's cards as iterating `items` and printing each `{{{card}}}` gives
    /// them, on news and topic pages alike; and a template may still iterate.
    @Test func aListsCardsAreItsItemsCards() throws {
        var files: [String: String] = [:]
        for day in 1...7 {
            files["content/news/2024/berita-\(day).md"] = FixtureProject.article(title: "Berita <\(day)>", date: "2024-03-0\(day)",
                                                                              extra: "summary: Ringkasan & \(day)\ntags: [Bansos, PKH]\n")
        }
        let pages = try Self.pagesBothWays(files, templates: ["news-list", "topic"], replacing: "{{{cards}}}\n",
                                           with: "{{#items}}\n{{{card}}}\n{{/items}}\n",
                                           pages: ["berita/index.html", "berita/halaman/2/index.html", "topik/bansos/index.html",
                                                   "topik/pkh/halaman/2/index.html"])
        for (page, shipped, rewritten) in pages {
            #expect(shipped.contains("Berita &lt;") && shipped.contains("Ringkasan &amp;"), "\(page)")
            #expect(shipped == rewritten, "\(page)")
        }
    }

    /// A tag's `{{{card}}}` (`templates/cards/topic`, made once per topic) prints what the tag's
    /// own `name` and `url` print in its place, on article pages and in news cards.
    @Test func aTagsCardIsWhatItsValuesPrint() throws {
        let files = [
            "content/news/a.md": FixtureProject.article(title: "Satu", date: "2024-03-01", extra: "tags: [Bansos & PKH, \"Lansia <60>\"]\n"),
            "content/news/b.md": FixtureProject.article(title: "Dua", date: "2024-03-02", extra: "tags: [Lansia <60>]\n"),
        ]
        let pages = try Self.pagesBothWays(files, templates: ["article", "cards/news"], replacing: "{{#tags}}\n{{{card}}}\n{{/tags}}",
                                           with: "{{#tags}}\n<li><a href=\"{{url}}\">{{name}}</a></li>\n{{/tags}}",
                                           pages: ["berita/a/index.html", "berita/b/index.html", "berita/index.html", "topik/lansia-60/index.html"])
        for (page, shipped, rewritten) in pages {
            #expect(shipped.contains("Lansia &lt;60&gt;</a></li>"), "\(page)")
            #expect(shipped == rewritten, "\(page)")
        }
        #expect(pages[0].shipped.contains("href=\"../../topik/bansos-pkh/index.html\">Bansos &amp; PKH</a></li>"))
    }

    /// `pages` of `files` built with the shipped templates and again with `original` (which each of
    /// `templates` must contain) replaced by `replacement`.
    private static func pagesBothWays(_ files: [String: String], templates: [String], replacing original: String,
                                      with replacement: String, pages: [String]) throws -> [(page: String, shipped: String, rewritten: String?)] {
        let shipped = try FixtureProject(files: files)
        #expect(shipped.build().errorLines == [])
        let rewritten = try FixtureProject(files: files)
        for template in templates {
            let path = "templates/\(template).mustache"
            let text = try String(contentsOf: rewritten.root.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains(original), "\(path)")
            try rewritten.write(path, text.replacingOccurrences(of: original, with: replacement))
        }
        #expect(rewritten.build().errorLines == [])
        return try pages.map { page in (page, try #require(shipped.page(page)), rewritten.page(page)) }
    }

    @Test func previousAndNextFollowDates() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "Lama", date: "2024-01-01"),
            "content/news/b.md": FixtureProject.article(title: "Tengah", date: "2024-02-01"),
            "content/news/c.md": FixtureProject.article(title: "Baru", date: "2024-03-01"),
        ])
        #expect(project.build().errorLines == [])
        let middle = try #require(project.page("berita/b/index.html"))
        #expect(middle.contains("href=\"../../berita/a/index.html\" rel=\"prev\">Lama"))
        #expect(middle.contains("href=\"../../berita/c/index.html\" rel=\"next\">Baru"))
    }

    /// What `templates/article.mustache` reads of its article, each in its place.
    @Test func articlePageShowsItsOwnValues() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "Penyaluran <PKH>", date: "2024-11-12", extra: """
                summary: Ringkasan & isi
                author: Humas
                source:
                  name: ANTARA
                  url: https://example.com/berita
                programs: [pkh]
                tags: [bansos]

                """),
            "content/programs/pkh.md": "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH.\n",
        ])
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("berita/a/index.html"))
        #expect(page.contains("<h1>Penyaluran &lt;PKH&gt;</h1>"))
        #expect(page.contains("<time datetime=\"2024-11-12T00:00:00+07:00\">Selasa, 12 November 2024</time> · Penulis: Humas</p>"))
        #expect(page.contains("<p class=\"lead\">Ringkasan &amp; isi</p>"))
        #expect(page.contains("<p class=\"source\">Sumber: <a href=\"https://example.com/berita\">ANTARA</a></p>"))
        #expect(page.contains("<li><a href=\"../../topik/bansos/index.html\">bansos</a></li>"))
        #expect(page.contains("<li><a href=\"../../program/pkh/index.html\">PKH</a></li>"))
        #expect(page.contains("<div class=\"prose\">\n<p>Isi berita.</p>\n"))
        #expect(!page.contains("rel=\"prev\"") && !page.contains("rel=\"next\""), "the only article has no neighbours")
    }

    @Test func reportsEveryProblemWithItsPosition() throws {
        let project = try FixtureProject(files: [
            "content/news/tanggal.md": "---\ntitle: Tanggal salah\ndate: 2024-13-45\n---\nIsi.\n",
            "content/news/tanpa-judul.md": "---\ndate: 2024-01-01\n---\nIsi.\n",
            "content/news/titik-dua.md": "---\ntitle: Bansos 2024: Tahap II\ndate: 2024-01-01\n---\n",
            "content/news/program.md": FixtureProject.article(title: "P", date: "2024-01-01", extra: "programs: [pkk]\n"),
            "content/news/tautan.md": FixtureProject.article(title: "T", date: "2024-01-01", body: "Lihat\n\n[PKH](../programs/tidak-ada.md)."),
            "content/news/kunci.md": FixtureProject.article(title: "K", date: "2024-01-01", extra: "tittle: salah\n"),
        ])
        let report = project.build()
        #expect(report.errorLines.contains("content/news/tanggal.md:3:7: error: `date` is not a valid date: \"2024-13-45\""))
        #expect(report.errorLines.contains("content/news/tanpa-judul.md:2:1: error: missing required field `title`"))
        #expect(report.errorLines.contains { $0.hasPrefix("content/news/titik-dua.md:2:") && $0.contains("invalid YAML") })
        #expect(report.errorLines.contains { $0.hasPrefix("content/news/program.md:4:12: error: unknown programme `pkk`") })
        #expect(report.errorLines.contains { $0.hasPrefix("content/news/tautan.md:7:1: error: link `../programs/tidak-ada.md` points to content/programs/tidak-ada.md") })
        #expect(report.warningLines.contains { $0.hasPrefix("content/news/kunci.md:4:1: warning: unknown field `tittle`") })
        #expect(!project.exists("index.html"))
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let project = try FixtureProject(files: ["content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01")])
        #expect(project.build().errorLines == [])
        let before = project.snapshot()
        #expect(!before.isEmpty)
        Thread.sleep(forTimeInterval: 0.02)
        try project.write("content/news/a.md", FixtureProject.article(title: "A diubah", date: "2024-01-01"))
        try project.write("content/news/b.md", "---\ntitle: B\ndate: bukan tanggal\n---\n")
        #expect(!project.build().errorLines.isEmpty)
        let after = project.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (bytes, date)) in before {
            #expect(after[path]?.0 == bytes, "\(path) changed")
            #expect(after[path]?.1 == date, "\(path) was touched")
        }
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent(StagedOutput.stagingName).path))
    }

    @Test func rebuildIsByteIdenticalAndKeepsUnchangedFiles() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "tags: [x]\n"),
            "content/news/b.md": FixtureProject.article(title: "B", date: "2024-01-02", extra: "tags: [y]\n"),
        ])
        #expect(project.build().errorLines == [])
        let first = project.snapshot()
        Thread.sleep(forTimeInterval: 0.02)
        let second = project.build()
        #expect(second.output?.written == 0)
        #expect(second.output?.removed == 0)
        let again = project.snapshot()
        for (path, (bytes, date)) in first {
            #expect(again[path]?.0 == bytes)
            #expect(again[path]?.1 == date, "\(path) rewritten although unchanged")
        }
    }

    @Test func staleFilesAreRemoved() throws {
        let project = try FixtureProject(files: [
            "content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "tags: [lama]\n"),
        ])
        #expect(project.build().errorLines == [])
        #expect(project.exists("berita/a/index.html") && project.exists("topik/lama/index.html"))
        try project.remove("content/news/a.md")
        try project.write("content/news/b.md", FixtureProject.article(title: "B", date: "2024-01-01"))
        let report = project.build()
        #expect(report.errorLines == [])
        #expect(!project.exists("berita/a/index.html"))
        #expect(!project.exists("berita/a"))
        #expect(!project.exists("topik/lama/index.html"))
        #expect(project.exists("berita/b/index.html"))
    }

    @Test func draftsAreSkippedUnlessAsked() throws {
        let project = try FixtureProject(files: [
            "content/news/konsep.md": FixtureProject.article(title: "Konsep", date: "2024-01-01", extra: "draft: true\n"),
        ])
        #expect(project.build().errorLines == [])
        #expect(!project.exists("berita/konsep/index.html"))
        #expect(project.build(drafts: true).errorLines == [])
        #expect(project.exists("berita/konsep/index.html"))
    }

    /// Illustrative content says so wherever it appears: a notice on its page, "Contoh:" in lists.
    @Test func sampleArticlesAreLabelled() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/contoh.md": FixtureProject.article(title: "Contoh", date: "2024-11-12", extra: "sample: true\n"),
            "content/news/2024/resmi.md": FixtureProject.article(title: "Resmi", date: "2024-11-13"),
        ])
        #expect(project.build().errorLines == [])
        let strings = UIStrings.indonesian
        #expect(project.page("berita/contoh/index.html")?.contains(strings.sampleArticleNotice) == true)
        #expect(project.page("berita/resmi/index.html")?.contains(strings.sampleArticleNotice) == false)
        let list = try #require(project.page("berita/index.html"))
        #expect(list.components(separatedBy: "Contoh: ").count == 2, "one mark, on the sample")
        #expect(list.contains("<a href=\"../berita/contoh/index.html\">Contoh: Contoh</a>"))
        #expect(list.contains("<a href=\"../berita/resmi/index.html\">Resmi</a>"))
    }

    @Test func duplicateSlugsAreErrors() throws {
        let project = try FixtureProject(files: [
            "content/news/2023/sama.md": FixtureProject.article(title: "Satu", date: "2023-01-01"),
            "content/news/2024/sama.md": FixtureProject.article(title: "Dua", date: "2024-01-01"),
        ])
        #expect(project.build().errorLines == [
            "content/news/2024/sama.md:1:1: error: another news item already has the address `sama` (content/news/2023/sama.md); give one of them a different file name or `slug:`",
        ])
    }

    @Test func templateSyntaxErrorsArePositioned() throws {
        let project = try FixtureProject()
        try project.write("templates/topic.mustache", "{{<layout}}\n{{$main}}\n{{#items}}\n{{/itemz}}\n{{/main}}\n{{/layout}}\n")
        try project.write("templates/page.mustache", "{{<layout}}{{$main}}{{>partials/tidak-ada}}{{/main}}{{/layout}}\n")
        let errors = project.build().errorLines
        #expect(errors.contains { $0.hasPrefix("templates/topic.mustache:4:") && $0.contains("does not match") })
        #expect(errors.contains("templates/page.mustache:1:21: error: template `page` includes `partials/tidak-ada`, which is not in templates/"))
    }

    @Test func refusesDangerousOutputFolders() throws {
        let project = try FixtureProject()
        for output in [URL(fileURLWithPath: "/"), project.root, project.root.appendingPathComponent("content"),
                       project.root.appendingPathComponent("templates/out"), FileManager.default.homeDirectoryForCurrentUser] {
            let report = SiteBuild.run(BuildOptions(root: project.root, output: output))
            #expect(!report.succeeded, "accepted \(output.path)")
        }
        let foreign = project.root.appendingPathComponent("folder-lain")
        try project.write("folder-lain/penting.txt", "jangan dihapus")
        #expect(!SiteBuild.run(BuildOptions(root: project.root, output: foreign)).succeeded)
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("penting.txt").path))
    }

    @Test func checkWritesNothing() throws {
        let project = try FixtureProject(files: ["content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01")])
        let report = project.check()
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: project.output.path))
    }
}
