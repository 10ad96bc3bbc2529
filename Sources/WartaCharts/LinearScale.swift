/// Maps data values onto a span of user units, e.g. an axis domain onto the plot's pixel range.
package struct LinearScale: Hashable, Sendable {
    package var domain: ClosedRange<Double>
    /// Where `domain.lowerBound` and `domain.upperBound` land; `rangeEnd` may be smaller than
    /// `rangeStart`, as for a vertical axis where larger values sit higher (smaller y).
    package var rangeStart: Double
    package var rangeEnd: Double

    package func callAsFunction(_ value: Double) -> Double {
        let width = domain.upperBound - domain.lowerBound
        guard width > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domain.lowerBound) / width * (rangeEnd - rangeStart)
    }
}
