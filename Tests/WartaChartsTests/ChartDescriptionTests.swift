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

@Suite struct ChartDescriptionTests {
    let renderer = ChartRenderer(strings: .indonesian)

    @Test func povertyExample() {
        #expect(renderer.describe(ChartFixtures.poverty, spec: ChartFixtures.povertySpec)
            == "Persentase penduduk miskin turun dari 4,45 % (2023) menjadi 4,20 % (2024).")
    }

    @Test func riseUnchangedAndSingleValue() {
        let rising = ChartFixtures.dataset(columns: [ChartFixtures.year, ChartFixtures.kpm], rows: [
            [.number(2022), .number(10_114)], [.number(2023), .missing], [.number(2024), .number(11_314)],
        ])
        let spec = ChartSpec(kind: .line, x: "tahun", series: ["kpm"])
        #expect(renderer.describe(rising, spec: spec)
            == "Keluarga penerima PKH naik dari 10.114 KPM (2022) menjadi 11.314 KPM (2024).")

        var flat = rising
        flat.rows = [[.number(2023), .number(5)], [.number(2024), .number(5)]]
        #expect(renderer.describe(flat, spec: spec) == "Keluarga penerima PKH tetap 5 KPM dari 2023 hingga 2024.")

        var single = rising
        single.rows = [[.number(2024), .number(5)]]
        #expect(renderer.describe(single, spec: spec) == "Keluarga penerima PKH: 5 KPM (2024).")
    }

    @Test func categoriesAreDescribedByHighestAndLowest() {
        let dataset = ChartFixtures.byKecamatan([("Bekasi Utara", 1_200), ("Rawalumbu", 300), ("Jatiasih", nil), ("Medan Satria", 950)])
        #expect(renderer.describe(dataset, spec: ChartFixtures.spec(.hbar))
            == "Tertinggi Bekasi Utara (1.200 KPM), terendah Rawalumbu (300 KPM).")
    }

    @Test func severalSeriesGiveOneClauseEach() {
        let dataset = ChartFixtures.dataset(unit: "jiwa", columns: [
            ChartFixtures.year,
            DatasetColumn(name: "l", label: "Laki-laki", kind: .number),
            DatasetColumn(name: "p", label: "Perempuan", kind: .number),
        ], rows: [[.number(2023), .number(12_000), .number(12_900)], [.number(2024), .number(11_314), .number(13_050)]])
        #expect(renderer.describe(dataset, spec: ChartSpec(kind: .line, x: "tahun", series: ["l", "p"]))
            == "Laki-laki turun dari 12.000 jiwa (2023) menjadi 11.314 jiwa (2024); "
            + "Perempuan naik dari 12.900 jiwa (2023) menjadi 13.050 jiwa (2024).")
    }

    @Test func keyFiguresAreDescribedWithTheirChange() {
        let spec = ChartSpec(kind: .figure, x: "tahun", series: ["persen"])
        #expect(renderer.describe(ChartFixtures.poverty, spec: spec)
            == "Persentase penduduk miskin: 4,20 % (2024), turun 0,25 poin dibanding 2023.")
    }

    @Test func nothingToChartIsSaid() {
        let empty = ChartFixtures.dataset(title: "Kosong", columns: [ChartFixtures.year, ChartFixtures.povertyRate], rows: [])
        #expect(renderer.describe(empty, spec: ChartFixtures.povertySpec) == "Kosong: tidak ada data.")
        #expect(renderer.describe(ChartFixtures.poverty, spec: ChartSpec(kind: .line, x: "tahun", series: ["nope"]))
            == "Persentase penduduk miskin: tidak ada data.")
    }
}
