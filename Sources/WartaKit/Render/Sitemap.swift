/// `/sitemap.xml` (sitemaps.org 0.9) listing every public page.
enum Sitemap {
    static func render(_ pages: [String], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(MarkupEscaping.text(SiteRoutes.absolute(page, base: base)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
