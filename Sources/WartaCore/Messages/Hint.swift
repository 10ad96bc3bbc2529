/// A concrete next step printed under a message (`saran:` / `hint:`).
package enum Hint: MessageText {
    /// The name as it exists, from content or from Warta's own vocabulary; never translated.
    case didYouMean(String)
    case deletePastedControlCharacters
    case quoteValueWithColon
    case dateFormat
    case timeZoneNames
    case renameTo(String)
    case trailingDelimiter
    case quoteDecimalComma
    case quoteWholeValue
    case doubleTheQuotes
    case saveSpreadsheetAsUTF8
    case declareCategory
    case columns([String])
    case numericColumns([String])
    case useGrouped
    case splitChart
    /// The template line the parser stopped on.
    case templateLine(String)
    case moveToOwnTemplate
    case splitLargePage
    /// `id` or `en`.
    case setLocale(String)
    case chooseLocale
    case changeLocale(String)
    case writeNumbersOneWay
    case useNumberForFractions
    case declareColumns
    case usePivot(index: String, series: String, value: String)
    case addContactDetails
    case putLogoInMedia
    case linkStyles
    case installPagefind
    case buildMakesSearchIndex
    case runPagefindForDetails

    package enum Kind: CaseIterable, Hashable, Sendable {
        case didYouMean, deletePastedControlCharacters, quoteValueWithColon, dateFormat, timeZoneNames, renameTo,
             trailingDelimiter, quoteDecimalComma, quoteWholeValue, doubleTheQuotes, saveSpreadsheetAsUTF8, declareCategory,
             columns, numericColumns, useGrouped, splitChart, templateLine, moveToOwnTemplate, splitLargePage,
             setLocale, chooseLocale, changeLocale, writeNumbersOneWay, useNumberForFractions, declareColumns, usePivot,
             addContactDetails, putLogoInMedia, linkStyles, installPagefind, buildMakesSearchIndex, runPagefindForDetails
    }

    package var kind: Kind {
        switch self {
        case .didYouMean: .didYouMean
        case .deletePastedControlCharacters: .deletePastedControlCharacters
        case .quoteValueWithColon: .quoteValueWithColon
        case .dateFormat: .dateFormat
        case .timeZoneNames: .timeZoneNames
        case .renameTo: .renameTo
        case .trailingDelimiter: .trailingDelimiter
        case .quoteDecimalComma: .quoteDecimalComma
        case .quoteWholeValue: .quoteWholeValue
        case .doubleTheQuotes: .doubleTheQuotes
        case .saveSpreadsheetAsUTF8: .saveSpreadsheetAsUTF8
        case .declareCategory: .declareCategory
        case .columns: .columns
        case .numericColumns: .numericColumns
        case .useGrouped: .useGrouped
        case .splitChart: .splitChart
        case .templateLine: .templateLine
        case .moveToOwnTemplate: .moveToOwnTemplate
        case .splitLargePage: .splitLargePage
        case .setLocale: .setLocale
        case .chooseLocale: .chooseLocale
        case .changeLocale: .changeLocale
        case .writeNumbersOneWay: .writeNumbersOneWay
        case .useNumberForFractions: .useNumberForFractions
        case .declareColumns: .declareColumns
        case .usePivot: .usePivot
        case .addContactDetails: .addContactDetails
        case .putLogoInMedia: .putLogoInMedia
        case .linkStyles: .linkStyles
        case .installPagefind: .installPagefind
        case .buildMakesSearchIndex: .buildMakesSearchIndex
        case .runPagefindForDetails: .runPagefindForDetails
        }
    }

    package var rendering: Rendering {
        switch self {
        case .didYouMean(let name):
            Rendering(id: "maksud Anda \"\(name)\"?", en: "did you mean \"\(name)\"?")
        case .deletePastedControlCharacters:
            Rendering(id: "karakter seperti ini ikut terbawa saat menempel teks dari berkas PDF atau pengolah kata; hapuslah",
                      en: "such characters come with text pasted from PDF files or word processors; delete them")
        case .quoteValueWithColon:
            Rendering(id: "nilai yang memuat `: ` harus diberi tanda kutip, misalnya title: \"Bansos 2024: Tahap II\"",
                      en: "a value containing `: ` must be put in quotes, e.g. title: \"Bansos 2024: Tahap II\"")
        case .dateFormat:
            Rendering(id: "tulis sebagai TTTT-BB-HH (2024-11-12) atau dengan jam dan zona (2024-11-12T10:00:00+07:00)",
                      en: "write it as YYYY-MM-DD (2024-11-12) or with a time and offset (2024-11-12T10:00:00+07:00)")
        case .timeZoneNames:
            Rendering(id: "pakai nama seperti Asia/Pontianak, Asia/Jakarta, Asia/Makassar atau Asia/Jayapura",
                      en: "use a name such as Asia/Pontianak, Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
        case .renameTo(let name):
            Rendering(id: "ganti namanya menjadi \(name)", en: "rename it to \(name)")
        case .trailingDelimiter:
            Rendering(id: "pemisah di akhir baris menambah satu kolom kosong", en: "a delimiter at the end of the line adds an empty column")
        case .quoteDecimalComma:
            Rendering(id: "nilai yang memuat koma, seperti koma desimal pada 4,20, harus diapit tanda kutip ganda",
                      en: "a value containing a comma, such as the decimal comma in 4,20, must be in double quotes")
        case .quoteWholeValue:
            Rendering(id: "apit seluruh nilai dengan tanda kutip ganda dan tulis setiap tanda kutip di dalamnya sebagai dua (\"\"), misalnya \"5\"\" layar\"",
                      en: "put the whole value in double quotes and write each quote inside it as two quotes (\"\"), e.g. \"5\"\" layar\"")
        case .doubleTheQuotes:
            Rendering(id: "di dalam nilai yang dikutip, tulis tanda kutip sebagai dua tanda kutip (\"\")",
                      en: "inside a quoted value, write a quote character as two quotes (\"\")")
        case .saveSpreadsheetAsUTF8:
            Rendering(id: "di Excel pilih \"CSV UTF-8 (Comma delimited)\" saat menyimpan; di LibreOffice pilih set karakter \"Unicode (UTF-8)\"",
                      en: "in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving; in LibreOffice choose the character set \"Unicode (UTF-8)\"")
        case .declareCategory:
            Rendering(id: "nyatakan jenisnya sebagai year, date atau category", en: "declare it as year, date or category")
        case .columns(let names):
            Rendering(id: "kolom: \(Rendering.list(names))", en: "columns: \(Rendering.list(names))")
        case .numericColumns(let names):
            Rendering(id: "kolom angka: \(Rendering.list(names))", en: "numeric columns: \(Rendering.list(names))")
        case .useGrouped:
            Rendering(id: "pakai jenis grouped", en: "use kind: grouped")
        case .splitChart:
            Rendering(id: "pecah grafiknya atau tampilkan lebih sedikit deret", en: "split the chart or show fewer series")
        case .templateLine(let line):
            Rendering(id: "pada: \(line)", en: "in: \(line)")
        case .moveToOwnTemplate:
            Rendering(id: "pindahkan ke templat halamannya sendiri atau ke layout.mustache",
                      en: "move it into the page's own template or layout.mustache")
        case .splitLargePage:
            Rendering(id: "pecah isinya, atau sajikan tabel besar sebagai unduhan, bukan di halaman",
                      en: "split the content, or show a large table as a download rather than on the page")
        case .setLocale(let locale):
            Rendering(id: "tambahkan `locale: \(locale)` di metadata data ini", en: "add `locale: \(locale)` to this dataset's metadata")
        case .chooseLocale:
            Rendering(id: "tambahkan `locale: id` di metadata bila 1.234 berarti seribu lebih, atau `locale: en` bila berarti satu koma sekian",
                      en: "add `locale: id` to the metadata if 1.234 means over a thousand, or `locale: en` if it means one point something")
        case .changeLocale(let locale):
            Rendering(id: "ganti menjadi `locale: \(locale)`", en: "change it to `locale: \(locale)`")
        case .writeNumbersOneWay:
            Rendering(id: "tulis semua angka dalam berkas dengan cara yang sama (11.314 dan 4,20, atau 11,314 dan 4.20)",
                      en: "write every number in the file the same way (11.314 and 4,20, or 11,314 and 4.20)")
        case .useNumberForFractions:
            Rendering(id: "pakai `type: number` bila kolom ini memang berisi pecahan", en: "use `type: number` if the column really holds fractions")
        case .declareColumns:
            Rendering(id: "tulis `columns:` di metadata bila ada yang keliru", en: "write `columns:` in the metadata if any is wrong")
        case .usePivot(let index, let series, let value):
            Rendering(id: "untuk data format panjang tulis `pivot: {index: \(index), series: \(series), value: \(value)}`",
                      en: "for long-format data write `pivot: {index: \(index), series: \(series), value: \(value)}`")
        case .addContactDetails:
            Rendering(id: "tambahkan `phone:`, `whatsapp:`, `email:` atau `address:` di bawah `organisation:` pada site.yml",
                      en: "add `phone:`, `whatsapp:`, `email:` or `address:` under `organisation:` in site.yml")
        case .putLogoInMedia:
            Rendering(id: "simpan logo di content/media/ lalu tulis `logo: media/<berkas>`",
                      en: "put the logo in content/media/ and write `logo: media/<file>`")
        case .linkStyles:
            Rendering(id: "index.html: tautan berfungsi dari server web maupun dari disk; directory: alamat bersih, untuk situs di server web",
                      en: "index.html: links work from a web server and from disk; directory: clean addresses, for a site on a web server")
        case .installPagefind:
            Rendering(id: "pasang dengan `pip install pagefind-bin` (make site memasangnya), lalu bangun ulang",
                      en: "install it with `pip install pagefind-bin` (make site does), then build again")
        case .buildMakesSearchIndex:
            Rendering(id: "`warta build` membuat indeks pencarian situs yang diterbitkan",
                      en: "`warta build` makes the search index of the published site")
        case .runPagefindForDetails:
            Rendering(id: "situs diterbitkan tanpa pencarian; jalankan `pagefind --site output` untuk melihat pesan lengkapnya",
                      en: "the site is published without search; run `pagefind --site output` to see the whole message")
        }
    }
}
