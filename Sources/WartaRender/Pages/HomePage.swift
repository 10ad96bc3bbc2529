import WartaCore
import WartaSite
/// `/`: the office's key figures, latest news, programmes and statistics.
package enum HomePage {
    package static func context(_ page: PageContext) -> PageValues {
        let environment = page.environment
        let site = environment.site
        var figures: [[String: Any]] = []
        for id in site.config.keyFigures {
            guard let dataset = site.dataset(id.value), let spec = environment.chart(for: dataset) else { continue }
            for figure in environment.charts.keyFigures(dataset, spec: spec) {
                figures.append(KeyFigureView.context(figure, dataset: dataset, page: page))
            }
        }
        let tasks = site.config.tasks.map { task -> [String: Any] in
            switch task.target {
            case .site(.sitePath(let path)):
                return TemplateValues.compact(["title": task.title, "description": task.description, "url": page.link(path)])
            case .site(.page(let slug)):
                return TemplateValues.compact(["title": task.title, "description": task.description, "url": page.link(SiteRoutes.page(slug.value))])
            case .external(let url, let host):
                return TemplateValues.compact(["title": task.title, "description": task.description, "url": url, "host": host,
                                               "serviceNote": UIStrings.fill(environment.strings.officialServiceAt, host)])
            }
        }
        return page.context(title: site.config.title, description: nil, main: [
            "tasks": tasks,
            "keyFigures": figures,
            // News items sit under the section headings, so their titles are one level lower.
            "latestNews": site.news.indices.prefix(ListedNews.homeCount).map { page.newsItem(at: $0, heading: 3) },
            "allNews": page.link(SiteRoutes.newsList(page: 1)),
            "programs": site.programs.map { ["title": $0.title, "summary": $0.summary, "url": page.link(SiteRoutes.program($0.slug))] },
            "allPrograms": page.link(SiteRoutes.programs),
            "datasets": site.datasets.map { ["title": $0.title, "url": page.link(SiteRoutes.dataset($0.id)), "isSample": $0.isSample] },
            "allStatistics": page.link(SiteRoutes.statistics),
        ])
    }
}
