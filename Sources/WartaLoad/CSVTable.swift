/// The cells of a CSV file as text, each with the position it was written at, so that later stages
/// (number parsing, column lookup) can point the author at the exact cell that is wrong.
package struct CSVTable: Hashable, Sendable {
    package var header: [CSVField]
    package var rows: [CSVRecord]
    /// Footer rows (`Sumber: …`, `Catatan: …`) found under the table, as written.
    package var notes: [String]

    package init(header: [CSVField], rows: [CSVRecord], notes: [String] = []) {
        self.header = header
        self.rows = rows
        self.notes = notes
    }
}

package struct CSVRecord: Hashable, Sendable {
    package var fields: [CSVField]
    /// 1-based line the record starts on; a quoted value with line breaks makes a record span several lines.
    package var line: Int

    package init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

package struct CSVField: Hashable, Sendable {
    package var text: String
    /// 1-based position of the field's first character: the opening quote of a quoted field, the first
    /// non-blank character of an unquoted one. Columns count Unicode scalars, not bytes.
    package var line: Int
    package var column: Int

    package init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
