import WartaModel
/// The chart a dataset gets when its metadata has no `chart:` block, chosen from its column types.
package enum ChartDefaults {
    /// Category labels longer than this read better on horizontal bars.
    package static let longLabel = 12
    /// Beyond this many categories, vertical bars get too thin for their labels.
    package static let maxVerticalBars = 8

    /// Year/date x with numbers → line; category x with one number → bar, or hbar for long labels
    /// or many rows; category x with several numbers → grouped; a single row → key figures.
    /// Nil when there is no x column, no numeric column or no row.
    package static func spec(for dataset: Dataset) -> ChartSpec? {
        let series = dataset.columns.filter(\.kind.isNumeric).map(\.name)
        guard !series.isEmpty, !dataset.rows.isEmpty,
              let xIndex = dataset.columns.firstIndex(where: { !$0.kind.isNumeric })
        else { return nil }
        let x = dataset.columns[xIndex]
        if dataset.rows.count == 1 {
            return ChartSpec(kind: .figure, x: x.name, series: series)
        }
        if x.kind == .year || x.kind == .date {
            return ChartSpec(kind: .line, x: x.name, series: series)
        }
        if series.count > 1 {
            return ChartSpec(kind: .grouped, x: x.name, series: series)
        }
        let hasLongLabel = dataset.rows.contains { row in
            if xIndex < row.count, case .text(let label) = row[xIndex] { return label.count > longLabel }
            return false
        }
        let kind: ChartSpec.Kind = hasLongLabel || dataset.rows.count > maxVerticalBars ? .hbar : .bar
        return ChartSpec(kind: kind, x: x.name, series: series)
    }
}
