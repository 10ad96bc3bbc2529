import Foundation
import PropertyBased
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

@Suite struct NiceTicksTests {
    @Test func zeroToPovertyRate() {
        let ticks = NiceTicks(covering: 0, 4.45)
        #expect(ticks.values == [0, 1, 2, 3, 4, 5])
        #expect(ticks.fractionDigits == 0)
    }

    @Test func narrowRangeAwayFromZero() {
        let ticks = NiceTicks(covering: 3.9, 4.6)
        #expect(ticks.values == [3.8, 4.0, 4.2, 4.4, 4.6])
        #expect(ticks.step == 0.2)
        #expect(ticks.fractionDigits == 1)
    }

    @Test func ticksAreExactDecimals() {
        // 0.1 × 3 is 0.30000000000000004 in binary; labels and ids must not show that.
        let ticks = NiceTicks(covering: 0.1, 0.55)
        #expect(ticks.values == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    }

    @Test func negativeAndMixedRanges() {
        #expect(NiceTicks(covering: -22_000, 15_000).values == [-30_000, -20_000, -10_000, 0, 10_000, 20_000])
        #expect(NiceTicks(covering: -4.5, 0).values == [-5, -4, -3, -2, -1, 0])
    }

    @Test func degenerateRangesIncludeZero() {
        #expect(NiceTicks(covering: 4.2, 4.2).values == [0, 1, 2, 3, 4, 5])
        #expect(NiceTicks(covering: -3, -3).values.last == 0)
        #expect(NiceTicks(covering: 0, 0).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    @Test func anyRangeGetsFewRoundTicksCoveringIt() async {
        await propertyCheck(input: Gen.double(in: -1e6...1e6), Gen.double(in: 1e-3...1e6)) { low, span in
            let high = low + span
            let ticks = NiceTicks(covering: low, high)
            #expect((3...6).contains(ticks.values.count))
            let tolerance = ticks.step * 1e-6
            #expect(ticks.lower <= low + tolerance && ticks.upper >= high - tolerance)
            let mantissa = ticks.step / pow(10, log10(ticks.step).rounded(.down))
            #expect([1.0, 2, 5].contains { abs(mantissa - $0) < 1e-6 })
        }
    }
}
