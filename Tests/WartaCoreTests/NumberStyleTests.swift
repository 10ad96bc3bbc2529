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

@Suite struct NumberStyleTests {
    @Test func indonesianGroupingAndDecimals() {
        let style = NumberStyle.indonesian
        #expect(style.format(11314) == "11.314")
        #expect(style.format(4.2, fractionDigits: 2) == "4,20")
        #expect(style.format(-0.25, fractionDigits: 2) == "-0,25")
        #expect(style.format(1_234_567.891, fractionDigits: 2) == "1.234.567,89")
        #expect(style.format(0) == "0")
        #expect(style.format(-0.001, fractionDigits: 2) == "0,00")
        #expect(style.format(999.999, fractionDigits: 2) == "1.000,00")
    }

    @Test func fractionDigitsNeeded() {
        #expect(NumberStyle.fractionDigits(of: 4.2) == 1)
        #expect(NumberStyle.fractionDigits(of: 4.25) == 2)
        #expect(NumberStyle.fractionDigits(of: 11314) == 0)
    }

    @Test func indonesianLongDate() {
        let day = CalendarDay(iso: "2024-11-12")!
        #expect(UIStrings.indonesian.longDate(day) == "Selasa, 12 November 2024")
        #expect(CalendarDay(iso: "2024-02-30") == nil)
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        #expect(CalendarDay(iso: "2023-02-29") == nil)
    }
}
