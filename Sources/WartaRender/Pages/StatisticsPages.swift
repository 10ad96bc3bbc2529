import WartaCore
import WartaSite
/// `/statistik/` and `/statistik/<id>/`: every dataset as chart, table and downloads.
package enum StatisticsPages {
    package static func list(_ page: PageContext) -> PageValues {
        let environment = page.environment
        let strings = environment.strings
        let datasets = environment.site.datasets.map { dataset -> [String: Any] in
            TemplateValues.compact([
             "title": dataset.title, "description": dataset.description, "url": page.link(SiteRoutes.dataset(dataset.id)),
             "source": dataset.source.name, "isSample": dataset.isSample,
             "updated": dataset.updated.map { UIStrings.fill(strings.dataAsOf, strings.mediumDate($0)) }])
        }
        return page.context(title: strings.statistics, description: nil, main: ["heading": strings.statistics, "datasets": datasets])
    }

    package static func dataset(_ page: PageContext, index: Int, log: DiagnosticLog) -> PageValues {
        let environment = page.environment
        let strings = environment.strings
        let dataset = environment.site.datasets[index]
        var main: [String: Any] = TemplateValues.compact([
            "title": dataset.title,
            "description": dataset.description,
            "source": TemplateValues.compact(["name": dataset.source.name, "url": dataset.source.url]),
            "updated": dataset.updated.map { UIStrings.fill(strings.dataAsOf, strings.mediumDate($0)) },
            "unit": dataset.unit,
            "isSample": dataset.isSample,
            "notes": dataset.notes,
            "keyFigures": [[String: Any]](),
            "table": DataTableHTML.render(dataset, caption: dataset.title, strings: strings),
            "csv": page.link(SiteRoutes.datasetFile(dataset.id, extension: "csv")),
            "json": page.link(SiteRoutes.datasetFile(dataset.id, extension: "json")),
            "xlsx": page.link(SiteRoutes.datasetFile(dataset.id, extension: "xlsx")),
            "csvw": page.link(SiteRoutes.datasetFile(dataset.id, extension: "csv-metadata.json")),
            "svg": environment.chart(for: dataset).map { _ in page.link(SiteRoutes.datasetFile(dataset.id, extension: "svg")) },
            "programs": environment.site.programs.filter { program in program.datasets.contains { $0.value == dataset.id } }
                .map { program -> [String: Any] in ["title": program.title, "url": page.link(SiteRoutes.program(program.slug))] },
        ])
        if let body = dataset.body { main["body"] = environment.html(of: body, on: page.path, log: log) }
        if let spec = environment.chart(for: dataset) {
            main["figure"] = ChartFigureHTML.render(dataset, spec: spec, idPrefix: "d-\(dataset.id)", charts: environment.charts,
                                                    strings: strings, datasetLink: nil)
            if spec.kind == .figure {
                main["keyFigures"] = environment.charts.keyFigures(dataset, spec: spec).map { KeyFigureView.context($0, dataset: dataset, page: page) }
            }
        }
        return page.context(title: dataset.title, description: dataset.description, main: main, isSample: dataset.isSample, searchable: true)
    }
}
