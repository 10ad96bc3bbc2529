/// How a language writes numbers. Kept as plain data (not Foundation's NumberFormatter) because it is
/// used in hot loops on many threads and must print the same bytes on every machine.
package struct NumberStyle: Hashable, Sendable {
    package var groupSeparator: String
    package var decimalSeparator: String

    package static let indonesian = NumberStyle(groupSeparator: ".", decimalSeparator: ",")
    package static let english = NumberStyle(groupSeparator: ",", decimalSeparator: ".")

    package init(groupSeparator: String, decimalSeparator: String) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
    }

    /// `11314` → `11.314`, `4.2` with 2 digits → `4,20`, `-0.25` → `-0,25`.
    /// Rounds half away from zero; never prints `-0`.
    package func format(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        var integerPart = (scaled / scale).rounded(.down)
        var fraction = scaled - integerPart * scale
        if fraction >= scale { integerPart += 1; fraction -= scale }
        let negative = value < 0 && scaled != 0

        var digits = String(UInt64(integerPart))
        var grouped = ""
        while digits.count > 3 {
            grouped = groupSeparator + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped

        var result = negative ? "-" + grouped : grouped
        if fractionDigits > 0 {
            var fractionText = String(UInt64(fraction.rounded()))
            while fractionText.count < fractionDigits { fractionText = "0" + fractionText }
            result += decimalSeparator + fractionText
        }
        return result
    }

    /// The number of fraction digits a value needs to be shown without losing what the author wrote
    /// (at most `limit`): 4.2 → 1, 4.25 → 2, 11314 → 0.
    package static func fractionDigits(of value: Double, limit: Int = 4) -> Int {
        var scaled = value
        for digits in 0...limit {
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return digits }
            scaled *= 10
        }
        return limit
    }
}
