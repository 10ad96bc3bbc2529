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

/// `BuildSession` renders only what a change affects. These tests hold it to the one rule that
/// matters: after any edit, the site it leaves is byte for byte the site a full build of the same
/// content writes, and it reports the same problems.
@Suite struct IncrementalBuildTests {
    /// A site with the things pages depend on across files: tags shared by articles, programmes,
    /// links from one article to another and to a programme, a picture, a dataset embedded in an
    /// article, and a render-time warning (an unknown key in a table block).
    static func project() throws -> FixtureProject {
        var files: [String: String] = [
            "content/programs/pkh.md": "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH, lihat [berita](../news/2024/berita-03.md).\n",
            "content/programs/bpnt.md": "---\ntitle: BPNT\nsummary: Bantuan pangan\n---\nTentang BPNT.\n",
            "content/pages/tentang.md": "---\ntitle: Tentang Kami\n---\nKami melayani. [Berita terbaru](../news/2024/berita-20.md)\n",
            "content/statistics/kemiskinan.csv": "tahun;persen\n2022;4,60\n2023;4,45\n2024;4,20\n",
            "content/statistics/kemiskinan.md": FixtureProject.povertyMetadata,
        ]
        for number in 1...24 {
            let name = String(format: "berita-%02d", number)
            let tags = ["bansos", "pkh", "lansia"].enumerated().filter { (number + $0.offset) % 2 == 0 }.map(\.element)
            var body = "Isi berita \(number).\n"
            if number == 5 { body += "\nLihat [berita lain](berita-07.md) dan [PKH](../../programs/pkh.md).\n\n![Foto](../../media/foto.png)\n" }
            if number == 9 { body += "\n```table\ndataset: kemiskinan\ncaption: Data\nwarna: merah\n```\n" }
            files["content/news/2024/\(name).md"] = FixtureProject.article(
                title: "Berita \(number)", date: String(format: "2024-03-%02d", number),
                extra: "summary: Ringkasan \(number).\ntags: [\(tags.joined(separator: ", "))]\n" + (number % 3 == 0 ? "programs: [pkh]\n" : ""),
                body: body)
        }
        let project = try FixtureProject(files: files)
        try project.write("content/media/foto.png", bytes: [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
        return project
    }

    /// Edits of every kind, each followed by a session build and compared with a full build.
    static let edits: [(String, @Sendable (FixtureProject) throws -> Void)] = [
        ("body", { try $0.append("content/news/2024/berita-12.md", "\nParagraf baru.\n") }),
        ("title", { try $0.replace("content/news/2024/berita-12.md", "title: Berita 12", "title: Berita dua belas") }),
        ("summary of the newest", { try $0.replace("content/news/2024/berita-24.md", "summary: Ringkasan 24.", "summary: Ringkasan baru.") }),
        ("author and a warning", { try $0.replace("content/news/2024/berita-23.md", "summary:", "author: Humas\nwarna: biru\nsummary:") }),
        ("warning gone", { try $0.replace("content/news/2024/berita-23.md", "warna: biru\n", "") }),
        ("two articles at once", {
            try $0.append("content/news/2024/berita-01.md", "\nTambahan.\n")
            try $0.replace("content/news/2024/berita-05.md", "title: Berita 5", "title: Berita lima")
        }),
        ("date moves the article", { try $0.replace("content/news/2024/berita-12.md", "date: 2024-03-12", "date: 2024-03-30") }),
        ("new tag", { try $0.replace("content/news/2024/berita-04.md", "tags: [", "tags: [topik-baru, ") }),
        ("tag spelling", { try $0.replace("content/news/2024/berita-02.md", "tags: [bansos", "tags: [Bansos") }),
        ("new article", { try $0.write("content/news/2024/berita-25.md", FixtureProject.article(title: "Berita 25", date: "2024-03-25", extra: "tags: [bansos]\nprograms: [bpnt]\n")) }),
        ("linked article moves", { try $0.replace("content/news/2024/berita-07.md", "title: Berita 7", "title: Berita 7\nslug: berita-tujuh") }),
        ("article removed", { try $0.remove("content/news/2024/berita-11.md") }),
        ("draft", { try $0.replace("content/news/2024/berita-14.md", "title: Berita 14", "title: Berita 14\ndraft: true") }),
        ("programme", { try $0.replace("content/programs/pkh.md", "title: PKH", "title: Program Keluarga Harapan") }),
        ("picture", { try $0.write("content/media/foto.png", bytes: [0x89, 0x50, 0x4E, 0x47, 9, 9]) }),
        ("dataset", { try $0.replace("content/statistics/kemiskinan.csv", "2024;4,20", "2024;4,10") }),
        ("template", { try $0.replace("templates/cards/news.mustache", "<article class=\"news-item\">", "<article class=\"news-item berita\">") }),
        ("stylesheet", { try $0.append("templates/assets/style.css", "\n.berita { margin: 0; }\n") }),
        ("site.yml", { try $0.replace("content/site.yml", "news_per_page: 5", "news_per_page: 4") }),
        ("task", { try $0.replace("content/site.yml", "menu:\n", "tasks:\n  - {title: Cek bansos, url: https://cekbansos.kemensos.go.id}\n  - {title: Tentang, url: /tentang/}\nmenu:\n") }),
        ("task edited", { try $0.replace("content/site.yml", "{title: Tentang, url: /tentang/}", "{title: Tentang kami, page: tentang, description: Siapa kami}") }),
        ("contact", { try $0.replace("content/site.yml", "  name: Dinas Uji\n", "  name: Dinas Uji\n  phone: (0561) 000000\n  whatsapp: 0812-0000-0000\n") }),
        ("address", { try $0.replace("content/site.yml", "  address: Jalan Uji 1, Pontianak\n", "  address: Jalan Uji 2, Pontianak\n") }),
        ("documents", { try $0.replace("content/programs/pkh.md", "summary: Program Keluarga Harapan\n", "summary: Program Keluarga Harapan\ndocuments: [KTP, KK]\n") }),
        ("sample article", { try $0.replace("content/news/2024/berita-13.md", "title: Berita 13", "title: Berita 13\nsample: true") }),
        ("link style", { try $0.append("content/site.yml", "links: directory\n") }),
        ("nothing", { _ in }),
    ]

    @Test func everyEditGivesTheSiteAFullBuildGives() throws {
        let project = try Self.project()
        let session = BuildSession(options: BuildOptions(root: project.root, output: project.output))
        #expect(session.build().errorLines == [])
        for (name, edit) in Self.edits {
            try edit(project)
            Thread.sleep(forTimeInterval: 0.005)
            let incremental = session.build()
            let full = try project.fullBuildElsewhere()
            #expect(incremental.errorLines == [], "\(name)")
            #expect(full.report.errorLines == [], "\(name)")
            #expect(incremental.diagnostics == full.report.diagnostics, "\(name): problems reported differ")
            #expect(incremental.pageCount == full.report.pageCount, "\(name)")
            let differences = FixtureProject.differences(project.output, full.output)
            #expect(differences.isEmpty, "\(name): \(differences.prefix(5))")
        }
    }

    @Test func aFreshProcessReusesTheManifestToo() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        for (name, edit) in Self.edits {
            try edit(project)
            Thread.sleep(forTimeInterval: 0.005)
            let incremental = project.build()
            let full = try project.fullBuildElsewhere()
            #expect(incremental.diagnostics == full.report.diagnostics, "\(name): problems reported differ")
            let differences = FixtureProject.differences(project.output, full.output)
            #expect(differences.isEmpty, "\(name): \(differences.prefix(5))")
        }
    }

    @Test func oneEditedArticleRendersOnlyWhatShowsIt() throws {
        let project = try Self.project()
        let session = BuildSession(options: BuildOptions(root: project.root, output: project.output))
        let first = session.build()
        #expect(first.errorLines == [])
        #expect(first.reusedCount == 0)
        let total = first.renderedCount

        // Nothing changed: nothing is loaded or rendered, and the warning is still reported.
        let unchanged = session.build()
        #expect(unchanged.renderedCount == 0)
        #expect(unchanged.output?.written == 0)
        #expect(unchanged.diagnostics == first.diagnostics)
        #expect(unchanged.warningLines.contains { $0.contains("berita-09.md") })

        // A new paragraph changes the article's page only.
        try project.append("content/news/2024/berita-12.md", "\nParagraf baru.\n")
        let body = session.build()
        #expect(body.renderedCount == 1)
        #expect(body.output?.written == 1)
        #expect(body.diagnostics == first.diagnostics)

        // A new title shows on the article, its two neighbours, its list page, its topics' pages,
        // the programme page listing it and the feed: a handful of files out of the whole site.
        try project.replace("content/news/2024/berita-12.md", "title: Berita 12", "title: Berita dua belas")
        let title = session.build()
        #expect(title.renderedCount >= 6 && title.renderedCount <= 10, "rendered \(title.renderedCount) of \(total)")
        #expect(title.reusedCount == total - title.renderedCount)

        // A template change renders everything again.
        try project.append("templates/article.mustache", "\n")
        #expect(session.build().renderedCount == total)
    }

    @Test func unchangedFilesKeepTheirDates() throws {
        let project = try Self.project()
        let session = BuildSession(options: BuildOptions(root: project.root, output: project.output))
        #expect(session.build().errorLines == [])
        let before = project.snapshot()
        Thread.sleep(forTimeInterval: 0.02)
        try project.replace("content/news/2024/berita-12.md", "title: Berita 12", "title: Berita dua belas")
        let report = session.build()
        let after = project.snapshot()
        var rewritten: [String] = []
        for (path, (bytes, date)) in after {
            if before[path]?.1 != date { rewritten.append(path) }
            if before[path]?.0 == bytes { #expect(before[path]?.1 == date, "\(path) rewritten with the same bytes") }
        }
        #expect(rewritten.count == report.output?.written)
    }

    @Test func aDamagedManifestMeansAFullBuild() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        try Data("warta-cache\t1\nout\tx\n".utf8).write(to: URL(fileURLWithPath: project.cachePath))
        try project.append("content/news/2024/berita-12.md", "\nParagraf baru.\n")
        let report = project.build()
        #expect(report.errorLines == [])
        #expect(report.reusedCount == 0)
        let full = try project.fullBuildElsewhere()
        #expect(FixtureProject.differences(project.output, full.output).isEmpty)
    }

    @Test func aFailedBuildPublishesNothingAndIsRepeated() throws {
        let project = try Self.project()
        let session = BuildSession(options: BuildOptions(root: project.root, output: project.output))
        #expect(session.build().errorLines == [])
        let before = project.snapshot()
        try project.append("content/news/2024/berita-12.md", "\n[rusak](tidak-ada.md)\n")
        #expect(session.build().errorLines.count == 1)
        #expect(session.build().errorLines.count == 1, "the error is reported again while it is there")
        #expect(project.snapshot().keys.sorted() == before.keys.sorted())
        try project.replace("content/news/2024/berita-12.md", "[rusak](tidak-ada.md)", "")
        #expect(session.build().errorLines == [])
        #expect(FixtureProject.differences(project.output, try project.fullBuildElsewhere().output).isEmpty)
    }

    @Test func manifestSurvivesItsTextForm() throws {
        var manifest = BuildManifest()
        manifest.engine = 1
        manifest.options = 2
        manifest.global = 0xFFFF_FFFF_FFFF_FFFF
        manifest.counts = .init(pages: 3, news: 4, programs: 5, datasets: 6)
        manifest.inputs.contentFiles = ["news/a b.md", "site.yml"]
        manifest.inputs.contentSignatures = [.init(size: 10, modified: 11, changed: 12, inode: 13), .init(size: 1, modified: 2, changed: 3, inode: 4)]
        manifest.inputs.templates = ["layout.mustache": .init(size: 5, modified: 6, changed: 7, inode: 8)]
        let tricky = Diagnostic(.warning, SourceLocation(path: "content/x\ty.md", line: 2, column: 3),
                                .frontMatter(.unknownField(name: "a\nb\\c\t\"", in: .group("h\tint"))), hint: .didYouMean("x\ny"))
        manifest.loadDiagnostics = [tricky, Diagnostic(.note, SourceLocation(path: "p"), .reference(.draftNotPublished(title: "n")))]
        manifest.outputs = ["berita/a/index.html": .init(fingerprint: 42, size: 7, modified: 8, inode: 9,
                                                         dependencies: ["news/b.md", "media/c d.png"], diagnostics: [tricky]),
                            "berita/b/index.html": .init(fingerprint: .max, size: -1, modified: -1_700_000_000_123_456_789, inode: .max,
                                                         dependencies: [], diagnostics: [])]
        let text = manifest.serialized()
        #expect(String(decoding: text, as: UTF8.self).contains("out\tberita/b/index.html\tffffffffffffffff\t-1\t-1700000000123456789\t18446744073709551615\n"))
        let read = try #require(BuildManifest(bytes: text))
        #expect(read.engine == 1 && read.options == 2 && read.global == manifest.global && read.counts == manifest.counts)
        #expect(read.inputs == manifest.inputs)
        #expect(read.loadDiagnostics == manifest.loadDiagnostics)
        #expect(read.outputs["berita/a/index.html"]?.dependencies == ["news/b.md", "media/c d.png"])
        #expect(read.outputs["berita/a/index.html"]?.diagnostics == [tricky])
        let unknown = try #require(read.outputs["berita/b/index.html"])
        #expect(unknown.fingerprint == .max && unknown.size == -1 && unknown.modified == -1_700_000_000_123_456_789 && unknown.inode == .max)
        #expect(BuildManifest(bytes: Array("something else\n".utf8)) == nil)
    }
}
