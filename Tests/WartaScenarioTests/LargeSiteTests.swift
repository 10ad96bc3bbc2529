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

/// Pages that grow with the number of news items: each stays short however large the site gets.
@Suite struct LargeSiteTests {
    @Test func pageNumbersAreAWindowOnLongLists() {
        #expect(Pagination.numbers(current: 1, count: 9) == Array(1...9))
        #expect(Pagination.numbers(current: 1, count: 1000) == [1, 2, 3, 1000])
        #expect(Pagination.numbers(current: 500, count: 1000) == [1, 498, 499, 500, 501, 502, 1000])
        #expect(Pagination.numbers(current: 1000, count: 1000) == [1, 998, 999, 1000])
        #expect(Pagination.numbers(current: 4, count: 10) == [1, 2, 3, 4, 5, 6, 10])
    }

    @Test func longListsShowGapsAndTopicsArePaginated() throws {
        var files: [String: String] = [:]
        for number in 1...60 {
            let day = String(format: "%02d", number % 28 + 1), month = String(format: "%02d", number % 12 + 1)
            files["content/news/2024/berita-\(number).md"] = FixtureProject.article(
                title: "Berita \(number)", date: "2024-\(month)-\(day)", extra: "tags: [bansos]\nprograms: [pkh]\n")
        }
        files["content/programs/pkh.md"] = "---\ntitle: PKH\nsummary: Program Keluarga Harapan\n---\nTentang PKH.\n"
        let project = try FixtureProject(files: files)
        #expect(project.build().errorLines == [])

        let middle = try #require(project.page("berita/halaman/6/index.html"))
        #expect(middle.contains("<span aria-hidden=\"true\">…</span>"))
        #expect(middle.contains(">12</a>") && middle.contains(">1</a>") && !middle.contains(">9</a>"))
        let navigation = try #require(middle.range(of: "<nav class=\"pagination\"").map { String(middle[$0.lowerBound...]) })
        #expect(navigation.hasPrefix("""
            <nav class="pagination" aria-label="Navigasi halaman">
            <p>Halaman 6 dari 12</p>
            <ul>
            <li><a href="../../../berita/halaman/5/index.html" rel="prev">← Halaman sebelumnya</a></li>
            <li><a href="../../../berita/index.html">1</a></li>
            <li><span aria-hidden="true">…</span></li>
            <li><a href="../../../berita/halaman/4/index.html">4</a></li>
            <li><a href="../../../berita/halaman/5/index.html">5</a></li>
            <li><a href="../../../berita/halaman/6/index.html" aria-current="page">6</a></li>
            <li><a href="../../../berita/halaman/7/index.html">7</a></li>
            <li><a href="../../../berita/halaman/8/index.html">8</a></li>
            <li><span aria-hidden="true">…</span></li>
            <li><a href="../../../berita/halaman/12/index.html">12</a></li>
            <li><a href="../../../berita/halaman/7/index.html" rel="next">Halaman berikutnya →</a></li>
            </ul>
            </nav>
            """))

        #expect(project.exists("topik/bansos/index.html"))
        #expect(project.exists("topik/bansos/halaman/12/index.html"))
        #expect(!project.exists("topik/bansos/halaman/13/index.html"))
        let topic = try #require(project.page("topik/bansos/halaman/2/index.html"))
        #expect(topic.components(separatedBy: "class=\"news-item\"").count - 1 == 5)
        #expect(topic.contains("Halaman 2 dari 12"))
        #expect(project.page("sitemap.xml")?.contains("topik/bansos/halaman/12/") == true)

        let program = try #require(project.page("program/pkh/index.html"))
        #expect(program.components(separatedBy: "class=\"news-item\"").count - 1 == ListedNews.programCount)
    }
}
