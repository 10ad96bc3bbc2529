import WartaCore
import WartaModel
/// The files behind a dataset page: its data as CSV (safe to open in a spreadsheet) and JSON,
/// and its chart as a standalone SVG.
package enum DatasetDownloads {
    package static func render(_ dataset: Dataset, format: String, environment: RenderEnvironment, log: DiagnosticLog) -> String {
        switch format {
        case "csv":
            return SpreadsheetSafeCSV.render(header: dataset.columns.map(\.name), rows: dataset.rows.map { row in
                row.map { value in
                    switch value {
                    case .text(let text): return text
                    case .number(let number): return JSONText.number(number)
                    case .missing: return ""
                    }
                }
            })
        case "json":
            return json(dataset)
        default:
            // The plan asks for an SVG only for datasets that have a chart.
            guard let spec = environment.chart(for: dataset) else { return "" }
            return environment.charts.standaloneSVG(dataset, spec: spec)
        }
    }

    private static func json(_ dataset: Dataset) -> String {
        var out = "{\n"
        out += "  \"id\": \(JSONText.string(dataset.id)),\n"
        out += "  \"title\": \(JSONText.string(dataset.title)),\n"
        out += "  \"source\": {\"name\": \(JSONText.string(dataset.source.name))"
        if let url = dataset.source.url { out += ", \"url\": \(JSONText.string(url))" }
        out += "},\n"
        if let updated = dataset.updated { out += "  \"updated\": \(JSONText.string(updated.iso)),\n" }
        if let unit = dataset.unit { out += "  \"unit\": \(JSONText.string(unit)),\n" }
        out += "  \"sample\": \(dataset.isSample),\n"
        out += "  \"columns\": [\n"
        out += dataset.columns.map { column in
            var item = "    {\"name\": \(JSONText.string(column.name)), \"label\": \(JSONText.string(column.label)), \"type\": \(JSONText.string(column.kind.rawValue))"
            if let unit = column.unit { item += ", \"unit\": \(JSONText.string(unit))" }
            return item + "}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"rows\": [\n"
        out += dataset.rows.map { row in
            "    [" + row.map { value in
                switch value {
                case .text(let text): return JSONText.string(text)
                case .number(let number): return JSONText.number(number)
                case .missing: return "null"
                }
            }.joined(separator: ", ") + "]"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }
}
