import WartaCore
/// `/sitemap.xml` (sitemaps.org 0.9) listing every package page.
///
/// A sitemap may list at most 50,000 addresses; a larger site (a hundred thousand news and their
/// topic pages) gets `sitemap.xml` as a sitemap index pointing to `sitemap-1.xml`, `sitemap-2.xml`
/// …, each listing up to the limit, in address order.
package enum Sitemap {
    package static let urlLimit = 50_000

    /// How many files list `pageCount` addresses: one, or the parts behind an index.
    package static func partCount(pageCount: Int, limit: Int = urlLimit) -> Int {
        pageCount <= limit ? 1 : (pageCount + limit - 1) / limit
    }

    /// Part 0 is `sitemap.xml`: every page when there is one part, the index otherwise.
    package static func render(part: Int, of parts: Int, pages: [String], base: String, limit: Int = urlLimit) -> String {
        if parts > 1 && part == 0 {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for number in 1...parts {
                xml += "  <sitemap><loc>\(MarkupEscaping.text(SiteRoutes.absolute(SiteRoutes.sitemapPart(number), base: base)))</loc></sitemap>\n"
            }
            return xml + "</sitemapindex>\n"
        }
        let sorted = pages.sorted()
        let listed = parts == 1 ? sorted[...] : sorted[((part - 1) * limit)..<min(part * limit, sorted.count)]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in listed {
            xml += "  <url><loc>\(MarkupEscaping.text(SiteRoutes.absolute(page, base: base)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
