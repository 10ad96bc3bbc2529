import Foundation

/// Axis ticks at round numbers — steps of 1, 2 or 5 × 10ⁿ — that cover the data with 4 to 6 ticks,
/// the range readers can take in at a glance.
package struct NiceTicks: Hashable, Sendable {
    package var values: [Double]
    package var step: Double
    /// Digits needed to print every tick (0,05 steps need 2).
    package var fractionDigits: Int

    package var lower: Double { values.first ?? 0 }
    package var upper: Double { values.last ?? 0 }

    package static let countRange = 4...6

    /// Ticks covering `low...high`. A degenerate range (one value, or all equal) is widened to
    /// include zero, so a single value still gets a readable axis.
    package init(covering low: Double, _ high: Double) {
        var low = min(low, high)
        var high = max(low, high)
        if low == high {
            if low > 0 { low = 0 } else if high < 0 { high = 0 } else { high = 1 }
        }
        let span = high - low
        var exponent = Int((log10(span / Double(Self.countRange.upperBound))).rounded(.down)) - 1
        while true {
            for mantissa in [1.0, 2.0, 5.0] {
                let step = mantissa * pow(10, Double(exponent))
                let first = (low / step + 1e-9).rounded(.down)
                let last = (high / step - 1e-9).rounded(.up)
                // Steps grow, so the first one within the maximum is the finest that is not crowded;
                // it has at least 4 ticks except for rare spans where 3 is the only uncrowded choice.
                if Int(last - first) + 1 <= Self.countRange.upperBound {
                    self.init(first: first, last: last, step: step)
                    return
                }
            }
            exponent += 1
        }
    }

    private init(first: Double, last: Double, step: Double) {
        self.step = step
        fractionDigits = max(0, -Int(log10(step).rounded(.down)))
        let scale = pow(10, Double(fractionDigits))
        let count = Int(last - first) + 1
        values = (0..<count).map { index in
            // Multiplying the step accumulates binary noise (0.30000000000000004); rounding to the
            // step's own decimals gives the exact tick the label shows.
            let raw = ((first + Double(index)) * step * scale).rounded() / scale
            return raw == 0 ? 0 : raw
        }
    }
}
