import PropertyBased
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct SpreadsheetSafeCSVTests {
    @Test func rendersRFC4180WithByteOrderMarkAndCRLF() {
        let csv = SpreadsheetSafeCSV.render(
            header: ["provinsi", "catatan"],
            rows: [
                ["Sulawesi Selatan, Makassar", "kata \"resmi\""],
                ["Bali", "baris satu\nbaris dua"],
                ["Aceh", ""],
            ]
        )
        #expect(csv == "\u{FEFF}provinsi,catatan\r\n"
            + "\"Sulawesi Selatan, Makassar\",\"kata \"\"resmi\"\"\"\r\n"
            + "Bali,\"baris satu\nbaris dua\"\r\n"
            + "Aceh,\r\n")
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a;b", "\"a;b\""),
        ("a\tb", "\"a\tb\""),
        ("a\rb", "\"a\rb\""),
        (" padded", "\" padded\""),
        ("padded ", "\"padded \""),
        ("in side", "in side"),
        ("\u{A0}", "\u{A0}"),
        (",\u{301}", "\",\u{301}\""),
        ("\"\u{301}", "\"\"\"\u{301}\""),
        ("Đà Nẵng 👍", "Đà Nẵng 👍"),
    ] as [(String, String)])
    func quotesOnlyWhenNeeded(cell: String, field: String) {
        #expect(SpreadsheetSafeCSV.quote(cell).unicodeScalars.elementsEqual(field.unicodeScalars))
    }

    @Test func loneEmptyCellStaysARow() {
        #expect(SpreadsheetSafeCSV.render(header: ["catatan"], rows: [[""], ["x"]]) == "\u{FEFF}catatan\r\n\"\"\r\nx\r\n")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+62 812 3456", "'+62 812 3456"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("-", "'-"),
        ("-1e5", "'-1e5"),
        ("-1.", "'-1."),
        ("-,5", "\"'-,5\""),
    ] as [(String, String)])
    func neutralisesFormulas(cell: String, field: String) {
        #expect(SpreadsheetSafeCSV.render(header: ["h"], rows: [[cell]]) == "\u{FEFF}h\r\n\(field)\r\n")
    }

    @Test(arguments: ["-0.25", "+3", "-1,5", "-1.234.567,89", "-1,234.5", "12", "-0"])
    func plainNumbersStayNumbers(cell: String) {
        let field = cell.contains(",") ? "\"\(cell)\"" : cell
        #expect(SpreadsheetSafeCSV.render(header: ["h"], rows: [[cell]]) == "\u{FEFF}h\r\n\(field)\r\n")
    }

    @Test func headerIsNeutralisedToo() {
        #expect(SpreadsheetSafeCSV.render(header: ["=cmd", "-selisih"], rows: []) == "\u{FEFF}'=cmd,'-selisih\r\n")
    }

    /// Reading the output back gives every cell unchanged, except that cells a spreadsheet would run
    /// as a formula gain a leading `'`.
    @Test func renderedCellsReadBackUnchangedOrDefused() async {
        let table = CSVCells.tricky.array(of: 1...4).array(of: 1...5)
        await propertyCheck(count: 500, input: table) { rows in
            let width = rows[0].count
            let header = rows[0].enumerated().map { "\($0.offset)\($0.element)" }
            let body = rows.dropFirst().map { Array(($0 + Array(repeating: "", count: width)).prefix(width)) }
            let csv = SpreadsheetSafeCSV.render(header: header, rows: body)

            let (result, diagnostics) = CSVReader.read(Array(csv.utf8), path: "export.csv")
            #expect(diagnostics.map(\.compilerStyle) == [])
            guard let result else { return }
            let written = [header] + body
            let readBack = [result.header.map(\.text)] + result.rows.map { $0.fields.map(\.text) }
            #expect(readBack.count == written.count)
            for (readRow, writtenRow) in zip(readBack, written) {
                #expect(readRow.count == writtenRow.count)
                for (read, original) in zip(readRow, writtenRow) {
                    let startsLikeFormula = ["=", "+", "-", "@", "\t", "\r"].contains(original.unicodeScalars.first)
                    let isPlainNumber = original.wholeMatch(of: /[+-]?[0-9]+([.,][0-9]+)*/) != nil
                    #expect(read == (startsLikeFormula && !isPlainNumber ? "'" + original : original))
                }
            }
        }
    }
}
