import WartaSite
/// `/cari/`: the search page. With JavaScript and an index it lists what Pagefind finds for
/// `?q=`; without either it still leads on, to every section and programme and page of the site.
package enum SearchPage {
    package static func context(_ page: PageContext) -> PageValues {
        let environment = page.environment
        let site = environment.site
        return page.context(title: environment.strings.searchTitle, description: nil, main: [
            "action": page.link(SiteRoutes.search),
            "indexed": environment.searchIndexed,
            "root": page.link(SiteRoutes.home).dropLast(site.config.links == .indexFile ? "index.html".count : 0).description,
            "script": page.link(SiteRoutes.searchScript),
            "allNews": page.link(SiteRoutes.newsList(page: 1)),
            "allStatistics": page.link(SiteRoutes.statistics),
            "programs": site.programs.map { TitledLinkView(title: $0.title, url: page.link(SiteRoutes.program($0.slug))) },
            "pages": site.pages.map { TitledLinkView(title: $0.title, url: page.link(SiteRoutes.page($0.slug))) },
        ])
    }
}
