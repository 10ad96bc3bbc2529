import WartaCore
import WartaModel
/// The files behind a dataset page: its data as CSV (safe to open in a spreadsheet, numbers with a
/// decimal point), XLSX (typed numbers), JSON (numbers as numbers), a CSVW description of the CSV
/// (W3C CSV on the Web: columns, types, units) and its chart as a standalone SVG.
package enum DatasetDownloads {
    package static func bytes(_ dataset: Dataset, format: String, environment: RenderEnvironment, log: DiagnosticLog) -> [UInt8] {
        if format == "xlsx" { return DatasetWorkbook.render(dataset, strings: environment.strings) }
        return Array(render(dataset, format: format, environment: environment, log: log).utf8)
    }

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
        case "csv-metadata.json":
            return csvw(dataset)
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

    /// CSVW types: counts are integers, other numbers decimals, years `gYear`, codes text (a code
    /// `0612` keeps its zero).
    private static func datatype(_ kind: DatasetColumn.Kind) -> String {
        switch kind {
        case .count: "integer"
        case .number, .percent: "decimal"
        case .year: "gYear"
        case .date: "date"
        case .category, .code: "string"
        }
    }

    private static func csvw(_ dataset: Dataset) -> String {
        var out = "{\n  \"@context\": [\"http://www.w3.org/ns/csvw\", {\"@language\": \"id\"}],\n"
        out += "  \"url\": \(JSONText.string(dataset.id + ".csv")),\n"
        out += "  \"dc:title\": \(JSONText.string(dataset.title)),\n"
        if let description = dataset.description { out += "  \"dc:description\": \(JSONText.string(description)),\n" }
        out += "  \"dc:source\": \(JSONText.string(dataset.source.name)),\n"
        if let updated = dataset.updated { out += "  \"dc:modified\": {\"@value\": \(JSONText.string(updated.iso)), \"@type\": \"xsd:date\"},\n" }
        out += "  \"dialect\": {\"header\": true, \"encoding\": \"utf-8\", \"delimiter\": \",\"},\n"
        out += "  \"tableSchema\": {\n    \"columns\": [\n"
        out += dataset.columns.enumerated().map { index, column in
            var item = "      {\"name\": \"c\(index + 1)\", \"titles\": \(JSONText.string(column.name)), "
            item += "\"dc:description\": \(JSONText.string(column.label)), \"datatype\": \"\(datatype(column.kind))\""
            if let unit = column.unit ?? (column.kind.isNumeric ? dataset.unit : nil) { item += ", \"schema:unitText\": \(JSONText.string(unit))" }
            return item + "}"
        }.joined(separator: ",\n")
        out += "\n    ]\n  }\n}\n"
        return out
    }
}
