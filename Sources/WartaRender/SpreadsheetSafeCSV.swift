/// CSV for the "download data" links: RFC 4180 text that Excel, LibreOffice and Google Sheets open
/// correctly and that cannot run anything when opened.
///
/// - Comma-separated with CRLF line ends, as RFC 4180 specifies.
/// - Starts with a UTF-8 byte order mark; without it Excel on Windows reads the file as the local
///   code page and garbles Indonesian names. Write the result as UTF-8.
/// - A value is quoted only when it has to be: when it contains a quote, a line break or a delimiter
///   (`;` and tab too, so that programs that guess the delimiter, ours included, still pick the
///   comma), or starts or ends with a space, which readers otherwise drop.
/// - Formula injection (OWASP "CSV Injection"): spreadsheets run a cell that starts with `=`, `+`,
///   `-` or `@` as a formula, and a leading tab or carriage return can hide such a start. Our data
///   comes from many editors and sometimes from the public, so such cells get a leading `'`, which
///   spreadsheets show as text. Plain numbers such as `-0.25`, `+3` or `-1,5` are left alone so
///   that negative figures stay numbers.
package enum SpreadsheetSafeCSV {
    package static func render(header: [String], rows: [[String]]) -> String {
        var output = "\u{FEFF}"
        for cells in [header] + rows {
            output += record(cells.map(neutralisingFormula))
            output += "\r\n"
        }
        return output
    }

    /// One line of RFC 4180 CSV, without the line break and without formula neutralising.
    package static func record(_ cells: [String]) -> String {
        // An empty single-cell row would be a blank line, which readers skip; quoting keeps the row.
        if cells == [""] { return "\"\"" }
        return cells.map(quote).joined(separator: ",")
    }

    /// The value as an RFC 4180 field, in quotes only when it needs them.
    ///
    /// Works on Unicode scalars, not Characters: a comma or quote followed by a combining mark is one
    /// Character in Swift but still a delimiter or quote to every CSV reader.
    package static func quote(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        let needsQuotes = scalars.contains { forcesQuotes.contains($0) }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return cell }

        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    private static let forcesQuotes: Set<Unicode.Scalar> = ["\"", ",", ";", "\t", "\n", "\r"]
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func neutralisingFormula(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(cell) else {
            return cell
        }
        return "'" + cell
    }

    /// An optional sign and digit runs joined by single `.` or `,`: numbers in either language's style,
    /// which no spreadsheet can read as a formula.
    private static func isPlainNumber(_ cell: String) -> Bool {
        var scalars = Substring(cell).unicodeScalars
        if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
        var previousWasDigit = false
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                previousWasDigit = true
            } else if (scalar == "." || scalar == ",") && previousWasDigit {
                previousWasDigit = false
            } else {
                return false
            }
        }
        return previousWasDigit
    }
}
