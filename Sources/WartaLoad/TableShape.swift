import WartaCore
/// Turns the shapes open-data portals publish into one row per x value, before any cell is read as
/// a number, so that every later message still points at the cell as it stands in the file.
///
/// - `where: {kabupaten: [Kota Pontianak]}` keeps the rows whose cell is one of the values.
/// - `pivot: {index: tahun, series: kabupaten, value: jumlah}` makes long format (one row per region
///   and year) wide: one row per `index` value, one column per `series` value.
/// - `transpose: true` turns years-as-columns (`kecamatan,2021,2022,2023`) into one row per year.
package enum TableShape {
    package struct Pivot: Hashable, Sendable {
        package var index: Located<String>
        package var series: Located<String>
        package var value: Located<String>

        package init(index: Located<String>, series: Located<String>, value: Located<String>) {
            self.index = index
            self.series = series
            self.value = value
        }
    }

    /// The rows kept, or nil when a column named in the filter is not in the table (reported).
    static func filter(_ table: CSVTable, where conditions: [(column: Located<String>, values: [String])],
                       log: DiagnosticLog) -> CSVTable? {
        var table = table
        for (column, values) in conditions {
            guard let index = columnIndex(column, in: table, log: log) else { return nil }
            table.rows = table.rows.filter { index < $0.fields.count && values.contains($0.fields[index].text) }
            if table.rows.isEmpty {
                log.error(column.location, .dataset(.whereMatchesNothing(column: column.value)))
                return nil
            }
        }
        return table
    }

    /// The wide table, and for each new column the long table's column it takes its type from.
    static func pivot(_ table: CSVTable, _ pivot: Pivot, path: String, log: DiagnosticLog) -> (table: CSVTable, origin: [String: String])? {
        guard let indexColumn = columnIndex(pivot.index, in: table, log: log),
              let seriesColumn = columnIndex(pivot.series, in: table, log: log),
              let valueColumn = columnIndex(pivot.value, in: table, log: log) else { return nil }
        func field(_ record: CSVRecord, _ column: Int) -> CSVField? { column < record.fields.count ? record.fields[column] : nil }

        var seriesFields: [CSVField] = [], seriesPosition: [String: Int] = [:]
        var rowsByIndex: [String: Int] = [:], rows: [(index: CSVField, cells: [Int: CSVField], lines: [Int: Int])] = []
        var failed = false
        for record in table.rows {
            guard let index = field(record, indexColumn), let series = field(record, seriesColumn) else { continue }
            let position: Int
            if let known = seriesPosition[series.text] { position = known } else {
                position = seriesFields.count
                seriesPosition[series.text] = position
                seriesFields.append(series)
            }
            let row: Int
            if let known = rowsByIndex[index.text] { row = known } else {
                row = rows.count
                rowsByIndex[index.text] = row
                rows.append((index, [:], [:]))
            }
            if let earlier = rows[row].lines[position] {
                log.error(SourceLocation(path: path, line: record.line, column: index.column),
                          .dataset(.pivotCellTwice(index: index.text, series: series.text, lines: [earlier, record.line])))
                failed = true
                continue
            }
            rows[row].lines[position] = record.line
            rows[row].cells[position] = field(record, valueColumn) ?? CSVField(text: "", line: record.line, column: 1)
        }
        guard !failed else { return nil }
        var origin: [String: String] = [table.header[indexColumn].text: pivot.index.value]
        for series in seriesFields { origin[series.text] = pivot.value.value }
        let header = [table.header[indexColumn]] + seriesFields
        let records = rows.map { row in
            CSVRecord(fields: [row.index] + seriesFields.indices.map {
                row.cells[$0] ?? CSVField(text: "", line: row.index.line, column: row.index.column)
            }, line: row.index.line)
        }
        return (CSVTable(header: header, rows: records, notes: table.notes), origin)
    }

    /// Rows become columns: the header's cells after the first are the new x values (usually years),
    /// the first cell of each row names its new column. `xName` names the new x column.
    static func transpose(_ table: CSVTable, xName: String) -> CSVTable {
        let first = table.header[0]
        let header = [CSVField(text: xName, line: first.line, column: first.column)] + table.rows.compactMap(\.fields.first)
        let records = table.header.indices.dropFirst().map { column in
            CSVRecord(fields: [table.header[column]] + table.rows.map { row in
                column < row.fields.count ? row.fields[column] : CSVField(text: "", line: row.line, column: 1)
            }, line: table.header[column].line)
        }
        return CSVTable(header: header, rows: records, notes: table.notes)
    }

    private static func columnIndex(_ name: Located<String>, in table: CSVTable, log: DiagnosticLog) -> Int? {
        let names = table.header.map(\.text)
        guard let index = names.firstIndex(of: name.value) else {
            log.error(name.location, .dataset(.columnNotInHeader(name.value, header: names)), hint: Suggestion.hint(for: name.value, in: names))
            return nil
        }
        return index
    }
}
