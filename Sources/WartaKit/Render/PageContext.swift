/// The part of every page's template context that is the same kind of thing on every page:
/// site identity, menu, interface strings, and the page's own head metadata.
struct PageContext {
    var environment: RenderEnvironment
    /// The page's site path (`berita/slug/`), used for relative links and the canonical URL.
    var path: String

    func link(_ target: String, fragment: String? = nil) -> String {
        if path == SiteRoutes.notFound {
            // A 404 page is served at whatever address was asked for, so relative links cannot work.
            return environment.site.config.basePath + SiteRoutes.encode(SiteRoutes.file(for: target)) + (fragment.map { "#\($0)" } ?? "")
        }
        return SiteRoutes.link(from: path, to: target, fragment: fragment)
    }

    func context(title: String, description: String?, main: [String: Any], openGraphType: String = "website",
                 image: String? = nil) -> [String: Any] {
        let site = environment.site
        let config = site.config
        let menu: [[String: Any]] = config.menu.map { item in
            let target: String
            switch item.target {
            case .sitePath(let sitePath): target = sitePath
            case .page(let slug): target = SiteRoutes.page(slug.value)
            }
            let current = target == path || (!target.isEmpty && path.hasPrefix(target))
            return ["title": item.title, "url": link(target), "current": current]
        }
        let organisation = config.organisation
        var context: [String: Any] = [
            "lang": config.language,
            "t": environment.stringTable,
            "site": [
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
            ] as [String: Any],
            "menu": menu,
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

    func newsItem(_ article: NewsArticle) -> [String: Any] {
        let strings = environment.strings
        return TemplateValues.compact([
            "title": article.title,
            "url": link(SiteRoutes.article(article.slug)),
            "date": strings.longDate(article.date.localDay),
            "datetime": article.date.rfc3339,
            "summary": article.summary,
            "isSample": article.isSample,
            "tags": article.tags.compactMap { tag -> [String: Any]? in
                guard let topic = environment.topics.topic(forTag: tag.value) else { return nil }
                return ["name": topic.name, "url": link(SiteRoutes.topic(topic.slug))]
            },
        ])
    }
}
