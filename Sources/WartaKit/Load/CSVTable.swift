/// The cells of a CSV file as text, each with the position it was written at, so that later stages
/// (number parsing, column lookup) can point the author at the exact cell that is wrong.
public struct CSVTable: Hashable, Sendable {
    public var header: [CSVField]
    public var rows: [CSVRecord]

    public init(header: [CSVField], rows: [CSVRecord]) {
        self.header = header
        self.rows = rows
    }
}

public struct CSVRecord: Hashable, Sendable {
    public var fields: [CSVField]
    /// 1-based line the record starts on; a quoted value with line breaks makes a record span several lines.
    public var line: Int

    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

public struct CSVField: Hashable, Sendable {
    public var text: String
    /// 1-based position of the field's first character: the opening quote of a quoted field, the first
    /// non-blank character of an unquoted one. Columns count Unicode scalars, not bytes.
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
