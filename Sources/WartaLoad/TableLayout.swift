import WartaCore
/// Where the table is in a CSV file saved from a spreadsheet: BPS and Excel exports put a title row
/// above the column names (`Jumlah KPM per Kecamatan;;;`), blank separator rows (`;;;`) between
/// blocks, and `Sumber:` / `Catatan:` rows under the table. Those are not data: titles are skipped,
/// blank rows dropped and footer rows become the dataset's notes, each with a note saying so.
package enum TableLayout {
    /// `headerLine`: the file's line holding the column names (`header_row`); `skipLines`: lines
    /// before it (`skip_rows`). Neither: the header is the first row naming at least two columns.
    package struct Options: Hashable, Sendable {
        package var headerLine: Int?
        package var skipLines: Int?

        package init(headerLine: Int? = nil, skipLines: Int? = nil) {
            self.headerLine = headerLine
            self.skipLines = skipLines
        }
    }

    package struct Arrangement {
        package var header: CSVRecord
        package var rows: [CSVRecord]
        package var notes: [String]
        package var diagnostics: [Diagnostic]
    }

    /// Footer rows start with one of these (compared without case), as BPS and portal exports write them.
    static let footerMarkers = ["sumber", "catatan", "keterangan", "ket.", "ket:", "source", "note", "notes", "*", "¹", "#)"]

    static func filledCount(_ record: CSVRecord) -> Int { record.fields.count { !$0.text.isEmpty } }

    static func isFooter(_ record: CSVRecord) -> Bool {
        guard filledCount(record) == 1, let text = record.fields.first(where: { !$0.text.isEmpty })?.text.lowercased() else { return false }
        return footerMarkers.contains { text.hasPrefix($0) }
    }

    package static func arrange(_ records: [CSVRecord], options: Options, path: String) -> Arrangement? {
        var diagnostics: [Diagnostic] = []
        func note(_ line: Int, _ message: DatasetMessage) {
            diagnostics.append(Diagnostic(.note, SourceLocation(path: path, line: line, column: 1), .dataset(message)))
        }

        var headerIndex: Int
        if let line = options.headerLine ?? options.skipLines.map({ $0 + 1 }) {
            guard let found = records.firstIndex(where: { $0.line >= line }) else {
                diagnostics.append(.error(SourceLocation(path: path, line: records.last?.line ?? 1, column: 1),
                                          .dataset(.headerRowOutOfRange(line, records: records.last?.line ?? 0))))
                return Arrangement(header: CSVRecord(fields: [], line: line), rows: [], notes: [], diagnostics: diagnostics)
            }
            headerIndex = found
        } else {
            let widest = records.map(filledCount).max() ?? 0
            headerIndex = records.firstIndex { filledCount($0) >= min(2, widest) } ?? 0
            let titles = records[..<headerIndex].filter { filledCount($0) > 0 }
            if let first = titles.first { note(first.line, .titleRowsSkipped(titles.count)) }
        }
        guard headerIndex < records.count else { return nil }

        var rows: [CSVRecord] = [], notes: [String] = [], blank: [CSVRecord] = []
        var inFooter = false
        for record in records[(headerIndex + 1)...] {
            if filledCount(record) == 0 { blank.append(record); continue }
            // Lines after a footer row that hold one cell continue the notes (a long `Catatan:`).
            if isFooter(record) || (inFooter && filledCount(record) == 1) {
                inFooter = true
                notes.append(record.fields.first { !$0.text.isEmpty }!.text)
                continue
            }
            inFooter = false
            rows.append(record)
        }
        if let first = blank.first { note(first.line, .blankRowsDropped(blank.count)) }
        if !notes.isEmpty, let line = records[(headerIndex + 1)...].first(where: isFooter)?.line { note(line, .footerRowsAsNotes(notes.count)) }

        // Spreadsheets pad every row to the widest one; columns empty in the header and in every row
        // hold nothing, and are left out rather than reported as unnamed.
        var header = records[headerIndex]
        while header.fields.count > 1, header.fields.last?.text.isEmpty == true,
              rows.allSatisfy({ $0.fields.count < header.fields.count || $0.fields[header.fields.count - 1].text.isEmpty }) {
            let width = header.fields.count - 1
            header.fields.removeLast()
            for index in rows.indices where rows[index].fields.count > width { rows[index].fields.removeLast(rows[index].fields.count - width) }
        }
        return Arrangement(header: header, rows: rows, notes: notes, diagnostics: diagnostics)
    }
}
