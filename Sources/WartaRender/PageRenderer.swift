import Foundation
import WartaCore
import WartaLoad
import WartaSite

/// Turns one planned item into the bytes of its file. Pure: reads only the environment, so items
/// can be rendered on any thread in any order and the site comes out the same.
package struct PageRenderer: Sendable {
    package var environment: RenderEnvironment

    package init(environment: RenderEnvironment) {
        self.environment = environment
    }

    package enum Output: Sendable {
        case bytes([UInt8])
        /// A file copied as it is (media).
        case copy(URL)
    }

    package func render(_ entry: SitePlan.Entry, plan: SitePlan, content: ContentDirectory, log: DiagnosticLog) -> Output {
        let path = entry.path.hasSuffix("index.html") ? String(entry.path.dropLast("index.html".count)) : entry.path
        let page = PageContext(environment: environment, path: path)
        let site = environment.site
        switch entry.item {
        case .home: return html(HomePage.context(page), "home", page)
        case .newsList(let number, let count): return html(NewsPages.list(page, number: number, count: count), "news-list", page)
        case .article(let index): return html(NewsPages.article(page, index: index, log: log), "article", page)
        case .topicList: return html(TopicPages.list(page), "topic-list", page)
        case .topic(let index, let number, let count): return html(TopicPages.topic(page, index: index, number: number, count: count), "topic", page)
        case .programList: return html(ProgramPages.list(page), "program-list", page)
        case .program(let index): return html(ProgramPages.program(page, index: index, log: log), "program", page)
        case .datasetList: return html(StatisticsPages.list(page), "dataset-list", page)
        case .dataset(let index): return html(StatisticsPages.dataset(page, index: index, log: log), "dataset", page)
        case .datasetDownload(let index, let format):
            return .bytes(DatasetDownloads.bytes(site.datasets[index], format: format, environment: environment, log: log))
        case .staticPage(let index): return html(StaticPages.page(page, index: index, log: log), "page", page)
        case .notFound:
            return html(page.context(title: environment.strings.notFoundTitle, description: nil, main: [:]), "404", page)
        case .search: return html(SearchPage.context(page), "search", page)
        case .searchScript: return .bytes(Array(SearchScript.source.utf8))
        case .feed: return .bytes(Array(AtomFeed.render(environment).utf8))
        case .sitemap(let part, let parts):
            return .bytes(Array(Sitemap.render(part: part, of: parts, pages: plan.publicPages, base: site.config.baseURL).utf8))
        case .robots:
            return .bytes(Array("User-agent: *\nAllow: /\nSitemap: \(SiteRoutes.absolute(SiteRoutes.sitemap, base: site.config.baseURL))\n".utf8))
        case .stylesheet: return .bytes(Array(Stylesheet.render(templatesCSS: environment.templates.stylesheet).utf8))
        case .media(let file): return .copy(content.url("media/\(file)"))
        }
    }

    private func html(_ context: PageValues, _ template: String, _ page: PageContext) -> Output {
        .bytes(RootMarker.resolve(context.chrome.templates.render(TemplateReference(context), template: template), prefix: page.rootPrefix))
    }
}
