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

@Suite struct ChartValidationTests {
    private let location = ChartFixtures.location

    @Test func unknownColumnGetsADidYouMeanHint() {
        let dataset = ChartFixtures.byKecamatan([("A", 1)])
        let problems = ChartValidation.problems(ChartSpec(kind: .bar, x: "kecamtan", series: ["kmp"]), in: dataset, at: location)
        #expect(problems.count == 2)
        #expect(problems[0].severity == .error)
        #expect(problems[0].location == location)
        #expect(problems[0].message == .chart(.unknownColumn(role: .x, name: "kecamtan", dataset: dataset.id)))
        #expect(problems[0].hint == .didYouMean("kecamatan"))
        #expect(problems[1].hint == .didYouMean("kpm"))
    }

    @Test func farOffNamesListTheColumnsInstead() {
        let dataset = ChartFixtures.byKecamatan([("A", 1)])
        let problems = ChartValidation.problems(ChartSpec(kind: .bar, x: "wilayah", series: ["kpm"]), in: dataset, at: location)
        #expect(problems.map(\.hint) == [.columns(["kecamatan", "kpm"])])
        #expect(problems[0].hint?.english == "columns: kecamatan, kpm")
    }

    @Test func seriesMustBeNumeric() {
        let dataset = ChartFixtures.byKecamatan([("A", 1)])
        let problems = ChartValidation.problems(ChartSpec(kind: .bar, x: "kecamatan", series: ["kecamatan"]), in: dataset, at: location)
        #expect(problems.count == 1)
        #expect(problems[0].message.english == "chart series column \"kecamatan\" is not numeric (category)")
        #expect(problems[0].hint == .numericColumns(["kpm"]))
    }

    @Test func stackedNegativeValuesAreWarned() {
        let dataset = ChartFixtures.byKecamatan([("A", 1), ("B", -2)])
        let problems = ChartValidation.problems(ChartFixtures.spec(.stacked), in: dataset, at: location)
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems[0].hint == .useGrouped)
        #expect(ChartValidation.problems(ChartFixtures.spec(.grouped), in: dataset, at: location).isEmpty)
    }

    @Test func validSpecHasNoProblems() {
        #expect(ChartValidation.problems(ChartFixtures.povertySpec, in: ChartFixtures.poverty, at: location).isEmpty)
    }

    @Test func editDistanceCountsSwapsAsOneTypo() {
        #expect(NameSuggestion.editDistance(Array("kpm"), Array("kmp")) == 1)
        #expect(NameSuggestion.closest(to: "Tahun", in: ["tahun", "persen"]) == "tahun")
        #expect(NameSuggestion.closest(to: "xyz", in: ["tahun"]) == nil)
    }
}
