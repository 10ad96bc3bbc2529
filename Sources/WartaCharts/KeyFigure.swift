import Foundation
import WartaCore

/// One key-figure tile: the latest value of a series and how it moved since the period before.
package struct KeyFigure: Sendable, Hashable {
    package enum Direction: String, Sendable, Hashable {
        case up, down, unchanged
        /// No earlier value to compare with.
        case none
    }

    /// What is measured, e.g. "Persentase penduduk miskin".
    package var label: String
    /// `4,20 %`, or the "no data" text when the series has no value at all.
    package var valueText: String
    /// The period of the value, e.g. `2024`.
    package var periodText: String
    /// `▼ 0,25 poin`; nil when there is no previous value.
    package var changeText: String?
    /// `turun 0,25 poin dibanding 2023`, for screen readers and captions; nil when there is no previous value.
    package var changeSentence: String?
    package var direction: Direction
    /// `dibanding 2023`, drawn under the tile's value so the arrow has its reference period.
    package var comparedWith: String?

    package init(label: String, valueText: String, periodText: String, changeText: String?, changeSentence: String?,
                direction: Direction) {
        self.label = label
        self.valueText = valueText
        self.periodText = periodText
        self.changeText = changeText
        self.changeSentence = changeSentence
        self.direction = direction
    }

    /// One figure per series, comparing the last present value with the present value before it.
    package static func figures(for data: ChartData, strings: UIStrings) -> [KeyFigure] {
        data.series.map { series in
            let present = series.presentIndices
            guard let latest = present.last, let value = series.values[latest] else {
                return KeyFigure(label: series.label, valueText: strings.chartMissingValue, periodText: "",
                                 changeText: nil, changeSentence: nil, direction: .none)
            }
            let format = series.format
            let period = data.periods[latest]
            guard present.count > 1, let previousValue = series.values[present[present.count - 2]] else {
                return KeyFigure(label: series.label, valueText: format.value(value), periodText: period,
                                 changeText: nil, changeSentence: nil, direction: .none)
            }
            let previousPeriod = data.periods[present[present.count - 2]]
            // Compare what readers see: a change that rounds to zero is shown as unchanged.
            let scale = pow(10, Double(format.fractionDigits))
            let change = ((value - previousValue) * scale).rounded() / scale
            let compared = UIStrings.fill(strings.chartComparedWith, previousPeriod)
            let direction: Direction = change > 0 ? .up : change < 0 ? .down : .unchanged
            let amount = format.change(change, points: strings.chartPoints)
            let (changeText, verb): (String, String) = switch direction {
            case .up: ("▲ " + amount, strings.chartChangeUp + " " + amount)
            case .down: ("▼ " + amount, strings.chartChangeDown + " " + amount)
            case .unchanged, .none: (strings.chartChangeNone, strings.chartChangeNone)
            }
            var figure = KeyFigure(label: series.label, valueText: format.value(value), periodText: period,
                                   changeText: changeText, changeSentence: verb + " " + compared, direction: direction)
            figure.comparedWith = compared
            return figure
        }
    }
}
