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

@Suite struct UIStringsTests {
    @Test func fillsNumberedPlaceholders() {
        #expect(UIStrings.fill("Halaman %1 dari %2", "3", "120") == "Halaman 3 dari 120")
        #expect(UIStrings.fill("%2 sebelum %1", "a", "b") == "b sebelum a")
        #expect(UIStrings.fill("%1%1", "x") == "xx")
        #expect(UIStrings.fill("Berita tentang %1", "Lansia · Disabilitas") == "Berita tentang Lansia · Disabilitas")
    }

    /// A name from content may contain a placeholder's text; it is inserted as it is.
    @Test func argumentsAreNotFilledAgain() {
        #expect(UIStrings.fill("%1 naik dari %2", "Tahap", "Tahap %1") == "Tahap naik dari Tahap %1")
        #expect(UIStrings.fill("%1 dan %2", "Tahap %2", "50%") == "Tahap %2 dan 50%")
    }

    @Test func percentSignsThatNameNoArgumentStay() {
        #expect(UIStrings.fill("4,20 % (%1)", "2024") == "4,20 % (2024)")
        #expect(UIStrings.fill("%3 dan %0 dan 100%", "a") == "%3 dan %0 dan 100%")
        #expect(UIStrings.fill("%12", "satu") == "satu2")
        #expect(UIStrings.fill("akhir %", "a") == "akhir %")
        #expect(UIStrings.fill("100%1 tanpa argumen") == "100%1 tanpa argumen")
    }

    @Test func twoDigitPlaceholders() {
        let arguments = (1...12).map { "a\($0)" }
        let filled = UIStrings.fill("%1 %10 %12 %13", arguments[0], arguments[1], arguments[2], arguments[3], arguments[4],
                                    arguments[5], arguments[6], arguments[7], arguments[8], arguments[9], arguments[10], arguments[11])
        // With twelve arguments, %13 is %1 followed by the digit 3.
        #expect(filled == "a1 a10 a12 a13")
    }
}
