import WartaCore
import WartaSite
/// `/feed.xml`: the latest news as Atom (RFC 4287) with absolute URLs and the site's UTC offset.
package enum AtomFeed {
    package static let entryLimit = 50

    package static func render(_ environment: RenderEnvironment) -> String {
        let site = environment.site
        let config = site.config
        let base = config.baseURL
        let news = site.news.prefix(entryLimit)
        let updated = news.map(\.date).max()?.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(MarkupEscaping.attribute(config.language))\">\n"
        xml += "  <title>\(MarkupEscaping.text("\(environment.strings.feedTitle) – \(config.title)"))</title>\n"
        if !config.description.isEmpty { xml += "  <subtitle>\(MarkupEscaping.text(config.description))</subtitle>\n" }
        xml += "  <id>\(MarkupEscaping.text(base))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(MarkupEscaping.attribute(SiteRoutes.absolute(SiteRoutes.feed, base: base)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscaping.attribute(base))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <author><name>\(MarkupEscaping.text(config.organisation.name))</name></author>\n"
        for article in news {
            let url = SiteRoutes.absolute(SiteRoutes.article(article.slug), base: base)
            xml += "  <entry>\n"
            xml += "    <title>\(MarkupEscaping.text(environment.listedTitle(of: article)))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscaping.attribute(url))\"/>\n"
            xml += "    <id>\(MarkupEscaping.text(url))</id>\n"
            xml += "    <published>\(article.date.rfc3339)</published>\n"
            xml += "    <updated>\(article.date.rfc3339)</updated>\n"
            if let author = article.author { xml += "    <author><name>\(MarkupEscaping.text(author))</name></author>\n" }
            for tag in article.tags { xml += "    <category term=\"\(MarkupEscaping.attribute(tag.value))\"/>\n" }
            if let summary = article.summary { xml += "    <summary>\(MarkupEscaping.text(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
