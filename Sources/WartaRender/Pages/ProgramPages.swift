import WartaCore
import WartaModel
import WartaSite
/// `/program/` and `/program/<slug>/`: what each programme is, who may apply and how, its news and data.
package enum ProgramPages {
    package static func list(_ page: PageContext) -> PageValues {
        let strings = page.environment.strings
        let programs = page.environment.site.programs.map { program -> [String: Any] in
            TemplateValues.compact(["title": program.title, "summary": program.summary, "url": page.link(SiteRoutes.program(program.slug)),
                                    "funding": program.funding])
        }
        return page.context(title: strings.programs, description: nil, main: ["heading": strings.programs, "programs": programs])
    }

    package static func program(_ page: PageContext, index: Int, log: DiagnosticLog) -> PageValues {
        let environment = page.environment
        let site = environment.site
        let program = site.programs[index]
        let news = ListedNews.latest(of: program.slug, in: site.news)
        let datasets = program.datasets.compactMap { reference -> Dataset? in site.dataset(reference.value) }.map { (dataset: Dataset) -> [String: Any] in
            var item: [String: Any] = ["title": dataset.title, "url": page.link(SiteRoutes.dataset(dataset.id))]
            if let spec = environment.chart(for: dataset) {
                item["figure"] = ChartFigureHTML.render(dataset, spec: spec, idPrefix: "p-\(dataset.id)", charts: environment.charts,
                                                        strings: environment.strings, datasetLink: page.resolvedLink(SiteRoutes.dataset(dataset.id)))
            }
            return item
        }
        return page.context(title: program.title, description: program.summary, main: TemplateValues.compact([
            "title": program.title,
            "summary": program.summary,
            "body": environment.html(of: program.body, on: page.path, log: log),
            "funding": program.funding,
            "eligibility": program.eligibility,
            "howToApply": program.howToApply,
            "documents": program.documents,
            "contact": program.contact,
            "news": news.map { page.newsItem(at: $0, heading: 3) },
            "datasets": datasets,
        ]), searchable: true)
    }
}
