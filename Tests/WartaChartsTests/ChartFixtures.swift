@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

/// Datasets built in code, shaped like the office's real statistics.
enum ChartFixtures {
    static let location = SourceLocation(path: "content/statistics/x.md")

    static func dataset(id: String = "x", title: String = "Judul", unit: String? = nil, updated: String? = "2024-11-12",
                        source: String = "BPS Kota", columns: [DatasetColumn], rows: [[DataValue]]) -> Dataset {
        Dataset(id: id, title: title, source: SourceCredit(name: source), updated: updated.flatMap { CalendarDay(iso: $0) },
                unit: unit, columns: columns, rows: rows, metadataLocation: location, csvLocation: location)
    }

    static let year = DatasetColumn(name: "tahun", label: "Tahun", kind: .year)
    static let povertyRate = DatasetColumn(name: "persen", label: "Persentase penduduk miskin", kind: .percent)

    /// The example: 4,45 % in 2023, 4,20 % in 2024.
    static let poverty = dataset(
        id: "kemiskinan", title: "Persentase penduduk miskin",
        columns: [year, povertyRate],
        rows: [[.number(2023), .number(4.45)], [.number(2024), .number(4.2)]])
    static let povertySpec = ChartSpec(kind: .line, x: "tahun", series: ["persen"])

    static let kecamatan = DatasetColumn(name: "kecamatan", label: "Kecamatan", kind: .category)
    static let kpm = DatasetColumn(name: "kpm", label: "Keluarga penerima PKH", kind: .number, unit: "KPM")

    static func byKecamatan(_ rows: [(String, Double?)], title: String = "Penerima PKH menurut kecamatan") -> Dataset {
        dataset(id: "pkh", title: title, columns: [kecamatan, kpm],
                rows: rows.map { [.text($0.0), $0.1.map(DataValue.number) ?? .missing] })
    }

    static func spec(_ kind: ChartSpec.Kind, x: String = "kecamatan", series: [String] = ["kpm"]) -> ChartSpec {
        ChartSpec(kind: kind, x: x, series: series)
    }

    static func chartData(_ dataset: Dataset, _ spec: ChartSpec) -> ChartData {
        ChartData(dataset: dataset, spec: spec, strings: .indonesian)!
    }
}
