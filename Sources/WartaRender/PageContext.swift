import Mustache
import WartaCore
import WartaModel
import WartaSite

/// The part of every page's template context that is the same kind of thing on every page:
/// site identity, menu, interface strings, and the page's own head metadata.
package struct PageContext {
    package var environment: RenderEnvironment
    /// The page's site path (`berita/slug/`): its canonical URL, its menu section and its way back to the root.
    package var path: String
    /// What `RootMarker` becomes on this page: `../../` back to the site root, or the base path on
    /// the 404 page, which is served at whatever address was asked for.
    package let rootPrefix: String

    package init(environment: RenderEnvironment, path: String) {
        self.environment = environment
        self.path = path
        rootPrefix = path == SiteRoutes.notFound ? environment.site.config.basePath
            : SiteRoutes.rootPrefix(of: path, style: environment.site.config.links)
    }

    /// A link for a template value, from the site root marker: the same on every page.
    package func link(_ target: String, fragment: String? = nil) -> String {
        SiteRoutes.link(prefix: RootMarker.string, to: target, fragment: fragment, style: environment.site.config.links)
    }

    /// A link for HTML made in Swift (a chart figure), which is escaped without keeping the marker.
    package func resolvedLink(_ target: String, fragment: String? = nil) -> String {
        SiteRoutes.link(prefix: rootPrefix, to: target, fragment: fragment, style: environment.site.config.links)
    }

    /// A page whose own values are a dictionary (most pages: they are read a few times each).
    package func context(title: String, description: String?, main: [String: Any], openGraphType: String = "website",
                 image: String? = nil, isSample: Bool = false, searchable: Bool = false) -> PageValues {
        context(title: title, description: description, main: main as any MustacheParent, openGraphType: openGraphType, image: image,
                isSample: isSample, searchable: searchable)
    }

    /// `isSample`: the page shows sample content, so what travels without the page (its title in
    /// a tab, a bookmark, a shared link's preview) says "Contoh" too.
    package func context(title: String, description: String?, main: any MustacheParent, openGraphType: String = "website",
                 image: String? = nil, isSample: Bool = false, searchable: Bool = false) -> PageValues {
        let config = environment.site.config
        let strings = environment.strings
        let title = isSample ? UIStrings.fill(strings.sampleTitle, title) : title
        let description = isSample ? UIStrings.fill(strings.sampleTitle, description ?? config.description) : description
        return PageValues(
            language: config.language,
            strings: environment.stringTable,
            chrome: chrome(),
            head: TemplateReference(PageHead(
                title: TemplateText(title),
                fullTitle: TemplateText(path.isEmpty ? config.title : "\(title) – \(config.title)"),
                description: TemplateText(description ?? config.description),
                canonical: TemplateText(SiteRoutes.absolute(path, base: config.baseURL)),
                openGraphType: TemplateText(openGraphType),
                openGraphImage: image.map { TemplateText(SiteRoutes.absolute($0, base: config.baseURL)) },
                isHome: path.isEmpty,
                searchable: searchable)),
            main: main)
    }

    /// What depends on the page only through its section of the menu (the site block, the menu,
    /// the rendered chrome templates and the templates with them written in) is made once per
    /// section, its links from `RootMarker`.
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
                "tagline": config.tagline,
                "logo": config.logo.map { link($0.value) },
                "home": link(SiteRoutes.home),
                "stylesheet": link(SiteRoutes.stylesheet),
                "feed": link(SiteRoutes.feed),
                "topics": link(SiteRoutes.topics),
                "search": link(SiteRoutes.search),
                "organisation": TemplateValues.compact([
                    "name": organisation.name,
                    "address": organisation.address,
                    "mapUrl": organisation.mapURL ?? organisation.address.map { OrganisationMap.searchLink(name: organisation.name, address: $0) },
                    "phone": organisation.phone,
                    "phoneUrl": organisation.phone.flatMap(PhoneNumber.telephoneLink),
                    "whatsapp": organisation.whatsapp,
                    "whatsappUrl": organisation.whatsapp.flatMap(PhoneNumber.whatsAppLink),
                    "email": organisation.email,
                    "openingHours": organisation.openingHours,
                ]),
            ])
            let chromeContext: [String: Any] = ["lang": config.language, "t": environment.stringTable, "site": site, "menu": menuItems]
            var rendered: [String: TemplateText] = [:]
            for name in environment.templates.chromeTemplates {
                rendered[String(name.dropFirst(TemplateSet.chromeFolder.count))] =
                    TemplateText(environment.templates.renderShared(chromeContext, template: name))
            }
            let templates = environment.templates.folding(TemplateConstants(chrome: rendered.mapValues(\.text)))
            return PageChrome(site: site, menu: menuItems, rendered: rendered, templates: templates)
        }
        return environment.chrome(String(current.map { $0 ? "1" : "0" }), make: make)
    }

    /// `site.news[index]` in a list where its title is a heading of level `heading`
    /// (`{{itemHeading}}`), with `{{{card}}}`: the same on every page, so made once.
    package func newsItem(at index: Int, heading: Int) -> NewsItemView {
        environment.newsListItem(index, heading: heading)
    }

    /// A list page's news items (`items`), and their cards joined line by line (`{{{cards}}}`;
    /// nil without a card template). A list that prints `cards` reads one name where one that
    /// goes through `items` enters a section and reads a name per item, for every list page.
    package func newsList(_ indices: [Int], heading: Int) -> (items: [NewsItemView], cards: TemplateText?) {
        let items = indices.map { newsItem(at: $0, heading: heading) }
        guard environment.templates.has(TemplateSet.newsCard) else { return (items, nil) }
        return (items, TemplateText(items.compactMap { $0.card?.text }.joined(separator: "\n")))
    }
}
