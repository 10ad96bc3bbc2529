import Foundation
import Testing
@testable import warta
import WartaCore
import WartaModel
import WartaLoad
import WartaBuild
import WartaTestSupport

@Suite("warta new")
struct NewContentTests {
    /// 17:30 UTC on 31 December is already 1 January in Pontianak (UTC+7).
    static let newYearsEveUTC = Date(timeIntervalSince1970: 1_735_666_200)  // 2024-12-31T17:30:00Z

    @Test("news: content/news/<year>/<slug>.md with complete front matter, dated today in the site's time zone")
    func news() throws {
        let site = try TestSite()
        defer { site.remove() }
        let baseline = SiteBuild.run(BuildOptions(root: site.root, output: nil, includeDrafts: true))
        let created = try NewContent.create(.news, "Penyaluran BPNT Tahap IV", root: site.root, now: Self.newYearsEveUTC)
        #expect(created == ["content/news/2025/penyaluran-bpnt-tahap-iv.md"])
        let text = try site.read(created[0])
        #expect(text.hasPrefix("---\ntitle: \"Penyaluran BPNT Tahap IV\"\ndate: 2025-01-01\nsummary: \"\"\ntags: []\ndraft: true\n"))

        // The engine reads it as intended: a draft, left out unless drafts are included …
        let without = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        #expect(without.succeeded)
        #expect(without.diagnostics.contains { $0.severity == .note && $0.location.path == created[0] })
        // … and with them, one more article and no new problem.
        let with = SiteBuild.run(BuildOptions(root: site.root, output: nil, includeDrafts: true))
        #expect(with.succeeded)
        #expect(with.newsCount == baseline.newsCount + 1)
        #expect(!with.diagnostics.contains { $0.location.path == created[0] && $0.severity != .note })
    }

    @Test("never overwrites: a second call with the same title fails and leaves the file alone")
    func noOverwrite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = try NewContent.create(.news, "Rapat koordinasi", root: site.root, now: Self.newYearsEveUTC)[0]
        try site.write(path, "edited by hand\n")
        #expect(throws: NewContent.Failure.exists(path)) {
            try NewContent.create(.news, "Rapat Koordinasi!", root: site.root, now: Self.newYearsEveUTC)
        }
        #expect(try site.read(path) == "edited by hand\n")
        // The same address in another year would collide on the site: refused too.
        #expect(throws: NewContent.Failure.sameAddress("rapat-koordinasi", existing: path)) {
            try NewContent.create(.news, "Rapat koordinasi", root: site.root, now: Date(timeIntervalSince1970: 1_767_225_600 + 86_400))
        }
        // Programmes, pages and datasets likewise.
        #expect(throws: NewContent.Failure.exists("content/programs/pkh.md")) {
            try NewContent.create(.program, "PKH", root: site.root)
        }
        #expect(throws: NewContent.Failure.exists("content/statistics/kemiskinan.md")) {
            try NewContent.create(.dataset, "kemiskinan", root: site.root)
        }
        #expect(try site.read("content/statistics/kemiskinan.csv").hasPrefix("tahun;persen"))
    }

    @Test("titles with colons and quotes stay exactly as typed")
    func quoting() throws {
        let site = try TestSite()
        defer { site.remove() }
        let title = #"Bansos 2024: "Tahap II" \ #1"#
        let path = try NewContent.create(.news, title, root: site.root, now: Self.newYearsEveUTC)[0]
        #expect(path == "content/news/2025/bansos-2024-tahap-ii-1.md")
        let report = SiteBuild.run(BuildOptions(root: site.root, output: nil, includeDrafts: true))
        #expect(report.succeeded)
        let source = try #require(try? SourceText.read(site.url(path), displayPath: path).get())
        let article = NewsArticleParser.parse(source, contentPath: "news/2025/bansos-2024-tahap-ii-1.md",
                                              timeZone: TimeZone(identifier: "Asia/Pontianak")!, log: DiagnosticLog())
        #expect(article?.title == title)
        #expect(article?.isDraft == true)
    }

    @Test("programme and page: created where the site looks for them; a reserved address is refused")
    func programAndPage() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(try NewContent.create(.program, "Program Sembako Murah", root: site.root) == ["content/programs/program-sembako-murah.md"])
        #expect(try NewContent.create(.page, "Layanan Pengaduan", root: site.root) == ["content/pages/layanan-pengaduan.md"])
        #expect(try NewContent.create(.page, "Peta situs", slug: "peta", root: site.root) == ["content/pages/peta.md"])
        #expect(throws: NewContent.Failure.reservedName("berita")) { try NewContent.create(.page, "Berita", root: site.root) }
        #expect(throws: NewContent.Failure.noSlug("!!!")) { try NewContent.create(.page, "!!!", root: site.root) }

        // The programme's one required field left empty is exactly what the check asks for.
        let report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        let problems = report.diagnostics.filter { $0.severity != .note }
        #expect(problems.count == 1)
        #expect(problems.first?.location.path == "content/programs/program-sembako-murah.md")
        #expect(problems.first?.message.english.contains("summary") == true)
    }

    @Test("dataset: a CSV header and a metadata file that explains every key")
    func dataset() throws {
        let site = try TestSite()
        defer { site.remove() }
        let created = try NewContent.create(.dataset, "kpm-bpnt", title: "Jumlah KPM BPNT", root: site.root, now: Self.newYearsEveUTC)
        #expect(created == ["content/statistics/kpm-bpnt.md", "content/statistics/kpm-bpnt.csv"])
        #expect(try site.read(created[1]) == "tahun;nilai\n")
        let metadata = try site.read(created[0])
        for key in ["title", "source", "description", "updated", "unit", "locale", "delimiter", "sample", "columns",
                    "chart", "type", "x", "series", "caption", "notes", "name", "label"] {
            #expect(metadata.contains("\(key):") || metadata.contains("`\(key)`"), "\(key) is explained")
        }
        #expect(metadata.contains("# updated: 2025-01-01"))

        // Only the source is left to fill in; once it is, the dataset builds.
        var report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.location.path) == ["content/statistics/kpm-bpnt.md"])
        try site.write(created[0], metadata.replacingOccurrences(of: #"source: {name: ""}"#, with: "source: {name: BPS Kota Pontianak}"))
        report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        #expect(report.succeeded, "\(report.diagnostics.map(\.compilerStyle))")
        #expect(report.datasetCount == 8)

        #expect(throws: NewContent.Failure.invalidSlug("KPM BPNT", suggestion: "kpm-bpnt")) {
            try NewContent.create(.dataset, "KPM BPNT", root: site.root)
        }
    }

    @Test("outside a project nothing is written")
    func noProject() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("warta-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: NewContent.Failure.noProject(empty.path)) { try NewContent.create(.news, "Judul", root: empty) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test("today is read in the site's time zone")
    func today() {
        #expect(NewContent.today(Self.newYearsEveUTC, timeZone: TimeZone(identifier: "Asia/Pontianak")!) == "2025-01-01")
        #expect(NewContent.today(Self.newYearsEveUTC, timeZone: TimeZone(identifier: "UTC")!) == "2024-12-31")
    }
}
