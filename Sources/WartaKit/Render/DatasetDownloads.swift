/// The files behind a dataset page: its data as CSV (safe to open in a spreadsheet) and JSON,
/// and its chart as a standalone SVG.
enum DatasetDownloads {
    static func render(_ dataset: Dataset, format: String, environment: RenderEnvironment, log: DiagnosticLog) -> String {
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
            let ignored = DiagnosticLog()
            guard let spec = environment.chartSpec(for: dataset, log: ignored) else {
                return environment.charts.standaloneSVG(dataset, spec: ChartSpec(kind: .figure, x: dataset.columns.first?.name ?? "", series: []))
            }
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

/// JSON literals written by hand so that the bytes are the same on every platform
/// (Foundation's serializer differs in number formatting and key order between systems).
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // `<` escaped so the JSON can never close a <script> element it is pasted into.
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
