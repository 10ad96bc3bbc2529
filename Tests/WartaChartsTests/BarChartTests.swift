import Foundation
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

@Suite struct BarChartTests {
    private func chart(_ dataset: Dataset, _ spec: ChartSpec) -> BarChart {
        BarChart(data: ChartFixtures.chartData(dataset, spec), kind: spec.kind, strings: .indonesian)
    }

    @Test func barsStartAtZeroEvenForNarrowValues() {
        let dataset = ChartFixtures.dataset(columns: [ChartFixtures.year, ChartFixtures.povertyRate], rows: [
            [.number(2022), .number(4.3)], [.number(2023), .number(4.45)], [.number(2024), .number(4.2)],
        ])
        let chart = chart(dataset, ChartSpec(kind: .bar, x: "tahun", series: ["persen"]))
        #expect(chart.orientation == .vertical)
        #expect(chart.ticks.values == [0, 1, 2, 3, 4, 5])
        let zero = chart.scale(0)
        for bar in chart.bars {
            #expect(abs(bar.rect.maxY - zero) < 0.01)
            #expect(abs(bar.rect.height - (zero - chart.scale(bar.value))) < 0.01)
        }
        #expect(chart.bars.map { $0.label?.text } == ["4,30 %", "4,45 %", "4,20 %"])
        #expect(chart.bars.map(\.tooltip) == ["2022: 4,30 %", "2023: 4,45 %", "2024: 4,20 %"])
    }

    @Test func negativeValuesHangBelowTheZeroLine() {
        let dataset = ChartFixtures.byKecamatan([("A", 15), ("B", -7.5), ("C", 3)])
        let chart = chart(dataset, ChartFixtures.spec(.bar))
        let zero = chart.scale(0)
        let negative = chart.bars[1]
        #expect(abs(negative.rect.minY - zero) < 0.01)
        #expect(negative.rect.maxY > zero)
        #expect(negative.label!.position.y > negative.rect.maxY)
        #expect(chart.ticks.lower < 0 && chart.ticks.upper > 0)

        let horizontal = self.chart(dataset, ChartFixtures.spec(.hbar))
        let bar = horizontal.bars[1]
        #expect(abs(bar.rect.maxX - horizontal.scale(0)) < 0.01)
        #expect(horizontal.bars[1].label?.anchor == .end)
    }

    @Test func missingValuesDrawNoBarButAMarker() {
        let dataset = ChartFixtures.byKecamatan([("A", 10), ("B", nil), ("C", 30)])
        for kind in [ChartSpec.Kind.bar, .hbar] {
            let chart = chart(dataset, ChartFixtures.spec(kind))
            #expect(chart.bars.map(\.category) == [0, 2])
            #expect(chart.missing.map(\.category) == [1])
            #expect(chart.missing[0].text.text == "tidak ada data")
            #expect(chart.missing[0].tooltip == "B: tidak ada data")
            #expect(chart.missing[0].rotated == (kind == .bar))
        }
    }

    @Test func fortyCategoriesTurnHorizontalAndGrowTall() {
        let rows = (1...40).map { ("Kelurahan \($0)", Double($0 * 10)) }
        let chart = chart(ChartFixtures.byKecamatan(rows), ChartFixtures.spec(.bar))
        #expect(chart.orientation == .horizontal)
        #expect(chart.categoryLabels.count == 40)
        let ys = chart.categoryLabels.map(\.position.y)
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= ChartTheme.lineHeight })
        #expect(chart.height > 40 * ChartTheme.lineHeight)
        #expect(chart.categoryLabels.allSatisfy { $0.fullText == nil })
    }

    @Test func fewShortCategoriesStayVertical() {
        let chart = chart(ChartFixtures.byKecamatan([("A", 1), ("B", 2), ("C", 3)]), ChartFixtures.spec(.bar))
        #expect(chart.orientation == .vertical)
        #expect(chart.categoryLabels.map(\.text) == ["A", "B", "C"])
    }

    @Test func veryLongLabelsAreCutWithTheFullTextKept() {
        let long = "Kelurahan dengan nama yang sangat panjang sekali sehingga tidak mungkin muat dalam dua baris"
        let chart = chart(ChartFixtures.byKecamatan([(long, 5), ("Pendek", 3)]), ChartFixtures.spec(.hbar))
        let label = chart.categoryLabels[0]
        #expect(label.lines.count == 2)
        #expect(label.lines[1].hasSuffix("…"))
        #expect(label.fullText == long)
        #expect(label.lines.allSatisfy { TextMetrics.width(of: $0) <= ChartTheme.width * 0.38 })
        let svg = chart.drawing(idPrefix: "c").nodes.map(\.serialized).joined()
        #expect(svg.contains("<title>\(long)</title>"))
    }

    @Test func groupedBarsSitSideBySideAndStackedOnTop() {
        let dataset = ChartFixtures.dataset(unit: "jiwa", columns: [
            ChartFixtures.year,
            DatasetColumn(name: "l", label: "Laki-laki", kind: .number),
            DatasetColumn(name: "p", label: "Perempuan", kind: .number),
        ], rows: [[.number(2023), .number(10), .number(20)], [.number(2024), .number(15), .number(5)]])

        let grouped = chart(dataset, ChartSpec(kind: .grouped, x: "tahun", series: ["l", "p"]))
        #expect(grouped.arrangement == .grouped)
        #expect(grouped.bars[0].rect.maxX <= grouped.bars[1].rect.minX)

        let stacked = chart(dataset, ChartSpec(kind: .stacked, x: "tahun", series: ["l", "p"]))
        #expect(stacked.arrangement == .stacked)
        #expect(stacked.orientation == .vertical)
        let (lower, upper) = (stacked.bars[0].rect, stacked.bars[1].rect)
        #expect(abs(lower.minY - upper.maxY) < 0.01)
        #expect(abs(upper.minY - stacked.scale(30)) < 0.01)
        #expect(stacked.totals.map(\.text) == ["30", "20"])
    }

    @Test func everyBarOfASecondSeriesCarriesAPattern() {
        let dataset = ChartFixtures.dataset(columns: [
            ChartFixtures.kecamatan,
            DatasetColumn(name: "a", label: "A", kind: .number),
            DatasetColumn(name: "b", label: "B", kind: .number),
        ], rows: [[.text("X"), .number(1), .number(2)]])
        let drawing = chart(dataset, ChartSpec(kind: .grouped, x: "kecamatan", series: ["a", "b"])).drawing(idPrefix: "c")
        let svg = drawing.nodes.map(\.serialized).joined()
        #expect(svg.components(separatedBy: "url(#c-pattern-2)").count - 1 == 2)  // legend swatch and bar
        #expect(drawing.defs.count == 1)
    }
}
