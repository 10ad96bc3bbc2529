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

@Suite struct KeyFigureTests {
    let renderer = ChartRenderer(strings: .indonesian)

    @Test func percentChangeIsInPoints() {
        let figures = renderer.keyFigures(ChartFixtures.poverty, spec: ChartSpec(kind: .figure, x: "tahun", series: ["persen"]))
        #expect(figures == [KeyFigure(label: "Persentase penduduk miskin", valueText: "4,20 %", periodText: "2024",
                                      changeText: "▼ 0,25 poin", changeSentence: "turun 0,25 poin dibanding 2023",
                                      direction: .down).with(comparedWith: "dibanding 2023")])
    }

    @Test func otherUnitsChangeInTheirUnitAndSkipMissingRows() {
        let dataset = ChartFixtures.dataset(columns: [ChartFixtures.year, ChartFixtures.kpm], rows: [
            [.number(2022), .number(10_114)], [.number(2023), .missing], [.number(2024), .number(11_314)], [.number(2025), .missing],
        ])
        let figure = renderer.keyFigures(dataset, spec: ChartSpec(kind: .figure, x: "tahun", series: ["kpm"]))[0]
        #expect(figure.valueText == "11.314 KPM")
        #expect(figure.periodText == "2024")
        #expect(figure.changeText == "▲ 1.200 KPM")
        #expect(figure.changeSentence == "naik 1.200 KPM dibanding 2022")
        #expect(figure.direction == .up)
    }

    @Test func noPreviousValueMeansNoChange() {
        var dataset = ChartFixtures.poverty
        dataset.rows = [[.number(2024), .number(4.2)]]
        let figure = renderer.keyFigures(dataset, spec: ChartSpec(kind: .figure, x: "tahun", series: ["persen"]))[0]
        #expect(figure.valueText == "4,2 %")
        #expect(figure.changeText == nil && figure.changeSentence == nil)
        #expect(figure.direction == .none)
    }

    @Test func aChangeThatRoundsAwayIsUnchanged() {
        let dataset = ChartFixtures.dataset(columns: [ChartFixtures.year, ChartFixtures.povertyRate], rows: [
            [.number(2023), .number(4.2)], [.number(2024), .number(4.2000000001)],
        ])
        let figure = renderer.keyFigures(dataset, spec: ChartSpec(kind: .figure, x: "tahun", series: ["persen"]))[0]
        #expect(figure.direction == .unchanged)
        #expect(figure.changeText == "tetap")
        #expect(figure.changeSentence == "tetap dibanding 2023")
    }
}

private extension KeyFigure {
    func with(comparedWith: String) -> KeyFigure {
        var copy = self
        copy.comparedWith = comparedWith
        return copy
    }
}
