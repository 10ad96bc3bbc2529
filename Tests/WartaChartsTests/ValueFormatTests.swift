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

@Suite struct ValueFormatTests {
    private func format(_ unit: String?, kind: DatasetColumn.Kind = .number, values: [Double]) -> ValueFormat {
        ValueFormat(unit: .init(unit, kind: kind), values: values, style: .indonesian)
    }

    @Test func percentWithSpaceAndSeriesDigits() {
        let format = format(nil, kind: .percent, values: [4.45, 4.2])
        #expect(format.fractionDigits == 2)
        #expect(format.value(4.2) == "4,20 %")
        #expect(format.change(-0.25, points: "poin") == "0,25 poin")
    }

    @Test func otherUnitsFollowTheNumber() {
        #expect(format("KPM", values: [11314]).value(11314) == "11.314 KPM")
        #expect(format("KPM", values: [11314]).markLabel(11314) == "11.314")
        #expect(format("jiwa", values: [1200]).change(1200, points: "poin") == "1.200 jiwa")
    }

    @Test func rupiahComesFirst() {
        let format = format("rupiah", values: [15000])
        #expect(format.value(15000) == "Rp 15.000")
        #expect(format.value(-7500) == "-Rp 7.500")
        #expect(format.change(-7500, points: "poin") == "Rp 7.500")
        #expect(format.caption == "rupiah")
    }

    @Test func coordinatesAreLocaleFreeAndNeverNegativeZero() {
        #expect(SVGNumber.format(12.345) == "12.35")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(-1.5) == "-1.5")
        #expect(SVGNumber.format(1_234_567.8) == "1234567.8")
        #expect(SVGNumber.format(0.05) == "0.05")
        #expect(SVGNumber.format(.nan) == "0")
    }
}
