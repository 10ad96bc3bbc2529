/// Problems with a dataset: its metadata (`statistics/<id>.md`) and its table (`<id>.csv`).
package enum DatasetMessage: MessageText {
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

    package enum Kind: CaseIterable, Hashable, Sendable {
        case badFileName, unknownColumnType, updatedNotADate, badLocale, badDelimiter, csvMissing, columnNotInHeader, notAYear,
             notADate, notANumber, emptyCSV, unnamedHeaderColumn, duplicateColumnName, rowWidth, quoteInUnquotedValue,
             unclosedQuote, textAfterClosingQuote, invalidUTF8Byte
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
        }
    }
}
