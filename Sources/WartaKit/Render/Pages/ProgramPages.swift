/// `/program/` and `/program/<slug>/`: what each programme is, who may apply and how, its news and data.
enum ProgramPages {
    /// A programme page shows its latest news only: with thousands of articles a complete list
    /// would make the page megabytes long for a phone.
    static let newsLimit = 10

    /// Indexes of the programme's latest news, at most `newsLimit` (by index: copying every
    /// article to test it would cost more than the test).
    static func latestNews(of slug: String, in news: [NewsArticle]) -> [Int] {
        var found: [Int] = []
        for index in news.indices where news[index].programs.contains(where: { $0.value == slug }) {
            found.append(index)
            if found.count == newsLimit { break }
        }
        return found
    }

    static func list(_ page: PageContext) -> [String: Any] {
        let strings = page.environment.strings
        let programs = page.environment.site.programs.map { program -> [String: Any] in
            TemplateValues.compact(["title": program.title, "summary": program.summary, "url": page.link(SiteRoutes.program(program.slug)),
                                    "funding": program.funding])
        }
        return page.context(title: strings.programs, description: nil, main: ["heading": strings.programs, "programs": programs])
    }

    static func program(_ page: PageContext, index: Int, log: DiagnosticLog) -> [String: Any] {
        let environment = page.environment
        let site = environment.site
        let program = site.programs[index]
        let news = latestNews(of: program.slug, in: site.news)
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
            "contact": program.contact,
            "news": news.map { page.newsItem(at: $0, heading: 3) },
            "datasets": datasets,
        ]))
    }
}
