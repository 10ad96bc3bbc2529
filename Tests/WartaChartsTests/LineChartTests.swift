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

@Suite struct LineChartTests {
    private func chart(_ dataset: Dataset, _ spec: ChartSpec) -> LineChart {
        LineChart(data: ChartFixtures.chartData(dataset, spec), strings: .indonesian)
    }

    private func years(_ values: [Double?]) -> Dataset {
        ChartFixtures.dataset(columns: [ChartFixtures.year, ChartFixtures.povertyRate],
                              rows: values.enumerated().map { [.number(Double(2018 + $0.offset)), $0.element.map(DataValue.number) ?? .missing] })
    }

    @Test func narrowRateGetsACutAxisThatSaysSo() {
        let chart = chart(years([3.9, 4.1, 4.6]), ChartFixtures.povertySpec)
        #expect(chart.ticks.values == [3.8, 4.0, 4.2, 4.4, 4.6])
        #expect(!chart.includesZero)
        let drawing = chart.drawing(strings: .indonesian, idPrefix: "c")
        #expect(drawing.notes == [UIStrings.indonesian.chartAxisNotAtZero])
        #expect(drawing.nodes.contains { $0.serialized.contains("class=\"wc-break\"") })
        // The strip under the lowest tick holds the break mark.
        #expect(chart.yScale(3.8) == chart.plot.maxY - LineChart.cutRoom)
    }

    @Test func valuesNearZeroStartTheAxisAtZero() {
        let chart = chart(years([1.5, 4.45]), ChartFixtures.povertySpec)
        #expect(chart.ticks.values == [0, 1, 2, 3, 4, 5])
        #expect(chart.includesZero)
        #expect(chart.drawing(strings: .indonesian, idPrefix: "c").notes.isEmpty)
    }

    @Test func missingValuesBreakTheLine() {
        let chart = chart(years([4.7, 4.6, nil, 4.5, 4.4]), ChartFixtures.povertySpec)
        let series = chart.series[0]
        #expect(series.segments.map(\.count) == [2, 2])
        #expect(series.points.map(\.index) == [0, 1, 3, 4])
        #expect(!series.points.contains { $0.value == 0 })
        // The gap keeps its place on the time axis: 2021 lies between 2020 and 2022.
        let xs = series.points.map(\.position.x)
        #expect(abs((xs[2] - xs[1]) - 2 * (xs[1] - xs[0])) < 0.01)
    }

    @Test func singlePointIsADotWithItsLabel() {
        let chart = chart(years([4.2]), ChartFixtures.povertySpec)
        let series = chart.series[0]
        #expect(series.points.count == 1)
        #expect(series.segments == [[series.points[0].position]])
        #expect(series.valueLabels.map(\.text) == ["4,2 %"])
        #expect(chart.includesZero)
        #expect(abs(series.points[0].position.x - chart.plot.midX) < 0.01)
        let svg = chart.drawing(strings: .indonesian, idPrefix: "c").nodes.map(\.serialized).joined()
        #expect(svg.contains("<circle class=\"wc-marker wc-s1\""))
        #expect(!svg.contains("class=\"wc-line"))
    }

    @Test func tooltipsAndLabelsUseIndonesianNumbers() {
        let chart = chart(ChartFixtures.poverty, ChartFixtures.povertySpec)
        #expect(chart.series[0].points.map(\.tooltip) == ["2023: 4,45 %", "2024: 4,20 %"])
        #expect(chart.series[0].valueLabels.map(\.text) == ["4,45 %", "4,20 %"])
        #expect(chart.tickLabels.map(\.text) == ["4,20", "4,25", "4,30", "4,35", "4,40", "4,45"])
    }

    @Test func severalSeriesGetSeparatedEndLabelsAndALegend() {
        let dataset = ChartFixtures.dataset(unit: "jiwa", columns: [
            ChartFixtures.year,
            DatasetColumn(name: "l", label: "Laki-laki", kind: .number),
            DatasetColumn(name: "p", label: "Perempuan", kind: .number),
        ], rows: [[.number(2023), .number(12_000), .number(12_050)], [.number(2024), .number(11_314), .number(11_320)]])
        let chart = chart(dataset, ChartSpec(kind: .line, x: "tahun", series: ["l", "p"]))
        #expect(chart.header.legend?.entries.map(\.label) == ["Laki-laki", "Perempuan"])
        let labels = chart.series.flatMap(\.valueLabels)
        #expect(labels.map(\.text).sorted() == ["11.314", "11.320"])
        #expect(abs(labels[0].position.y - labels[1].position.y) >= ChartTheme.lineHeight - 0.01)
        #expect(chart.series[0].points[1].tooltip == "Laki-laki, 2024: 11.314 jiwa")
    }

    @Test func manyPeriodsThinTheAxisLabelsButKeepTheLatest() {
        let chart = chart(years((0..<40).map { 4 + Double($0 % 7) / 10 }), ChartFixtures.povertySpec)
        #expect(chart.xLabels.count < 40)
        #expect(chart.xLabels.last?.text == "2057")
        let xs = chart.xLabels.map(\.position.x)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= TextMetrics.width(of: "2057") + 8 })
        // Only first, last, highest and lowest carry value labels on a long single series.
        #expect(chart.series[0].valueLabels.count <= 4)
    }
}
