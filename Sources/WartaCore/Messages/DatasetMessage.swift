/// Problems with a dataset: its metadata (`statistics/<id>.md`) and its table (`<id>.csv`).
package enum DatasetMessage: MessageText {
    /// What contradicts cells written one way: nothing (the file is read that way), the metadata's
    /// `locale`, or that many other cells written the other way.
    package enum StyleConflict: Hashable, Sendable, Codable {
        case nothing, declaredLocale, otherCells(Int)
    }

    case badFileName
    case unknownColumnType(String, allowed: [String])
    case updatedNotADate
    case badLocale
    case badDelimiter
    case csvMissing(path: String)
    case columnNotInHeader(String, header: [String])
    case notAYear(value: String, column: String)
    case notADate(value: String, column: String)
    /// `decimalComma`: the dataset writes numbers the Indonesian way (11.314 and 4,20).
    case notANumber(value: String, column: String, decimalComma: Bool)
    case emptyCSV
    case unnamedHeaderColumn(Int)
    case duplicateColumnName(String, firstColumn: Int)
    case rowWidth(fields: Int, header: Int)
    case quoteInUnquotedValue
    case unclosedQuote
    case textAfterClosingQuote
    /// `byte` as written in the message, `0xE9`.
    case invalidUTF8Byte(byte: String, line: Int)
    /// A cell that is one number written the Indonesian way and another written the English way.
    case ambiguousNumber(value: String, column: String, asIndonesian: Double, asEnglish: Double)
    /// `count` cells that can be read only one way (`english`: 4.45 or 11,314), and what says otherwise.
    case cellsInOtherStyle(count: Int, first: String, english: Bool, against: StyleConflict)
    case fractionInCount(value: String, column: String)
    /// `columns` as `name: type`, for the note on types Warta guessed.
    case inferredColumns([String])
    case titleRowsSkipped(Int)
    case footerRowsAsNotes(Int)
    case blankRowsDropped(Int)
    case headerRowOutOfRange(Int, records: Int)
    case totalRowMismatch(label: String, column: String, written: Double, sum: Double)
    case repeatedX(value: String, column: String, lines: [Int])
    case pivotCellTwice(index: String, series: String, lines: [Int])
    case whereMatchesNothing(column: String)
    case missingPortalField(String)

    package enum Kind: CaseIterable, Hashable, Sendable {
        case badFileName, unknownColumnType, updatedNotADate, badLocale, badDelimiter, csvMissing, columnNotInHeader, notAYear,
             notADate, notANumber, emptyCSV, unnamedHeaderColumn, duplicateColumnName, rowWidth, quoteInUnquotedValue,
             unclosedQuote, textAfterClosingQuote, invalidUTF8Byte, ambiguousNumber, cellsInOtherStyle, fractionInCount,
             inferredColumns, titleRowsSkipped, footerRowsAsNotes, blankRowsDropped, headerRowOutOfRange, totalRowMismatch,
             repeatedX, pivotCellTwice, whereMatchesNothing, missingPortalField
    }

    package var kind: Kind {
        switch self {
        case .badFileName: .badFileName
        case .unknownColumnType: .unknownColumnType
        case .updatedNotADate: .updatedNotADate
        case .badLocale: .badLocale
        case .badDelimiter: .badDelimiter
        case .csvMissing: .csvMissing
        case .columnNotInHeader: .columnNotInHeader
        case .notAYear: .notAYear
        case .notADate: .notADate
        case .notANumber: .notANumber
        case .emptyCSV: .emptyCSV
        case .unnamedHeaderColumn: .unnamedHeaderColumn
        case .duplicateColumnName: .duplicateColumnName
        case .rowWidth: .rowWidth
        case .quoteInUnquotedValue: .quoteInUnquotedValue
        case .unclosedQuote: .unclosedQuote
        case .textAfterClosingQuote: .textAfterClosingQuote
        case .invalidUTF8Byte: .invalidUTF8Byte
        case .ambiguousNumber: .ambiguousNumber
        case .cellsInOtherStyle: .cellsInOtherStyle
        case .fractionInCount: .fractionInCount
        case .inferredColumns: .inferredColumns
        case .titleRowsSkipped: .titleRowsSkipped
        case .footerRowsAsNotes: .footerRowsAsNotes
        case .blankRowsDropped: .blankRowsDropped
        case .headerRowOutOfRange: .headerRowOutOfRange
        case .totalRowMismatch: .totalRowMismatch
        case .repeatedX: .repeatedX
        case .pivotCellTwice: .pivotCellTwice
        case .whereMatchesNothing: .whereMatchesNothing
        case .missingPortalField: .missingPortalField
        }
    }

    package var rendering: Rendering {
        switch self {
        case .badFileName:
            Rendering(id: "nama berkas data hanya boleh memakai huruf kecil, angka dan tanda hubung (misalnya kemiskinan-2024.md)",
                      en: "dataset file names may use only lowercase letters, digits and hyphens (e.g. kemiskinan-2024.md)")
        case .unknownColumnType(let type, let allowed):
            Rendering(id: "jenis kolom `\(type)` tidak dikenal; pakai salah satu: \(Rendering.list(allowed))",
                      en: "unknown column type `\(type)`; use one of: \(Rendering.list(allowed))")
        case .updatedNotADate:
            Rendering(id: "`updated` harus tanggal yang ditulis TTTT-BB-HH", en: "`updated` must be a date written YYYY-MM-DD")
        case .badLocale:
            Rendering(id: "`locale` harus `id` (4,20 dan 11.314) atau `en` (4.20 dan 11,314)",
                      en: "`locale` must be `id` (4,20 and 11.314) or `en` (4.20 and 11,314)")
        case .badDelimiter:
            Rendering(id: "`delimiter` harus \",\", \";\" atau \"tab\"", en: "`delimiter` must be \",\", \";\" or \"tab\"")
        case .csvMissing(let path):
            Rendering(id: "berkas data \(path) tidak ada; setiap data perlu berkas .csv di samping .md-nya",
                      en: "the data file \(path) is missing; every dataset needs a .csv beside its .md")
        case .columnNotInHeader(let column, let header):
            Rendering(id: "kolom `\(column)` tidak ada di baris judul CSV (\(Rendering.list(header)))",
                      en: "column `\(column)` is not in the CSV header (\(Rendering.list(header)))")
        case .notAYear(let value, let column):
            Rendering(id: "`\(value)` di kolom `\(column)` bukan tahun (tulis seperti 2024)",
                      en: "`\(value)` in column `\(column)` is not a year (write it as 2024)")
        case .notADate(let value, let column):
            Rendering(id: "`\(value)` di kolom `\(column)` bukan tanggal (tulis sebagai TTTT-BB-HH)",
                      en: "`\(value)` in column `\(column)` is not a date (write it as YYYY-MM-DD)")
        case .notANumber(let value, let column, let decimalComma):
            Rendering(id: "`\(value)` di kolom `\(column)` bukan angka (tulis angka seperti \(decimalComma ? "11.314 atau 4,20" : "11,314 atau 4.20"); kosongkan sel bila datanya tidak ada)",
                      en: "`\(value)` in column `\(column)` is not a number (write numbers like \(decimalComma ? "11.314 or 4,20" : "11,314 or 4.20"); leave the cell empty when there is no data)")
        case .emptyCSV:
            Rendering(id: "berkas kosong; baris pertama harus berisi nama-nama kolom", en: "file is empty; expected a header line with column names")
        case .unnamedHeaderColumn(let column):
            Rendering(id: "kolom ke-\(column) pada baris judul tidak bernama", en: "column \(column) of the header has no name")
        case .duplicateColumnName(let name, let firstColumn):
            Rendering(id: "nama kolom \"\(name)\" dipakai dua kali (juga kolom ke-\(firstColumn))",
                      en: "duplicate column name \"\(name)\" (also column \(firstColumn))")
        case .rowWidth(let fields, let header):
            Rendering(id: "baris ini berisi \(fields) nilai, padahal baris judul berisi \(header)",
                      en: "row has \(Rendering.english(fields, "field", "fields")) but the header has \(header)")
        case .quoteInUnquotedValue:
            Rendering(id: "ada tanda kutip di dalam nilai yang tidak dikutip", en: "quote character inside an unquoted value")
        case .unclosedQuote:
            Rendering(id: "tanda kutip pembuka tidak pernah ditutup", en: "opening quote is never closed")
        case .textAfterClosingQuote:
            Rendering(id: "ada teks setelah tanda kutip penutup", en: "unexpected text after closing quote")
        case .invalidUTF8Byte(let byte, let line):
            Rendering(id: "bita \(byte) pada baris \(line) bukan UTF-8; berkas harus disimpan sebagai UTF-8",
                      en: "invalid UTF-8 byte \(byte) on line \(line); the file must be saved as UTF-8")
        case .ambiguousNumber(let value, let column, let asIndonesian, let asEnglish):
            Rendering(id: "`\(value)` di kolom `\(column)` bisa dibaca \(Self.plain(asIndonesian, comma: true)) (cara Indonesia) atau \(Self.plain(asEnglish, comma: true)) (cara Inggris), dan berkas ini tidak menentukan yang mana",
                      en: "`\(value)` in column `\(column)` reads as \(Self.plain(asIndonesian, comma: false)) the Indonesian way or \(Self.plain(asEnglish, comma: false)) the English way, and nothing in this file settles which")
        case .cellsInOtherStyle(let count, let first, let english, let against):
            Rendering(id: "\(count) sel ditulis dengan \(english ? "titik desimal dan koma ribuan" : "koma desimal dan titik ribuan") (yang pertama `\(first)`)" + {
                switch against {
                case .nothing: "; semuanya dibaca dengan cara itu"
                case .declaredLocale: ", padahal `locale` data ini menyatakan sebaliknya"
                case .otherCells(let others): ", padahal \(others) sel lain ditulis sebaliknya"
                }
            }(), en: "\(Rendering.english(count, "cell is", "cells are")) written with \(english ? "a decimal point and thousands commas" : "a decimal comma and thousands points") (the first `\(first)`)" + {
                switch against {
                case .nothing: "; all are read that way"
                case .declaredLocale: ", but this dataset's `locale` says otherwise"
                case .otherCells(let others): ", but \(Rendering.english(others, "other cell is", "other cells are")) written the other way"
                }
            }())
        case .fractionInCount(let value, let column):
            Rendering(id: "`\(value)` di kolom `\(column)` berisi pecahan, padahal kolom ini menghitung (type: count)",
                      en: "`\(value)` in column `\(column)` has a fraction, but the column counts things (type: count)")
        case .inferredColumns(let columns):
            Rendering(id: "jenis kolom ditebak dari isinya: \(Rendering.list(columns))", en: "column types guessed from the cells: \(Rendering.list(columns))")
        case .titleRowsSkipped(let count):
            Rendering(id: "\(count) baris judul di atas nama kolom dilewati", en: "\(Rendering.english(count, "title row", "title rows")) above the column names skipped")
        case .footerRowsAsNotes(let count):
            Rendering(id: "\(count) baris keterangan di bawah tabel (Sumber, Catatan …) dijadikan catatan data",
                      en: "\(Rendering.english(count, "footer row", "footer rows")) below the table (Sumber, Catatan …) made into the dataset's notes")
        case .blankRowsDropped(let count):
            Rendering(id: "\(count) baris kosong (hanya pemisah) dibuang", en: "\(Rendering.english(count, "blank row", "blank rows")) (only delimiters) dropped")
        case .headerRowOutOfRange(let row, let records):
            Rendering(id: "`header_row: \(row)` melewati akhir berkas, yang hanya berisi \(records) baris",
                      en: "`header_row: \(row)` is past the end of the file, which has only \(Rendering.english(records, "row", "rows"))")
        case .totalRowMismatch(let label, let column, let written, let sum):
            Rendering(id: "baris jumlah \"\(label)\" di kolom `\(column)` berisi \(Self.plain(written, comma: true)), padahal jumlah baris di atasnya \(Self.plain(sum, comma: true))",
                      en: "total row \"\(label)\" has \(Self.plain(written, comma: false)) in column `\(column)`, but the rows above add up to \(Self.plain(sum, comma: false))")
        case .repeatedX(let value, let column, let lines):
            Rendering(id: "\"\(value)\" muncul lebih dari sekali di kolom `\(column)` (baris \(Self.lines(lines))); grafik akan mencampur wilayah atau kelompok",
                      en: "\"\(value)\" appears more than once in column `\(column)` (lines \(Self.lines(lines))); a chart would mix regions or groups")
        case .pivotCellTwice(let index, let series, let lines):
            Rendering(id: "\"\(index)\" dan \"\(series)\" muncul bersama lebih dari sekali (baris \(Self.lines(lines)))",
                      en: "\"\(index)\" with \"\(series)\" appears more than once (lines \(Self.lines(lines)))")
        case .whereMatchesNothing(let column):
            Rendering(id: "saringan `where` pada kolom `\(column)` tidak cocok dengan baris mana pun",
                      en: "the `where` filter on column `\(column)` matches no row")
        case .missingPortalField(let field):
            Rendering(id: "metadata Satu Data `\(field)` belum diisi; portal data memerlukannya",
                      en: "the Satu Data field `\(field)` is missing; data portals need it")
        }
    }

    /// A number without grouping, so it cannot itself be misread: `1234`, `1,234` (id) or `1.234` (en).
    private static func plain(_ value: Double, comma: Bool) -> String {
        NumberStyle(groupSeparator: "", decimalSeparator: comma ? "," : ".")
            .format(value, fractionDigits: NumberStyle.fractionDigits(of: value, limit: 6))
    }

    private static func lines(_ lines: [Int]) -> String {
        let shown = lines.prefix(5).map(String.init).joined(separator: ", ")
        return lines.count > 5 ? shown + ", …" : shown
    }
}
