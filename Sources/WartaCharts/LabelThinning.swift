/// Which of many axis labels to show so that none overlap: every k-th, counted from a label that
/// must stay — the latest period on a time axis, zero on a value axis.
package enum LabelThinning {
    /// Indices to label, for labels centred at `centers` (ascending) with the given widths.
    package static func visibleIndices(centers: [Double], widths: [Double], keeping anchor: Int, gap: Double = 8) -> [Int] {
        let count = centers.count
        guard count > 1 else { return Array(0..<count) }
        for stride in 1...count {
            let shown = (0..<count).filter { abs($0 - anchor) % stride == 0 }
            let fits = zip(shown, shown.dropFirst()).allSatisfy { a, b in
                centers[b] - centers[a] >= (widths[a] + widths[b]) / 2 + gap
            }
            if fits { return shown }
        }
        return [anchor]
    }
}
