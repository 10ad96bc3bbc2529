import WartaCore
import WartaModel
import WartaLoad
import WartaMarkdown
import WartaSite
/// ```chart and ```table fenced blocks in Markdown: a dataset's chart or table placed in any page.
/// In a plain Markdown viewer the block stays a readable code block.
package struct EmbeddedBlocks: FencedBlockRendering {
    package var environment: RenderEnvironment
    /// The page the block is rendered into, for links and unique element ids.
    package var page: String

    package init(environment: RenderEnvironment, page: String) {
        self.environment = environment
        self.page = page
    }

    package func handles(_ infoWord: String) -> Bool { infoWord == "chart" || infoWord == "table" }

    package func render(kind: String, body: String, bodyLocation: SourceLocation) -> (html: String, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        guard let fields = YAMLFields.parse(body, path: bodyLocation.path, firstLine: bodyLocation.line, log: log) else {
            return ("", log.all)
        }
        let id = fields.located("dataset", required: true)
        let caption: String?
        var spec: ChartSpec?
        if kind == "chart" {
            spec = ChartSpecParser.parse(fields, log: log, allowing: ["dataset"])
            caption = spec?.caption
        } else {
            caption = fields.string("caption")
            fields.warnAboutUnknownKeys(in: .tableBlock)
        }
        guard let id else { return ("", log.all) }
        let site = environment.site
        guard let index = site.datasets.firstIndex(where: { $0.id == id.value }) else {
            log.error(id.location, .reference(.unknownDataset(id.value)), hint: Suggestion.hint(for: id.value, in: site.datasets.map(\.id)))
            return ("", log.all)
        }
        let dataset = site.datasets[index]
        let link = SiteRoutes.link(from: page, to: SiteRoutes.dataset(dataset.id), style: site.config.links)
        if kind == "table" {
            return (DataTableHTML.render(dataset, caption: caption ?? dataset.title, strings: environment.strings), log.all)
        }
        guard let requested = spec, let resolved = environment.chartSpec(for: dataset, overriding: requested, at: id.location, log: log) else {
            return ("", log.all)
        }
        let html = ChartFigureHTML.render(dataset, spec: resolved, idPrefix: "c\(bodyLocation.line)-\(dataset.id)",
                                          charts: environment.charts, strings: environment.strings, datasetLink: link)
        return (html, log.all)
    }
}
