import Foundation
import WartaCore
import WartaModel

/// How the values of one series are written: the site's number style, one fixed number of fraction
/// digits for the whole series (so `4,45 %` and `4,20 %` line up), and the unit in Indonesian style.
package struct ValueFormat: Hashable, Sendable {
    package enum Unit: Hashable, Sendable {
        case none
        /// `4,20 %`, with changes in percentage points.
        case percent
        /// `Rp 15.000`
        case rupiah
        /// `11.314 KPM`
        case other(String)

        package init(_ text: String?, kind: DatasetColumn.Kind) {
            let trimmed = text?.trimmingCharacters(in: .whitespaces) ?? ""
            switch trimmed.lowercased() {
            case "": self = kind == .percent ? .percent : .none
            case "%", "persen", "percent": self = .percent
            case "rp", "rupiah", "idr": self = .rupiah
            default: self = .other(trimmed)
            }
        }
    }

    package var unit: Unit
    package var fractionDigits: Int
    package var style: NumberStyle

    /// The digits needed by the most precise value, so that no value loses what its author wrote.
    package init(unit: Unit, values: [Double], style: NumberStyle) {
        self.unit = unit
        self.style = style
        fractionDigits = values.map { NumberStyle.fractionDigits(of: $0) }.max() ?? 0
    }

    package init(unit: Unit, fractionDigits: Int, style: NumberStyle) {
        self.unit = unit
        self.fractionDigits = fractionDigits
        self.style = style
    }

    package func number(_ value: Double) -> String {
        style.format(value, fractionDigits: fractionDigits)
    }

    /// A value with its unit, as in tooltips, descriptions and key figures.
    package func value(_ value: Double) -> String {
        withUnit(number(value))
    }

    /// The label drawn on a mark. The axis caption already names the unit, so only the short `%`
    /// is repeated on each mark.
    package func markLabel(_ value: Double) -> String {
        unit == .percent ? self.value(value) : number(value)
    }

    /// The size of a change, always positive (the arrow or verb carries the direction):
    /// `0,25 poin` for percentages, otherwise the value's own unit.
    package func change(_ magnitude: Double, points: String) -> String {
        let text = number(abs(magnitude))
        switch unit {
        case .percent: return text + " " + points
        default: return withUnit(text)
        }
    }

    /// The unit as named under the chart (`Satuan: KPM`), nil when values have no unit.
    package var caption: String? {
        switch unit {
        case .none: return nil
        case .percent: return "%"
        case .rupiah: return "rupiah"
        case .other(let name): return name
        }
    }

    private func withUnit(_ number: String) -> String {
        switch unit {
        case .none: return number
        case .percent: return number + " %"
        case .rupiah: return number.hasPrefix("-") ? "-Rp " + number.dropFirst() : "Rp " + number
        case .other(let name): return number + " " + name
        }
    }
}
