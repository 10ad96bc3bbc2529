import WartaCore
import WartaModel
/// The sentence that says in words what a chart shows, for `<desc>` and the figure caption — so a
/// reader who cannot see the chart gets its message, not just its title.
///
/// Over time a series is told as a change from its first to its last value; across categories as
/// its highest and lowest. Several series give one clause each.
package enum ChartDescription {
    package static func sentence(for data: ChartData?, kind: ChartSpec.Kind, title: String, strings: UIStrings) -> String {
        guard let data, data.count > 0 else {
            return UIStrings.fill(strings.chartSeriesNoData, title) + "."
        }
        let clauses: [String]
        if kind == .figure {
            clauses = KeyFigure.figures(for: data, strings: strings).map { figure in
                guard !figure.periodText.isEmpty else { return UIStrings.fill(strings.chartSeriesNoData, figure.label) }
                let value = UIStrings.fill(strings.chartSingleValue, figure.label, figure.valueText, figure.periodText)
                return figure.changeSentence.map { value + ", " + $0 } ?? value
            }
        } else if data.axis == .time {
            clauses = data.series.map { change(of: $0, periods: data.periods, strings: strings) }
        } else {
            let named = data.series.count > 1
            clauses = data.series.map { range(of: $0, periods: data.periods, named: named, strings: strings) }
        }
        return clauses.joined(separator: "; ") + "."
    }

    private static func change(of series: ChartData.Series, periods: [String], strings: UIStrings) -> String {
        let present = series.presentIndices
        guard let first = present.first, let last = present.last else {
            return UIStrings.fill(strings.chartSeriesNoData, series.label)
        }
        let format = series.format
        let from = series.values[first]!
        let to = series.values[last]!
        if first == last {
            return UIStrings.fill(strings.chartSingleValue, series.label, format.value(to), periods[last])
        }
        if format.number(from) == format.number(to) {
            return UIStrings.fill(strings.chartUnchanged, series.label, format.value(to), periods[first], periods[last])
        }
        return UIStrings.fill(to > from ? strings.chartRoseFromTo : strings.chartFellFromTo,
                              series.label, format.value(from), periods[first], format.value(to), periods[last])
    }

    private static func range(of series: ChartData.Series, periods: [String], named: Bool, strings: UIStrings) -> String {
        let present = series.presentIndices
        guard let first = present.first else {
            return UIStrings.fill(strings.chartSeriesNoData, series.label)
        }
        let format = series.format
        if present.count == 1 {
            return UIStrings.fill(strings.chartSingleValue, series.label, format.value(series.values[first]!), periods[first])
        }
        // The first of equal values wins, so ties are reported in the author's order.
        var highest = first
        var lowest = first
        for index in present {
            if series.values[index]! > series.values[highest]! { highest = index }
            if series.values[index]! < series.values[lowest]! { lowest = index }
        }
        let high = format.value(series.values[highest]!)
        let low = format.value(series.values[lowest]!)
        if high == low {
            return UIStrings.fill(strings.chartSameForAll, series.label, high)
        }
        return named
            ? UIStrings.fill(strings.chartSeriesHighestLowest, series.label, periods[highest], high, periods[lowest], low)
            : UIStrings.fill(strings.chartHighestLowest, periods[highest], high, periods[lowest], low)
    }
}
