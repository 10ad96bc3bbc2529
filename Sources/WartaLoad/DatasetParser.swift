import WartaCore
import WartaModel
/// Reads a dataset: the metadata in `statistics/<id>.md` and the table in `statistics/<id>.csv`,
/// checking every cell against the column types the metadata declares.
package enum DatasetParser {
    package static func parse(metadataPath: String, in content: ContentDirectory, defaultStyle: NumberStyle, log: DiagnosticLog) -> Dataset? {
        guard let source = content.text(metadataPath, log: log),
              let (document, fields) = FrontMatter.fields(of: source, log: log) else { return nil }
        let id = String(metadataPath.dropFirst(ContentLayout.Folder.statistics.prefix.count).dropLast(3))
        let metadataLocation = SourceLocation(path: source.path)
        if Slug.make(id) != id {
            log.error(metadataLocation, .dataset(.badFileName), hint: Slug.make(id).map { .renameTo("\($0).md") })
        }

        let title = fields.string("title", required: true)
        let description = fields.string("description")
        let credit = sourceCredit(fields, log: log)
        let updatedText = fields.located("updated")
        let unit = fields.string("unit")
        let localeText = fields.located("locale")
        let delimiterText = fields.located("delimiter")
        let isSample = fields.bool("sample") ?? false
        let notes = fields.strings("notes").map(\.value)
        let declaredColumns = fields.mappings("columns").compactMap { column -> (DatasetColumn, SourceLocation)? in
            let name = column.string("name", required: true)
            let label = column.string("label")
            let typeText = column.located("type")
            let columnUnit = column.string("unit")
            column.warnAboutUnknownKeys(in: .column)
            var kind = DatasetColumn.Kind.number
            if let typeText {
                if let known = DatasetColumn.Kind(rawValue: typeText.value) {
                    kind = known
                } else {
                    log.error(typeText.location, .dataset(.unknownColumnType(typeText.value, allowed: DatasetColumn.Kind.allCases.map(\.rawValue))),
                              hint: Suggestion.hint(for: typeText.value, in: DatasetColumn.Kind.allCases.map(\.rawValue)))
                }
            }
            guard let name else { return nil }
            return (DatasetColumn(name: name, label: label ?? name, kind: kind, unit: columnUnit), column.location)
        }
        let chartFields = fields.mapping("chart")
        let chart = chartFields.flatMap { ChartSpecParser.parse($0, log: log) }
        fields.warnAboutUnknownKeys(in: .dataset)

        var updated: CalendarDay?
        if let updatedText {
            updated = CalendarDay(iso: updatedText.value)
            if updated == nil { log.error(updatedText.location, .dataset(.updatedNotADate)) }
        }
        var style = defaultStyle
        if let localeText {
            switch localeText.value.lowercased() {
            case "id", "id_id", "id-id": style = .indonesian
            case "en", "en_us", "en-us", "en_gb", "en-gb": style = .english
            default: log.error(localeText.location, .dataset(.badLocale))
            }
        }
        var delimiter: UInt8?
        if let delimiterText {
            switch delimiterText.value {
            case ",": delimiter = UInt8(ascii: ",")
            case ";": delimiter = UInt8(ascii: ";")
            case "\\t", "\t", "tab": delimiter = UInt8(ascii: "\t")
            default: log.error(delimiterText.location, .dataset(.badDelimiter))
            }
        }

        let csvPath = ContentLayout.Folder.statistics.prefix + id + ".csv"
        let csvLocation = SourceLocation(path: content.displayPath(csvPath))
        guard let bytes = content.bytes(csvPath) else {
            log.error(metadataLocation, .dataset(.csvMissing(path: content.displayPath(csvPath))))
            return nil
        }
        let (table, problems) = CSVReader.read(bytes, path: csvLocation.path, delimiter: delimiter)
        log.report(contentsOf: problems)
        guard let table, let title, let credit else { return nil }

        let parser = NumberParser(style: style)
        let columns = resolveColumns(header: table.header, declared: declaredColumns, table: table, parser: parser, log: log, csvPath: csvLocation.path)
        var rows: [[DataValue]] = []
        rows.reserveCapacity(table.rows.count)
        for record in table.rows {
            var row: [DataValue] = []
            row.reserveCapacity(columns.count)
            for (index, column) in columns.enumerated() {
                guard index < record.fields.count else { row.append(.missing); continue }
                let field = record.fields[index]
                row.append(value(of: field, in: column, parser: parser, csvPath: csvLocation.path, log: log))
            }
            rows.append(row)
        }

        var dataset = Dataset(
            id: id, title: title, description: description, source: credit, updated: updated, unit: unit,
            isSample: isSample, columns: columns, rows: rows, chart: chart,
            metadataLocation: metadataLocation, csvLocation: csvLocation)
        dataset.body = document.markdown(contentPath: metadataPath, file: source.path)
        dataset.notes = notes
        dataset.chartLocation = chartFields?.location
        return dataset
    }

    private static func sourceCredit(_ fields: YAMLFields, log: DiagnosticLog) -> SourceCredit? {
        // `source: BPS Kota Pontianak` is the name alone, as people write it when there is no link.
        if fields.isText("source") {
            return fields.string("source", required: true).map { SourceCredit(name: $0, url: nil) }
        }
        if fields.has("source"), let credit = fields.mapping("source", required: true) {
            let name = credit.string("name", required: true)
            let url = credit.located("url").flatMap { WebAddress.check($0, field: "url", log: log) }
            credit.warnAboutUnknownKeys(in: .group("source"))
            return name.map { SourceCredit(name: $0, url: url) }
        }
        if fields.has("source") { return nil }
        _ = fields.mapping("source", required: true)
        return nil
    }

    private static func resolveColumns(header: [CSVField], declared: [(DatasetColumn, SourceLocation)], table: CSVTable, parser: NumberParser,
                                       log: DiagnosticLog, csvPath: String) -> [DatasetColumn] {
        let names = header.map(\.text)
        for (column, location) in declared where !names.contains(column.name) {
            log.error(location, .dataset(.columnNotInHeader(column.name, header: names)),
                      hint: Suggestion.hint(for: column.name, in: names))
        }
        return header.enumerated().map { index, field in
            if let match = declared.first(where: { $0.0.name == field.text }) { return match.0 }
            // Undeclared columns are described from their values: the first is the axis, the rest numbers.
            let looksLikeYears = table.rows.allSatisfy { row in
                index < row.fields.count && row.fields[index].text.count == 4 && Int(row.fields[index].text) != nil
            }
            // A later column is numbers unless not one of its cells reads as a number (names of places,
            // quarters `T1`): then it is text. One mistyped figure among numbers is still reported.
            let hasNumbers = table.rows.contains { row in
                index < row.fields.count && parser.parse(row.fields[index].text) != nil
            }
            let kind: DatasetColumn.Kind = index == 0 ? (looksLikeYears ? .year : .category) : hasNumbers ? .number : .category
            return DatasetColumn(name: field.text, label: field.text, kind: kind)
        }
    }

    private static func value(of field: CSVField, in column: DatasetColumn, parser: NumberParser, csvPath: String, log: DiagnosticLog) -> DataValue {
        let text = field.text
        if text.isEmpty { return .missing }
        let location = SourceLocation(path: csvPath, line: field.line, column: field.column)
        switch column.kind {
        case .category:
            return .text(text)
        case .year:
            guard text.count == 4, Int(text) != nil else {
                log.error(location, .dataset(.notAYear(value: text, column: column.name)))
                return .missing
            }
            return .text(text)
        case .date:
            guard CalendarDay(iso: text) != nil else {
                log.error(location, .dataset(.notADate(value: text, column: column.name)))
                return .missing
            }
            return .text(text)
        case .number, .percent:
            guard let number = parser.parse(text) else {
                log.error(location, .dataset(.notANumber(value: text, column: column.name, decimalComma: parser.style == .indonesian)))
                return .missing
            }
            return .number(number)
        }
    }
}
