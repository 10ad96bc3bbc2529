/// Everything page rendering reads, built once per build and shared by all rendering threads.
public struct RenderEnvironment: Sendable {
    public var site: Site
    public var strings: UIStrings
    public var templates: TemplateSet
    public var index: ContentIndex
    public var topics: TopicIndex
    public var charts: ChartRenderer
    /// `#fragment` links seen while rendering, checked against rendered ids afterwards.
    public let anchors = AnchorIndex()
    /// Interface strings as a template dictionary (`{{t.news}}`), made once.
    let stringTable: [String: String]
    /// Each dataset's own chart, resolved and checked once per build; absent when it has none.
    public let datasetCharts: [String: ChartSpec]

    /// Problems with datasets' own charts are reported to `log`, once.
    public init(site: Site, templates: TemplateSet, log: DiagnosticLog) {
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
        var charts: [String: ChartSpec] = [:]
        for dataset in site.datasets {
            charts[dataset.id] = Self.resolveChart(for: dataset, requested: nil, at: nil, log: log)
        }
        self.datasetCharts = charts
    }

    public func chart(for dataset: Dataset) -> ChartSpec? { datasetCharts[dataset.id] }

    /// A chart asked for in a ```chart block, completed from the dataset's own and checked.
    public func chartSpec(for dataset: Dataset, overriding requested: ChartSpec, at location: SourceLocation, log: DiagnosticLog) -> ChartSpec? {
        Self.resolveChart(for: dataset, requested: requested, at: location, log: log)
    }

    /// What the author asked for, completed from the dataset's own `chart:` block or, failing that,
    /// a default chosen from its column types; checked against its columns and its size.
    static func resolveChart(for dataset: Dataset, requested: ChartSpec?, at location: SourceLocation?, log: DiagnosticLog) -> ChartSpec? {
        let fallback = dataset.chart.flatMap { own in own.x.isEmpty ? nil : own } ?? ChartDefaults.spec(for: dataset)
        var spec = requested ?? dataset.chart ?? fallback
        guard var chosen = spec else { return nil }
        if chosen.x.isEmpty { chosen.x = fallback?.x ?? "" }
        if chosen.series.isEmpty { chosen.series = fallback?.series ?? [] }
        spec = chosen
        let at = location ?? dataset.chartLocation ?? dataset.metadataLocation
        let problems = ChartValidation.problems(chosen, in: dataset, at: at)
        log.report(contentsOf: problems)
        if problems.contains(where: { $0.severity == .error }) { return nil }
        let limit = chosen.kind == .line ? ChartLimits.linePoints : ChartLimits.categories
        if dataset.rows.count > limit {
            log.warning(at, "dataset \"\(dataset.id)\" has \(dataset.rows.count) rows, more than a readable chart can show (\(limit)); its page shows the table and downloads only")
            return nil
        }
        return spec
    }

    /// Markdown rendered into `page`, with links and chart blocks resolved for it.
    func html(of markdown: MarkdownSource, on page: String, log: DiagnosticLog) -> String {
        let renderer = MarkdownRenderer(
            options: .init(allowRawHTML: site.config.allowRawHTML),
            links: ContentLinks(index: index, page: page, anchors: anchors),
            blocks: EmbeddedBlocks(environment: self, page: page))
        let output = renderer.render(markdown)
        log.report(contentsOf: output.diagnostics)
        return output.html
    }
}
