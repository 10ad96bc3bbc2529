/// Problems with a chart: its spec, and the spec against its dataset.
package enum ChartMessage: MessageText {
    case unknownType(String, allowed: [String])
    case unknownColumn(role: Role, name: String, dataset: String)
    case numericX(column: String)
    case noSeries
    case seriesTwice(String)
    /// `kind` is the column's type as written in metadata (`category`, `year` …).
    case seriesNotNumeric(String, kind: String)
    case stackedNegative(series: String)
    case tooManySeries(Int, limit: Int)
    case tooManyRows(dataset: String, rows: Int, limit: Int)
    case noRows(dataset: String)

    /// Which of a chart's fields names the column: `x` or `series`, as written in the spec.
    package enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        case x, series
    }

    package enum Kind: CaseIterable, Hashable, Sendable {
        case unknownType, unknownColumn, numericX, noSeries, seriesTwice, seriesNotNumeric, stackedNegative, tooManySeries,
             tooManyRows, noRows
    }

    package var kind: Kind {
        switch self {
        case .unknownType: .unknownType
        case .unknownColumn: .unknownColumn
        case .numericX: .numericX
        case .noSeries: .noSeries
        case .seriesTwice: .seriesTwice
        case .seriesNotNumeric: .seriesNotNumeric
        case .stackedNegative: .stackedNegative
        case .tooManySeries: .tooManySeries
        case .tooManyRows: .tooManyRows
        case .noRows: .noRows
        }
    }

    package var rendering: Rendering {
        switch self {
        case .unknownType(let type, let allowed):
            Rendering(id: "jenis grafik `\(type)` tidak dikenal; pakai salah satu: \(Rendering.list(allowed))",
                      en: "unknown chart type `\(type)`; use one of: \(Rendering.list(allowed))")
        case .unknownColumn(let role, let name, let dataset):
            Rendering(id: "kolom \"\(name)\" pada `\(role.rawValue)` grafik bukan kolom data \"\(dataset)\"",
                      en: "chart \(role.rawValue) column \"\(name)\" is not a column of dataset \"\(dataset)\"")
        case .numericX(let column):
            Rendering(id: "kolom x grafik \"\(column)\" berisi angka; nilainya digambar sebagai kategori",
                      en: "chart x column \"\(column)\" is numeric; its values are drawn as categories")
        case .noSeries:
            Rendering(id: "grafik tidak punya deret angka", en: "chart has no series")
        case .seriesTwice(let name):
            Rendering(id: "deret \"\(name)\" disebut dua kali", en: "chart series \"\(name)\" is listed twice")
        case .seriesNotNumeric(let name, let kind):
            Rendering(id: "kolom deret \"\(name)\" bukan angka (\(kind))", en: "chart series column \"\(name)\" is not numeric (\(kind))")
        case .stackedNegative(let series):
            Rendering(id: "deret bertumpuk \"\(series)\" memuat nilai negatif, yang bertumpuk di bawah nol dan menyembunyikan jumlahnya",
                      en: "stacked chart series \"\(series)\" has negative values, which stack below zero and hide the totals")
        case .tooManySeries(let count, let limit):
            Rendering(id: "grafik punya \(count) deret; lebih dari \(limit), warna dan penandanya berulang",
                      en: "chart has \(count) series; beyond \(limit) their colours and markers repeat")
        case .tooManyRows(let dataset, let rows, let limit):
            Rendering(id: "data \"\(dataset)\" punya \(rows) baris, terlalu banyak untuk grafik yang terbaca (paling banyak \(limit)); halamannya hanya menampilkan tabel dan unduhan",
                      en: "dataset \"\(dataset)\" has \(Rendering.english(rows, "row", "rows")), more than a readable chart can show (\(limit)); its page shows the table and downloads only")
        case .noRows(let dataset):
            Rendering(id: "data \"\(dataset)\" tidak punya baris; grafik akan menyatakan datanya tidak ada",
                      en: "dataset \"\(dataset)\" has no rows; the chart will say there is no data")
        }
    }
}
