/// The part of every page's template context that is the same kind of thing on every page:
/// site identity, menu, interface strings, and the page's own head metadata.
struct PageContext {
    var environment: RenderEnvironment
    /// The page's site path (`berita/slug/`), used for relative links and the canonical URL.
    var path: String
    /// `../../` back to the site root, worked out once for the many links of a page.
    private let rootPrefix: String

    init(environment: RenderEnvironment, path: String) {
        self.environment = environment
        self.path = path
        rootPrefix = SiteRoutes.rootPrefix(of: path)
    }

    func link(_ target: String, fragment: String? = nil) -> String {
        if path == SiteRoutes.notFound {
            // A 404 page is served at whatever address was asked for, so relative links cannot work.
            return environment.site.config.basePath + SiteRoutes.encode(SiteRoutes.file(for: target)) + (fragment.map { "#\($0)" } ?? "")
        }
        return SiteRoutes.link(prefix: rootPrefix, to: target, fragment: fragment)
    }

    func context(title: String, description: String?, main: [String: Any], openGraphType: String = "website",
                 image: String? = nil) -> [String: Any] {
        let config = environment.site.config
        let chrome = self.chrome()
        var context: [String: Any] = [
            "lang": config.language,
            "t": environment.stringTable,
            "site": chrome.site,
            "menu": chrome.menu,
            "chrome": chrome.rendered,
            "page": TemplateValues.compact([
                "title": title,
                "fullTitle": path.isEmpty ? config.title : "\(title) – \(config.title)",
                "description": description ?? config.description,
                "canonical": SiteRoutes.absolute(path, base: config.baseURL),
                "ogType": openGraphType,
                "ogImage": image.map { SiteRoutes.absolute($0, base: config.baseURL) },
                "isHome": path.isEmpty,
            ]),
        ]
        context.merge(main) { _, new in new }
        return context
    }

    /// What depends on the page only through its depth and its section of the menu (the site
    /// block, the menu, the rendered chrome templates) is made once per depth and section; a 404
    /// page's absolute links are made for it alone.
    private func chrome() -> PageChrome {
        let config = environment.site.config
        let menu = config.menu.map { item -> (title: String, target: String) in
            switch item.target {
            case .sitePath(let sitePath): return (item.title, sitePath)
            case .page(let slug): return (item.title, SiteRoutes.page(slug.value))
            }
        }
        let current = menu.map { $0.target == path || (!$0.target.isEmpty && path.hasPrefix($0.target)) }
        let make = { () -> PageChrome in
            let menuItems: [[String: Any]] = zip(menu, current).map { item, isCurrent in
                ["title": TemplateText(item.title), "url": TemplateText(link(item.target)), "current": isCurrent]
            }
            let organisation = config.organisation
            let site: [String: Any] = TemplateValues.compact([
                "title": config.title,
                "description": config.description,
                "home": link(SiteRoutes.home),
                "stylesheet": link(SiteRoutes.stylesheet),
                "feed": link(SiteRoutes.feed),
                "topics": link(SiteRoutes.topics),
                "organisation": TemplateValues.compact([
                    "name": organisation.name,
                    "address": organisation.address,
                    "phone": organisation.phone,
                    "email": organisation.email,
                    "openingHours": organisation.openingHours,
                ]),
            ])
            let chromeContext: [String: Any] = ["lang": config.language, "t": environment.stringTable, "site": site, "menu": menuItems]
            var rendered: [String: TemplateText] = [:]
            for name in environment.templates.chromeTemplates {
                // `{{{chrome.header}}}` stands on a line of its own, which ends the output's last line.
                var output = environment.templates.render(chromeContext, template: name)
                if output.hasSuffix("\n") { output.removeLast() }
                rendered[String(name.dropFirst(TemplateSet.chromeFolder.count))] = TemplateText(output)
            }
            return PageChrome(site: site, menu: menuItems, rendered: rendered)
        }
        if path == SiteRoutes.notFound { return make() }
        return environment.chrome(rootPrefix + String(current.map { $0 ? "1" : "0" }), make: make)
    }

    /// The news item of `site.news[index]`, from its card: only the links depend on the page.
    /// `heading` is the level of its title in a list (`{{itemHeading}}`), kept in each item because
    /// a name found in the item costs swift-mustache a third of one found further up the context.
    func newsItem(at index: Int, heading: Int? = nil) -> [String: Any] {
        if path == SiteRoutes.notFound {
            var item = newsItem(environment.site.news[index])
            item["itemHeading"] = heading
            return item
        }
        let card = environment.card(index)
        var item: [String: Any] = [
            "title": TemplateText(card.title),
            "url": TemplateText(rootPrefix + card.path),
            "date": TemplateText(card.date),
            "datetime": TemplateText(card.datetime),
            "isSample": card.isSample,
            "tags": card.tags.map { tag -> [String: Any] in ["name": TemplateText(tag.0), "url": TemplateText(rootPrefix + tag.1)] },
        ]
        if let summary = card.summary { item["summary"] = TemplateText(summary) }
        if let heading { item["itemHeading"] = heading }
        return item
    }

    func newsItem(_ article: NewsArticle) -> [String: Any] {
        TemplateValues.compact([
            "title": article.title,
            "url": link(SiteRoutes.article(article.slug)),
            "date": environment.strings.longDate(article.date.localDay),
            "datetime": article.date.rfc3339,
            "isSample": article.isSample,
            "tags": article.tags.compactMap { tag -> [String: Any]? in
                guard let topic = environment.topics.topic(forTag: tag.value) else { return nil }
                return TemplateValues.compact(["name": topic.name, "url": link(SiteRoutes.topic(topic.slug))])
            },
            "summary": article.summary,
        ])
    }
}
