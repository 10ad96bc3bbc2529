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

@Suite struct SitemapTests {
    let base = "https://example.go.id/dinsos/"

    @Test func oneFileUpToTheLimit() {
        #expect(Sitemap.partCount(pageCount: 50_000) == 1)
        #expect(Sitemap.partCount(pageCount: 50_001) == 2)
        #expect(Sitemap.partCount(pageCount: 134_000) == 3)
        let xml = Sitemap.render(part: 0, of: 1, pages: ["berita/", ""], base: base)
        #expect(xml.contains("<urlset"))
        #expect(xml.contains("<loc>https://example.go.id/dinsos/</loc></url>\n  <url><loc>https://example.go.id/dinsos/berita/</loc>"))
    }

    /// Past the limit, `sitemap.xml` is an index and every page is listed exactly once, in order.
    @Test func largeSitesGetAnIndexAndParts() {
        let pages = (1...5).map { "berita/a\($0)/" }
        let parts = Sitemap.partCount(pageCount: pages.count, limit: 2)
        #expect(parts == 3)
        let index = Sitemap.render(part: 0, of: parts, pages: pages, base: base, limit: 2)
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<loc>https://example.go.id/dinsos/sitemap-3.xml</loc>"))
        #expect(!index.contains("sitemap-4.xml") && !index.contains("<urlset"))
        let listed = (1...parts).flatMap { part in
            Sitemap.render(part: part, of: parts, pages: pages.reversed(), base: base, limit: 2)
                .split(separator: "\n").filter { $0.contains("<loc>") }.map(String.init)
        }
        #expect(listed == pages.map { "  <url><loc>https://example.go.id/dinsos/\($0)</loc></url>" })
    }
}
