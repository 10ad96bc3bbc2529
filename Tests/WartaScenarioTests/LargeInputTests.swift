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

/// A 10 MB article, a 200,000-row table and 20,000 tags: the build completes in bounded memory and
/// says which pages are unreasonably large.
@Suite struct LargeInputTests {
    @Test func hugeInputBuildsInBoundedMemoryWithWarnings() throws {
        let project = try FixtureProject()
        let paragraph = String(repeating: "Pemerintah Kota Pontianak terus melakukan pembinaan bagi keluarga penerima manfaat. ", count: 12) + "\n\n"
        try project.write("content/news/besar.md", "---\ntitle: Artikel besar\ndate: 2024-01-01\n---\n"
                          + String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1))
        for article in 0..<2000 {
            let tags = (0..<10).map { "topik-\(article * 10 + $0)" }.joined(separator: ", ")
            try project.write("content/news/t\(article).md", "---\ntitle: Tag \(article)\ndate: 2024-02-01\ntags: [\(tags)]\n---\nIsi.\n")
        }
        var csv = "kode,nilai\n"
        csv.reserveCapacity(3_000_000)
        for row in 0..<200_000 { csv += "K\(row),\(row % 9973)\n" }
        try project.write("content/statistics/besar.csv", csv)
        try project.write("content/statistics/besar.md", "---\ntitle: Data besar\nsource: {name: Uji}\n---\n")

        let run = try WartaProcess.run(["build", "--root", project.root.path])
        #expect(run.status == 0)
        #expect(run.peakBytes < 512 * 1024 * 1024, "peak memory \(run.peakBytes / 1_048_576) MiB")
        #expect(project.exists("topik/topik-19999/index.html"))
        let table = try #require(project.page("statistik/besar/index.html"))
        #expect(table.contains("Tabel ini menampilkan 1.000 baris pertama dari 200.000"))
        #expect(table.utf8.count < 200_000)
        #expect(!project.exists("statistik/besar/besar.svg"), "200,000 rows are not drawn as a chart")

        let report = project.check()
        #expect(report.warningLines.contains { $0.hasPrefix("berita/besar/index.html:1:1: warning: page berita/besar/index.html is 10") })
        #expect(report.warningLines.contains { $0.contains("has 200000 rows, more than a readable chart can show") })
    }
}
