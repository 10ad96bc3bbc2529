import Foundation
import WartaCore

/// Reads RFC 4180 CSV as spreadsheets export it, and reports every malformed spot at the line and
/// column an editor can jump to.
///
/// We keep our own reader because the CSV packages we tried stay silent on broken files (an unclosed
/// quote swallows the rest of the file, short rows are padded) and give errors no line number, and
/// because walking bytes instead of Characters makes reading several times faster.
///
/// Dialect, chosen to match what Excel, LibreOffice and Google Sheets write in Indonesian and English
/// locales:
/// - UTF-8 only, with or without a byte order mark; LF, CRLF and lone CR all end a line.
/// - The delimiter is `,`, `;` or tab, guessed from the header line unless given. Indonesian Excel
///   writes `;` because `,` is its decimal separator.
/// - Blank lines (including lines of only spaces and tabs) are skipped.
/// - Spaces and tabs around unquoted values are dropped, because people pad cells to line columns up
///   and never mean that padding as data. Quoted values are kept exactly: quoting is how an author
///   says the spaces matter. Padding around the quotes themselves is allowed for the same reason.
package struct CSVReader: Sendable {
    private let bytes: [UInt8]
    private let path: String
    private let delimiter: UInt8
    private var index: Int
    private var line = 1
    private var column = 1
    private var diagnostics: [Diagnostic] = []
    /// Encoding errors are reported once per line: a file saved as Windows-1252 would otherwise
    /// produce one error for every accented letter.
    private var lastLineWithEncodingError = 0
    /// An unclosed quote runs to the end of the file, so only the last record can be cut short by one.
    private var lastRecordIsUnterminated = false

    /// Reads a whole file. The table is returned only when the file has no errors: once the structure
    /// is broken, cells after the damage are guesses, and checking them would bury the real mistake
    /// under follow-on errors. Without `layout` every record is the table, as RFC 4180 says; with it,
    /// title, blank and footer rows are found as `TableLayout` describes (notes about them come back
    /// with the table).
    package static func read(
        _ bytes: [UInt8], path: String, delimiter: UInt8? = nil, layout: TableLayout.Options? = nil
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        if let delimiter {
            precondition(
                ![Byte.quote, Byte.lineFeed, Byte.carriageReturn].contains(delimiter),
                "a CSV delimiter cannot be a quote or a line break"
            )
        }
        let start = bytes.starts(with: UTF8Text.byteOrderMark) ? UTF8Text.byteOrderMark.count : 0
        var reader = CSVReader(
            bytes: bytes, path: path, start: start,
            delimiter: delimiter ?? guessDelimiter(in: bytes, from: start)
        )
        return reader.readTable(layout: layout)
    }

    package static func read(
        _ data: Data, path: String, delimiter: UInt8? = nil
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        read([UInt8](data), path: path, delimiter: delimiter)
    }

    private enum Byte {
        package static let quote = UInt8(ascii: "\"")
        package static let comma = UInt8(ascii: ",")
        package static let semicolon = UInt8(ascii: ";")
        package static let tab = UInt8(ascii: "\t")
        package static let space = UInt8(ascii: " ")
        package static let lineFeed = UInt8(ascii: "\n")
        package static let carriageReturn = UInt8(ascii: "\r")
    }

    private init(bytes: [UInt8], path: String, start: Int, delimiter: UInt8) {
        self.bytes = bytes
        self.path = path
        self.index = start
        self.delimiter = delimiter
    }

    /// The candidate that occurs most often outside quotes on the first non-blank line; ties go to the
    /// comma, then the semicolon, so a one-column file reads as comma-separated. A title row above the
    /// header (`Jumlah KPM;;;`) still shows the delimiter, since spreadsheets pad it to the table's width.
    private static func guessDelimiter(in bytes: [UInt8], from start: Int) -> UInt8 {
        var headerStart = start
        var index = start
        scanBlankLines: while index < bytes.count {
            switch bytes[index] {
            case Byte.space, Byte.tab: index += 1
            case Byte.lineFeed, Byte.carriageReturn: index += 1; headerStart = index
            default: break scanBlankLines
            }
        }

        let candidates = [Byte.comma, Byte.semicolon, Byte.tab]
        var counts = [0, 0, 0]
        var insideQuotes = false
        index = headerStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Byte.quote {
                // A doubled quote toggles twice, so escapes need no special case.
                insideQuotes.toggle()
            } else if !insideQuotes {
                if byte == Byte.lineFeed || byte == Byte.carriageReturn { break }
                if let candidate = candidates.firstIndex(of: byte) { counts[candidate] += 1 }
            }
            index += 1
        }

        var best = 0
        for candidate in counts.indices where counts[candidate] > counts[best] { best = candidate }
        return candidates[best]
    }

    // MARK: Table

    private mutating func readTable(layout: TableLayout.Options?) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var records: [CSVRecord] = []
        while let record = nextRecord() { records.append(record) }

        let arranged: TableLayout.Arrangement?
        if let layout {
            arranged = TableLayout.arrange(records, options: layout, path: path)
        } else {
            arranged = records.first.map { TableLayout.Arrangement(header: $0, rows: Array(records.dropFirst()), notes: [], diagnostics: []) }
        }
        guard let arrangement = arranged else {
            report(line: 1, column: 1, .emptyCSV)
            return (nil, diagnostics)
        }
        let notes = arrangement.diagnostics.filter { $0.severity == .note }
        diagnostics += arrangement.diagnostics.filter { $0.severity != .note }
        checkHeader(arrangement.header.fields)
        let lastLine = records.last?.line
        for record in arrangement.rows {
            let isCutShort = lastRecordIsUnterminated && record.line == lastLine
            if !isCutShort { checkWidth(of: record, headerCount: arrangement.header.fields.count) }
        }

        guard diagnostics.isEmpty else {
            let ordered = diagnostics.sorted {
                ($0.location.line, $0.location.column, $0.message.english) < ($1.location.line, $1.location.column, $1.message.english)
            }
            return (nil, ordered)
        }
        return (CSVTable(header: arrangement.header.fields, rows: arrangement.rows, notes: arrangement.notes), notes)
    }

    private mutating func checkHeader(_ header: [CSVField]) {
        var firstColumnByName: [String: Int] = [:]
        for (position, field) in header.enumerated() {
            let columnNumber = position + 1
            if field.text.isEmpty {
                let endsWithDelimiter = columnNumber == header.count && header.count > 1
                report(
                    line: field.line, column: field.column, .unnamedHeaderColumn(columnNumber),
                    hint: endsWithDelimiter ? .trailingDelimiter : nil
                )
            } else if let firstColumn = firstColumnByName[field.text] {
                report(
                    line: field.line, column: field.column,
                    .duplicateColumnName(field.text, firstColumn: firstColumn)
                )
            } else {
                firstColumnByName[field.text] = columnNumber
            }
        }
    }

    private mutating func checkWidth(of record: CSVRecord, headerCount: Int) {
        let count = record.fields.count
        guard count != headerCount else { return }
        let message = DatasetMessage.rowWidth(fields: count, header: headerCount)
        if count > headerCount {
            let firstExtra = record.fields[headerCount]
            // The usual cause in Indonesian data: an unquoted decimal comma splits one number in two.
            let hint: Hint? = delimiter == Byte.comma ? .quoteDecimalComma : nil
            report(line: firstExtra.line, column: firstExtra.column, message, hint: hint)
        } else {
            report(line: record.line, column: 1, message)
        }
    }

    // MARK: Records and fields

    private mutating func nextRecord() -> CSVRecord? {
        skipBlankLines()
        guard index < bytes.count else { return nil }
        let recordLine = line
        var fields: [CSVField] = []
        while true {
            fields.append(readField())
            guard index < bytes.count else { break }
            if bytes[index] == delimiter {
                index += 1
                column += 1
            } else {
                consumeLineBreak()
                break
            }
        }
        return CSVRecord(fields: fields, line: recordLine)
    }

    private mutating func skipBlankLines() {
        while true {
            var probe = index
            while probe < bytes.count, isPadding(bytes[probe]) { probe += 1 }
            guard probe < bytes.count else {
                index = probe
                return
            }
            guard bytes[probe] == Byte.lineFeed || bytes[probe] == Byte.carriageReturn else { return }
            index = probe
            consumeLineBreak()
        }
    }

    /// Leaves `index` on the delimiter or line break that ends the field, or at the end of the file.
    private mutating func readField() -> CSVField {
        let fieldColumn = column
        skipPadding()
        if index < bytes.count, bytes[index] == Byte.quote { return readQuotedField() }

        let start = index
        let contentColumn = column
        var end = index
        var reportedQuote = false
        while index < bytes.count {
            let byte = bytes[index]
            if endsField(byte) { break }
            if byte == Byte.quote && !reportedQuote {
                report(
                    line: line, column: column, .quoteInUnquotedValue,
                    hint: .quoteWholeValue
                )
                reportedQuote = true
            }
            advanceCharacter()
            if !isPadding(byte) { end = index }
        }
        return CSVField(text: text(start..<end), line: line, column: end > start ? contentColumn : fieldColumn)
    }

    private mutating func readQuotedField() -> CSVField {
        let openingLine = line
        let openingColumn = column
        index += 1
        column += 1
        let contentStart = index
        var segmentStart = index
        // Only filled when the value contains doubled quotes; most values are one untouched slice.
        var unescaped: [UInt8] = []

        while true {
            guard index < bytes.count else {
                report(
                    line: openingLine, column: openingColumn, .unclosedQuote,
                    hint: .doubleTheQuotes
                )
                lastRecordIsUnterminated = true
                return CSVField(text: text(contentStart..<index), line: openingLine, column: openingColumn)
            }
            let byte = bytes[index]
            if byte == Byte.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Byte.quote {
                    unescaped.append(contentsOf: bytes[segmentStart...index])
                    index += 2
                    column += 2
                    segmentStart = index
                    continue
                }
                break
            }
            if byte == Byte.lineFeed || byte == Byte.carriageReturn {
                consumeLineBreak()
            } else {
                advanceCharacter()
            }
        }

        let value: String
        if !unescaped.isEmpty {
            unescaped.append(contentsOf: bytes[segmentStart..<index])
            value = String(decoding: unescaped, as: UTF8.self)
        } else {
            value = text(contentStart..<index)
        }
        index += 1
        column += 1

        skipPadding()
        if index < bytes.count, !endsField(bytes[index]) {
            report(line: line, column: column, .textAfterClosingQuote, hint: .quoteWholeValue)
            while index < bytes.count, !endsField(bytes[index]) { advanceCharacter() }
        }
        return CSVField(text: value, line: openingLine, column: openingColumn)
    }

    // MARK: Bytes

    private func endsField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Byte.lineFeed || byte == Byte.carriageReturn
    }

    private func isPadding(_ byte: UInt8) -> Bool {
        (byte == Byte.space || byte == Byte.tab) && byte != delimiter
    }

    private mutating func skipPadding() {
        while index < bytes.count, isPadding(bytes[index]) {
            index += 1
            column += 1
        }
    }

    /// Expects `index` on CR or LF; CRLF counts as one line break.
    private mutating func consumeLineBreak() {
        if bytes[index] == Byte.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Byte.lineFeed {
            index += 1
        }
        index += 1
        line += 1
        column = 1
    }

    /// Steps over one Unicode scalar, or over one byte that does not start a valid one.
    @inline(__always)
    private mutating func advanceCharacter() {
        if bytes[index] < 0x80 {
            index += 1
        } else if let length = validSequenceLength(at: index) {
            index += length
        } else {
            reportInvalidUTF8()
            index += 1
        }
        column += 1
    }

    /// Length of the well-formed UTF-8 sequence starting at `start`, following the Unicode Standard's
    /// table of well-formed byte sequences (which rules out overlong forms and surrogates).
    private func validSequenceLength(at start: Int) -> Int? {
        let length: Int
        let secondByte: ClosedRange<UInt8>
        switch bytes[start] {
        case 0xC2...0xDF: (length, secondByte) = (2, 0x80...0xBF)
        case 0xE0: (length, secondByte) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondByte) = (3, 0x80...0xBF)
        case 0xED: (length, secondByte) = (3, 0x80...0x9F)
        case 0xF0: (length, secondByte) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondByte) = (4, 0x80...0xBF)
        case 0xF4: (length, secondByte) = (4, 0x80...0x8F)
        default: return nil
        }
        guard start + length <= bytes.count, secondByte.contains(bytes[start + 1]) else { return nil }
        for continuation in bytes[(start + 2)..<(start + length)] where continuation & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    private mutating func reportInvalidUTF8() {
        guard lastLineWithEncodingError != line else { return }
        lastLineWithEncodingError = line
        let byte = "0x" + String(bytes[index], radix: 16, uppercase: true)
        report(
            line: line, column: column,
            .invalidUTF8Byte(byte: byte, line: line),
            hint: .saveSpreadsheetAsUTF8
        )
    }

    /// Invalid bytes become U+FFFD; they have been reported, and the table is withheld anyway.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private mutating func report(line: Int, column: Int, _ message: DatasetMessage, hint: Hint? = nil) {
        diagnostics.append(.error(SourceLocation(path: path, line: line, column: column), .dataset(message), hint: hint))
    }
}
