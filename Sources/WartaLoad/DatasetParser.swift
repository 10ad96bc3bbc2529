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
        let headerRow = fields.int("header_row")
        let skipRows = fields.int("skip_rows")
        let transpose = fields.bool("transpose") ?? false
        let pivot = fields.mapping("pivot").flatMap { pivot -> TableShape.Pivot? in
            let index = pivot.located("index", required: true), series = pivot.located("series", required: true)
            let value = pivot.located("value", required: true)
            pivot.warnAboutUnknownKeys(in: .group("pivot"))
            guard let index, let series, let value else { return nil }
            return TableShape.Pivot(index: index, series: series, value: value)
        }
        let conditions = fields.mapping("where").map { filter in
            filter.keys.map { key in (column: Located(key, at: filter.location(ofKey: key)), values: filter.strings(key).map(\.value)) }
        } ?? []
        let chartFields = fields.mapping("chart")
        let chart = chartFields.flatMap { ChartSpecParser.parse($0, log: log) }
        fields.warnAboutUnknownKeys(in: .dataset)

        var updated: CalendarDay?
        if let updatedText {
            updated = CalendarDay(iso: updatedText.value)
            if updated == nil { log.error(updatedText.location, .dataset(.updatedNotADate)) }
        }
        var declaredStyle: NumberStyle?
        if let localeText {
            switch localeText.value.lowercased() {
            case "id", "id_id", "id-id": declaredStyle = .indonesian
            case "en", "en_us", "en-us", "en_gb", "en-gb": declaredStyle = .english
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
        let (read, problems) = CSVReader.read(bytes, path: csvLocation.path, delimiter: delimiter,
                                              layout: TableLayout.Options(headerLine: headerRow, skipLines: skipRows))
        log.report(contentsOf: problems)
        guard var table = read, let title, let credit else { return nil }

        if transpose {
            let yearsAcross = table.header.dropFirst().allSatisfy { $0.text.count == 4 && Int($0.text) != nil }
            table = TableShape.transpose(table, xName: yearsAcross ? "tahun" : table.header[0].text)
        }
        if !conditions.isEmpty {
            guard let filtered = TableShape.filter(table, where: conditions, log: log) else { return nil }
            table = filtered
        }
        var origin: [String: String] = [:]
        if let pivot {
            guard let pivoted = TableShape.pivot(table, pivot, path: csvLocation.path, log: log) else { return nil }
            (table, origin) = pivoted
        }

        let columns = resolveColumns(header: table.header, declared: declaredColumns, origin: origin, table: table, log: log,
                                     csvPath: csvLocation.path)
        let rows = values(of: table, columns: columns, declaredStyle: declaredStyle, fallback: defaultStyle,
                          metadata: metadataLocation, csvPath: csvLocation.path, log: log)
        let lines = table.rows.map(\.line)
        let totals = TotalRow.find(in: rows, columns: columns, lines: lines, csvPath: csvLocation.path, log: log)
        if pivot == nil {
            checkRepeatedX(rows: rows, columns: columns, x: chart?.x, totals: totals, lines: lines, csvPath: csvLocation.path, log: log)
        }

        var dataset = Dataset(
            id: id, title: title, description: description, source: credit, updated: updated, unit: unit,
            isSample: isSample, columns: columns, rows: rows, chart: chart,
            metadataLocation: metadataLocation, csvLocation: csvLocation)
        dataset.body = document.markdown(contentPath: metadataPath, file: source.path)
        dataset.notes = notes + table.notes
        dataset.totalRows = totals
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

    /// `origin`: for a pivoted table, the long table's column each new column takes its declared type from.
    private static func resolveColumns(header: [CSVField], declared: [(DatasetColumn, SourceLocation)], origin: [String: String],
                                       table: CSVTable, log: DiagnosticLog, csvPath: String) -> [DatasetColumn] {
        let names = header.map(\.text) + origin.values
        for (column, location) in declared where !names.contains(column.name) {
            log.error(location, .dataset(.columnNotInHeader(column.name, header: names)),
                      hint: Suggestion.hint(for: column.name, in: names))
        }
        var guessed: [String] = []
        let columns = header.enumerated().map { index, field in
            if let source = origin[field.text], source != field.text, let match = declared.first(where: { $0.0.name == source }) {
                return DatasetColumn(name: field.text, label: field.text, kind: match.0.kind, unit: match.0.unit)
            }
            if let match = declared.first(where: { $0.0.name == field.text }) { return match.0 }
            let kind = ColumnKindGuess.kind(of: field.text, at: index, cells: table.rows.map { index < $0.fields.count ? $0.fields[index].text : "" })
            guessed.append("\(field.text): \(kind.rawValue)")
            return DatasetColumn(name: field.text, label: field.text, kind: kind)
        }
        if !guessed.isEmpty, let first = header.first {
            log.report(Diagnostic(.note, SourceLocation(path: csvPath, line: first.line, column: first.column),
                                  .dataset(.inferredColumns(guessed)), hint: .declareColumns))
        }
        return columns
    }

    /// Every cell as a value of its column, the numbers read in the style the file settles
    /// (`NumberLocaleChoice`).
    private static func values(of table: CSVTable, columns: [DatasetColumn], declaredStyle: NumberStyle?, fallback: NumberStyle,
                               metadata: SourceLocation, csvPath: String, log: DiagnosticLog) -> [[DataValue]] {
        var cells: [NumberLocaleChoice.Cell] = []
        var cellIndex: [[Int?]] = []
        cellIndex.reserveCapacity(table.rows.count)
        for record in table.rows {
            var indices: [Int?] = []
            for (index, column) in columns.enumerated() {
                guard column.kind.isNumeric, index < record.fields.count, !record.fields[index].text.isEmpty else {
                    indices.append(nil); continue
                }
                let field = record.fields[index]
                indices.append(cells.count)
                cells.append(NumberLocaleChoice.Cell(
                    reading: NumberReading(field.text, wholeNumbers: column.kind == .count), text: field.text, column: column.name,
                    location: SourceLocation(path: csvPath, line: field.line, column: field.column)))
            }
            cellIndex.append(indices)
        }
        let (style, reported) = NumberLocaleChoice.choose(cells, declared: declaredStyle, fallback: fallback, metadata: metadata, log: log)

        var rows: [[DataValue]] = []
        rows.reserveCapacity(table.rows.count)
        for (position, record) in table.rows.enumerated() {
            var row: [DataValue] = []
            row.reserveCapacity(columns.count)
            for (index, column) in columns.enumerated() {
                guard index < record.fields.count else { row.append(.missing); continue }
                let field = record.fields[index]
                if let cell = cellIndex[position][index] {
                    row.append(number(cells[cell], in: column, style: style, alreadyReported: reported.contains(cell), log: log))
                } else {
                    row.append(value(of: field, in: column, csvPath: csvPath, log: log))
                }
            }
            rows.append(row)
        }
        return rows
    }

    private static func number(_ cell: NumberLocaleChoice.Cell, in column: DatasetColumn, style: NumberStyle, alreadyReported: Bool,
                               log: DiagnosticLog) -> DataValue {
        guard !alreadyReported else { return .missing }
        guard let number = cell.reading.value(in: style) else {
            log.error(cell.location, .dataset(.notANumber(value: cell.text, column: column.name, decimalComma: style == .indonesian)))
            return .missing
        }
        if column.kind == .count, number.rounded() != number {
            log.error(cell.location, .dataset(.fractionInCount(value: cell.text, column: column.name)), hint: .useNumberForFractions)
            return .missing
        }
        return .number(number)
    }

    private static func value(of field: CSVField, in column: DatasetColumn, csvPath: String, log: DiagnosticLog) -> DataValue {
        let text = field.text
        if text.isEmpty { return .missing }
        let location = SourceLocation(path: csvPath, line: field.line, column: field.column)
        switch column.kind {
        case .category, .code:
            return .text(text)
        case .year where TotalRow.isNamedTotal(text), .date where TotalRow.isNamedTotal(text):
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
        case .number, .count, .percent:
            return .missing
        }
    }

    /// Long format read as wide: one x value on several rows draws one line zig-zagging between regions.
    private static func checkRepeatedX(rows: [[DataValue]], columns: [DatasetColumn], x: String?, totals: Set<Int>, lines: [Int],
                                       csvPath: String, log: DiagnosticLog) {
        guard let xIndex = x.flatMap({ name in columns.firstIndex { $0.name == name } }) ?? columns.firstIndex(where: { !$0.kind.isNumeric })
        else { return }
        var seen: [DataValue: [Int]] = [:], order: [DataValue] = []
        for (index, row) in rows.enumerated() where !totals.contains(index) && row[xIndex] != .missing {
            if seen[row[xIndex]] == nil { order.append(row[xIndex]) }
            seen[row[xIndex], default: []].append(index)
        }
        guard let repeated = order.first(where: { seen[$0]!.count > 1 }), case .text(let label) = repeated else { return }
        let rowsOfValue = seen[repeated]!
        let others = columns.indices.filter { $0 != xIndex && !columns[$0].kind.isNumeric }
        let byTime = others.first { columns[$0].kind == .year || columns[$0].kind == .date }
        let index = byTime.map { columns[$0].name } ?? columns[xIndex].name
        let series = byTime == nil ? others.first.map { columns[$0].name } ?? "…" : columns[xIndex].name
        let value = columns.first(where: \.kind.isNumeric)?.name ?? "…"
        log.error(SourceLocation(path: csvPath, line: lines[rowsOfValue[1]], column: 1),
                  .dataset(.repeatedX(value: label, column: columns[xIndex].name, lines: rowsOfValue.map { lines[$0] })),
                  hint: .usePivot(index: index, series: series, value: value))
    }
}
