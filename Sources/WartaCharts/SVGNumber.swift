/// Coordinates as SVG text. Written by hand rather than with `String(format:)` or `description`
/// so that the bytes never depend on the machine's locale or on floating-point noise:
/// the same data must give the same file on every build.
package enum SVGNumber {
    /// At most two decimals, no trailing zeros, never `-0`.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths != 0 else { return "0" }
        let magnitude = UInt64(abs(hundredths))
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return hundredths < 0 ? "-" + text : text
    }
}
