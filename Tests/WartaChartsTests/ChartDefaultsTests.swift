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

@Suite struct ChartDefaultsTests {
    @Test func yearsGiveALine() {
        #expect(ChartDefaults.spec(for: ChartFixtures.poverty) == ChartSpec(kind: .line, x: "tahun", series: ["persen"]))
    }

    @Test func fewShortCategoriesGiveBarsAndLongOrManyGiveHorizontalBars() {
        #expect(ChartDefaults.spec(for: ChartFixtures.byKecamatan([("A", 1), ("B", 2)]))?.kind == .bar)
        #expect(ChartDefaults.spec(for: ChartFixtures.byKecamatan([("Kelurahan Pondok Melati", 1), ("B", 2)]))?.kind == .hbar)
        #expect(ChartDefaults.spec(for: ChartFixtures.byKecamatan((1...9).map { ("K\($0)", Double($0)) }))?.kind == .hbar)
    }

    @Test func severalNumbersPerCategoryAreGrouped() {
        let dataset = ChartFixtures.dataset(columns: [
            ChartFixtures.kecamatan, ChartFixtures.kpm, DatasetColumn(name: "jiwa", label: "Jiwa", kind: .number),
        ], rows: [[.text("A"), .number(1), .number(2)], [.text("B"), .number(3), .number(4)]])
        #expect(ChartDefaults.spec(for: dataset) == ChartSpec(kind: .grouped, x: "kecamatan", series: ["kpm", "jiwa"]))
    }

    @Test func oneRowIsAKeyFigure() {
        var dataset = ChartFixtures.poverty
        dataset.rows = [[.number(2024), .number(4.2)]]
        #expect(ChartDefaults.spec(for: dataset)?.kind == .figure)
    }

    @Test func nothingChartable() {
        let onlyText = ChartFixtures.dataset(columns: [ChartFixtures.kecamatan], rows: [[.text("A")]])
        #expect(ChartDefaults.spec(for: onlyText) == nil)
        var empty = ChartFixtures.poverty
        empty.rows = []
        #expect(ChartDefaults.spec(for: empty) == nil)
    }
}
