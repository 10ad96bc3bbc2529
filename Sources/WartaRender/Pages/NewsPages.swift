import WartaCore
import WartaSite
/// `/berita/` (paginated) and `/berita/<slug>/`.
package enum NewsPages {
    package static func list(_ page: PageContext, number: Int, count: Int) -> PageValues {
        let environment = page.environment
        let perPage = environment.site.config.newsPerPage
        let list = page.newsList(Array(ListedNews.page(number, of: environment.site.news.indices, perPage: perPage)), heading: 2)
        let strings = environment.strings
        let title = number == 1 ? strings.news : "\(strings.news) – \(UIStrings.fill(strings.pageOf, String(number), String(count)))"
        return page.context(title: title, description: nil, main: TemplateValues.compact([
            "heading": strings.news,
            "items": list.items,
            "cards": list.cards,
            "pagination": Pagination.context(page, number: number, count: count, path: SiteRoutes.newsList(page:)),
        ]))
    }

    package static func article(_ page: PageContext, index: Int, log: DiagnosticLog) -> PageValues {
        let environment = page.environment
        let site = environment.site
        let article = site.news[index]
        var view = NewsArticleView(
            texts: environment.newsItem(index),
            body: environment.htmlFragment(of: article.body, on: page.path, log: log),
            author: article.author.map(TemplateText.init),
            source: article.source.map { TemplateValues.compact(["name": $0.name, "url": $0.url]) },
            programs: article.programs.compactMap { slug in
                site.program(slug.value).map { TitledLinkView(title: $0.title, url: page.link(SiteRoutes.program($0.slug))) }
            })
        var imagePath: String?
        if let image = article.image {
            switch ContentLinks(index: environment.index, page: page.path).resolve(image.value, from: article.body.contentPath, at: image.location) {
            case .rewritten(let url):
                view.image = ["url": url, "alt": article.imageAlt ?? ""]
                imagePath = environment.index.sitePath(forContentFile: ContentLinks.join(directory: ContentLinks.directory(of: article.body.contentPath), image.value) ?? "")
            case .unchanged:
                view.image = ["url": image.value, "alt": article.imageAlt ?? ""]
            case .broken(let problem, let hint):
                log.error(image.location, .reference(.brokenImage(problem)), hint: hint)
            }
        }
        // "Previous" leads to the older article, as in a printed bulletin.
        if index + 1 < site.news.count {
            view.previous = TitledLinkView(title: environment.listedTitle(of: site.news[index + 1]), url: page.link(SiteRoutes.article(site.news[index + 1].slug)))
        }
        if index > 0 {
            view.next = TitledLinkView(title: environment.listedTitle(of: site.news[index - 1]), url: page.link(SiteRoutes.article(site.news[index - 1].slug)))
        }
        return page.context(title: article.title, description: article.summary, main: view, openGraphType: "article", image: imagePath,
                            isSample: article.isSample, searchable: true)
    }
}
