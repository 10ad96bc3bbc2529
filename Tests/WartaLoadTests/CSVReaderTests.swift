import Foundation
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

@Suite struct CSVReaderTests {
    private func read(_ text: String, delimiter: UInt8? = nil) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        CSVReader.read(Array(text.utf8), path: "data.csv", delimiter: delimiter)
    }

    /// Header first, then the rows, as plain text.
    private func cells(_ text: String, delimiter: UInt8? = nil) -> [[String]] {
        let (table, diagnostics) = read(text, delimiter: delimiter)
        #expect(diagnostics.map(\.compilerStyle) == [])
        guard let table else { return [] }
        return [table.header.map(\.text)] + table.rows.map { $0.fields.map(\.text) }
    }

    private func errors(_ text: String) -> [String] {
        let (table, diagnostics) = read(text)
        #expect(table == nil)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        return diagnostics.map(\.compilerStyle)
    }

    private func errors(_ bytes: [UInt8]) -> [String] {
        let (table, diagnostics) = CSVReader.read(bytes, path: "data.csv")
        #expect(table == nil)
        return diagnostics.map(\.compilerStyle)
    }

    // MARK: Dialects

    @Test func commaSeparated() {
        #expect(cells("tahun,jumlah\n2023,11314\n2024,11.500\n") == [
            ["tahun", "jumlah"], ["2023", "11314"], ["2024", "11.500"],
        ])
    }

    @Test func semicolonSeparatedWithDecimalCommas() {
        #expect(cells("provinsi;persen\nAceh;14,45\nBali;4,20\n") == [
            ["provinsi", "persen"], ["Aceh", "14,45"], ["Bali", "4,20"],
        ])
    }

    @Test func tabSeparated() {
        #expect(cells("provinsi\tpersen\nAceh\t14,45\n\t\n") == [
            ["provinsi", "persen"], ["Aceh", "14,45"], ["", ""],
        ])
    }

    @Test func quotedValuesWithEscapesDelimitersAndLineBreaks() {
        let text = "nama,catatan\n\"Sulawesi Selatan, Makassar\",\"kata \"\"resmi\"\"\"\n\"baris satu\nbaris dua\",x\n"
        #expect(cells(text) == [
            ["nama", "catatan"],
            ["Sulawesi Selatan, Makassar", "kata \"resmi\""],
            ["baris satu\nbaris dua", "x"],
        ])
    }

    @Test func quotedLineBreaksAreKeptExactly() {
        #expect(cells("a\n\"1\r\n2\r3\"\n") == [["a"], ["1\r\n2\r3"]])
    }

    @Test func byteOrderMarkIsStripped() {
        let (table, diagnostics) = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("tahun,nilai\n2024,1\n".utf8), path: "data.csv")
        #expect(diagnostics.isEmpty)
        #expect(table?.header.map(\.text) == ["tahun", "nilai"])
        #expect(table?.header.first?.column == 1)
    }

    @Test func everyLineEndingIsAccepted() {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        #expect(cells("a,b\r\n1,2\r\n3,4\r\n") == expected)
        #expect(cells("a,b\r1,2\r3,4\r") == expected)
        #expect(cells("a,b\n1,2\r\n3,4") == expected)
        #expect(read("a,b\r1,2\r3,4").table?.rows.map(\.line) == [2, 3])
    }

    @Test func blankLinesAreSkippedButEmptyFieldsAreKept() {
        let (table, _) = read("\n\na,b\n\n   \n1,2\n,\n\n")
        #expect(table?.header.first?.line == 3)
        #expect(table?.rows.map(\.line) == [6, 7])
        #expect(table?.rows.map { $0.fields.map(\.text) } == [["1", "2"], ["", ""]])
    }

    @Test func headerWithoutRowsIsAnEmptyTable() {
        #expect(cells("a,b") == [["a", "b"]])
    }

    @Test func unquotedPaddingIsTrimmedQuotedTextIsNot() {
        #expect(cells("a , b\n  1 ,\t2\t\n \" x \" , y\n") == [["a", "b"], ["1", "2"], [" x ", "y"]])
    }

    @Test func delimiterGuessIgnoresQuotedText() {
        #expect(cells("\"a,b,c\";d\n1;2\n") == [["a,b,c", "d"], ["1", "2"]])
        #expect(cells("nama\nBudi, S.Pd.\n", delimiter: UInt8(ascii: ";")) == [["nama"], ["Budi, S.Pd."]])
    }

    @Test func givenDelimiterOverridesTheGuess() {
        #expect(cells("a;b,c\n1;2,3\n", delimiter: UInt8(ascii: ",")) == [["a;b", "c"], ["1;2", "3"]])
    }

    @Test func readsData() {
        let (table, diagnostics) = CSVReader.read(Data("a,b\n1,2\n".utf8), path: "data.csv")
        #expect(diagnostics.isEmpty)
        #expect(table?.rows.first?.fields.map(\.text) == ["1", "2"])
    }

    // MARK: Positions

    @Test func fieldPositionsCountScalarsAndFollowQuotedLineBreaks() throws {
        let text = "kota,catatan,nilai\n\"Denpasar 🌴\", é ,3\n\"dua\nbaris\",\"x\"\"y\" ,  \n"
        let table = try #require(read(text).table)
        let positions = table.rows.map { $0.fields.map { [$0.line, $0.column] } }
        #expect(positions == [
            [[2, 1], [2, 15], [2, 18]],
            [[3, 1], [4, 8], [4, 16]],
        ])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.header.map(\.column) == [1, 6, 14])
    }

    // MARK: Errors

    @Test func emptyFile() {
        let message = "data.csv:1:1: error: file is empty; expected a header line with column names"
        #expect(errors("") == [message])
        #expect(errors([0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x20, 0x0A]) == [message])
    }

    @Test func invalidUTF8IsReportedOncePerLine() {
        // "Café" and "Señor" saved as Windows-1252.
        let bytes = Array("nama,nilai\nCaf".utf8) + [0xE9] + Array(",1\nSe".utf8) + [0xF1, 0x6F, 0x72, 0xE9] + Array(",2\n".utf8)
        #expect(errors(bytes) == [
            "data.csv:2:4: error: invalid UTF-8 byte 0xE9 on line 2; the file must be saved as UTF-8",
            "data.csv:3:3: error: invalid UTF-8 byte 0xF1 on line 3; the file must be saved as UTF-8",
        ])
    }

    @Test(arguments: [
        [0xC0, 0x80],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // cut short
        [0xE2, 0x82, 0x41],  // third byte is not a continuation byte
        [0x80],  // stray continuation byte
    ] as [[UInt8]])
    func malformedSequencesAreInvalidUTF8(sequence: [UInt8]) {
        let bytes = Array("a\nx".utf8) + sequence
        #expect(errors(bytes) == [
            "data.csv:2:2: error: invalid UTF-8 byte 0x\(String(sequence[0], radix: 16, uppercase: true)) on line 2; the file must be saved as UTF-8"
        ])
    }

    @Test func unclosedQuotePointsAtTheOpeningQuote() {
        #expect(errors("a,b\n1,\"abc\n2,3\n") == ["data.csv:2:3: error: opening quote is never closed"])
    }

    @Test func textAfterClosingQuote() {
        #expect(errors("a,b\n\"5\"\" layar\",1\n\"x\" y,2\n") == [
            "data.csv:3:5: error: unexpected text after closing quote"
        ])
    }

    @Test func quoteInsideUnquotedValue() {
        #expect(errors("a,b\nlayar 5\",1\n") == ["data.csv:2:8: error: quote character inside an unquoted value"])
    }

    @Test func rowWithTooManyFieldsPointsAtTheFirstExtraField() {
        let (_, diagnostics) = read("provinsi,persen\nAceh,14,45\n")
        #expect(diagnostics.map(\.compilerStyle) == ["data.csv:2:9: error: row has 3 fields but the header has 2"])
        #expect(diagnostics.first?.hint == .quoteDecimalComma)
    }

    @Test func rowWithTooFewFieldsPointsAtTheLine() {
        #expect(errors("a,b,c\n1,2\n3\n") == [
            "data.csv:2:1: error: row has 2 fields but the header has 3",
            "data.csv:3:1: error: row has 1 field but the header has 3",
        ])
    }

    @Test func headerNamesMustBePresentAndUnique() {
        #expect(errors("tahun,,nilai,tahun,nilai,\n1,2,3,4,5,6\n") == [
            "data.csv:1:7: error: column 2 of the header has no name",
            "data.csv:1:14: error: duplicate column name \"tahun\" (also column 1)",
            "data.csv:1:20: error: duplicate column name \"nilai\" (also column 3)",
            "data.csv:1:26: error: column 6 of the header has no name",
        ])
    }

    @Test func allErrorsAreReportedAtOnceInFileOrder() {
        let bytes = Array("nama,nama\n\"x\"y,1,2\nab\"c,".utf8) + [0xFF] + Array("\n1\n\"open,2\n".utf8)
        #expect(errors(bytes) == [
            "data.csv:1:6: error: duplicate column name \"nama\" (also column 1)",
            "data.csv:2:4: error: unexpected text after closing quote",
            "data.csv:2:8: error: row has 3 fields but the header has 2",
            "data.csv:3:3: error: quote character inside an unquoted value",
            "data.csv:3:6: error: invalid UTF-8 byte 0xFF on line 3; the file must be saved as UTF-8",
            "data.csv:4:1: error: row has 1 field but the header has 2",
            "data.csv:5:1: error: opening quote is never closed",
        ])
    }

    // MARK: Properties

    static let lineBreak = Gen<String?>.element(of: ["\n", "\r\n", "\r"]).map { $0! }

    @Test func writtenTablesReadBackWithTheirPositions() async {
        let table = CSVCells.tricky.array(of: 1...4).array(of: 1...5)
        await propertyCheck(count: 500, input: table, Self.lineBreak, Gen.bool) { rows, lineBreak, endsWithLineBreak in
            let width = rows[0].count
            // Header names must be unique and non-empty; the other rows are padded to the header's width.
            let header = rows[0].enumerated().map { "\($0.offset)\($0.element)" }
            let body = rows.dropFirst().map { Array(($0 + Array(repeating: "", count: width)).prefix(width)) }
            let records = [header] + body

            var text = "\u{FEFF}"
            var expectedPositions: [[[Int]]] = []
            for (number, record) in records.enumerated() {
                var startOffset = text.unicodeScalars.count
                var positions: [[Int]] = []
                for cell in record {
                    positions.append(position(ofScalarOffset: startOffset, in: text + SpreadsheetSafeCSV.record(record)))
                    startOffset += SpreadsheetSafeCSV.quote(cell).unicodeScalars.count + 1
                }
                expectedPositions.append(positions)
                text += SpreadsheetSafeCSV.record(record)
                if number < records.count - 1 || endsWithLineBreak { text += lineBreak }
            }

            let (result, diagnostics) = CSVReader.read(Array(text.utf8), path: "data.csv")
            #expect(diagnostics.map(\.compilerStyle) == [])
            guard let result else { return }
            let fields = [result.header] + result.rows.map(\.fields)
            #expect(fields.map { $0.map(\.text) } == records)
            #expect(fields.map { $0.map { [$0.line, $0.column] } } == expectedPositions)
        }
    }

    /// 1-based line and column of a scalar offset, with the BOM taking no column.
    private func position(ofScalarOffset offset: Int, in text: String) -> [Int] {
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars.prefix(offset).dropFirst() {
            if scalar == "\n" && previous == "\r" {
                // Second half of a CRLF; the CR already started the new line.
            } else if scalar == "\n" || scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
        }
        return [line, column]
    }

    @Test func randomBytesGiveATableOrErrorsWithValidPositions() async {
        let interestingByte = Gen<UInt8?>.element(of: Array("\"\",;\t \r\na1".utf8) + [0xC3, 0xA9, 0xE2, 0xFF, 0xEF, 0xBB, 0xBF])
            .map { $0! }
        let anyByte = Gen.uint8()
        let bytes = Gen.oneOf(interestingByte, anyByte).array(of: 0...80)
        await propertyCheck(count: 2000, input: bytes) { bytes in
            let (table, diagnostics) = CSVReader.read(bytes, path: "fuzz.csv")
            #expect((table == nil) == !diagnostics.isEmpty)
            let reportsEncoding = diagnostics.contains { if case .dataset(.invalidUTF8Byte) = $0.message { true } else { false } }
            #expect(reportsEncoding == (String(validating: bytes, as: UTF8.self) == nil))
            let lineCount = 1 + bytes.indices.filter {
                bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) || bytes[$0] == 0x0D
            }.count
            for diagnostic in diagnostics {
                #expect(diagnostic.severity == .error)
                #expect((1...lineCount).contains(diagnostic.location.line))
                #expect((1...bytes.count + 1).contains(diagnostic.location.column))
            }
            if let table {
                #expect(!table.header.isEmpty)
                #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
            }
        }
    }
}
