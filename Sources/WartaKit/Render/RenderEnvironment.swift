/// Everything page rendering reads, built once per build and shared by all rendering threads.
public struct RenderEnvironment: Sendable {
    public var site: Site
    public var strings: UIStrings
    public var templates: TemplateSet
    public var index: ContentIndex
    public var topics: TopicIndex
    public var charts: ChartRenderer
    /// Interface strings as a template dictionary (`{{t.news}}`), made once.
    let stringTable: [String: String]

    public init(site: Site, templates: TemplateSet) {
        self.site = site
        self.strings = UIStrings.forLanguage(site.config.language)
        self.templates = templates
        self.index = ContentIndex(site: site)
        self.topics = TopicIndex(news: site.news)
        self.charts = ChartRenderer(strings: strings)
        var table: [String: String] = [:]
        for child in Mirror(reflecting: strings).children {
            if let label = child.label, let text = child.value as? String { table[label] = text }
        }
        self.stringTable = table
    }

    /// The chart to draw for a dataset: what the author asked for, completed from the dataset's own
    /// `chart:` block or, failing that, a default chosen from its column types; checked against its columns.
    public func chartSpec(for dataset: Dataset, overriding requested: ChartSpec? = nil, at location: SourceLocation? = nil,
                          log: DiagnosticLog) -> ChartSpec? {
        let fallback = dataset.chart.flatMap { own in own.x.isEmpty ? nil : own } ?? ChartDefaults.spec(for: dataset)
        var spec = requested ?? dataset.chart ?? fallback
        guard var chosen = spec else { return nil }
        if chosen.x.isEmpty { chosen.x = fallback?.x ?? "" }
        if chosen.series.isEmpty { chosen.series = fallback?.series ?? [] }
        spec = chosen
        let problems = ChartValidation.problems(chosen, in: dataset, at: location ?? dataset.chartLocation ?? dataset.metadataLocation)
        log.report(contentsOf: problems)
        if problems.contains(where: { $0.severity == .error }) { return nil }
        return spec
    }

    /// Markdown rendered into `page`, with links and chart blocks resolved for it.
    func html(of markdown: MarkdownSource, on page: String, log: DiagnosticLog) -> String {
        let renderer = MarkdownRenderer(
            options: .init(allowRawHTML: site.config.allowRawHTML),
            links: ContentLinks(index: index, page: page),
            blocks: EmbeddedBlocks(environment: self, page: page))
        let output = renderer.render(markdown)
        log.report(contentsOf: output.diagnostics)
        return output.html
    }
}
