import Foundation
import WartaCore
import WartaModel

/// The part of a dataset a chart shows: x values in reading order and the numeric series, with
/// missing cells kept as `nil` so that every later stage has to decide what a gap looks like.
package struct ChartData: Sendable {
    package enum Axis: Sendable {
        /// Years or dates: ordered, spaced by elapsed time, described as a change from first to last.
        case time
        /// Names such as kecamatan: spaced evenly, described by highest and lowest.
        case categories
    }

    package struct Series: Sendable {
        package var label: String
        package var values: [Double?]
        package var format: ValueFormat

        /// Indices of rows that have a value.
        package var presentIndices: [Int] { values.indices.filter { values[$0] != nil } }
    }

    package var axis: Axis
    /// What readers see for each x value: `2024`, `12 November 2024`, `Bekasi Utara`.
    package var periods: [String]
    /// Where each x value lies along the axis: the year, the day number, or the row index.
    package var positions: [Double]
    package var series: [Series]

    package var count: Int { periods.count }

    /// Nil when the x column is unknown or no series column is numeric; `ChartValidation` explains why.
    package init?(dataset: Dataset, spec: ChartSpec, strings: UIStrings) {
        guard let xIndex = dataset.columnIndex(named: spec.x) else { return nil }
        let xColumn = dataset.columns[xIndex]
        let style = strings.numberStyle

        let seriesColumns: [(index: Int, column: DatasetColumn)] = spec.series.compactMap { name in
            guard let index = dataset.columnIndex(named: name), dataset.columns[index].kind.isNumeric else { return nil }
            return (index, dataset.columns[index])
        }
        guard !seriesColumns.isEmpty else { return nil }

        // A total row would be the tallest bar and the "highest" district; the table shows it instead.
        let rows = dataset.rows.indices.filter { !dataset.totalRows.contains($0) }.map { dataset.rows[$0] }
            .filter { xIndex < $0.count && $0[xIndex] != .missing }
        let timePoints = rows.map { Self.timePoint($0[xIndex], kind: xColumn.kind, strings: strings) }
        var order = Array(rows.indices)
        if !rows.isEmpty, timePoints.allSatisfy({ $0 != nil }) {
            axis = .time
            // Stable, so rows of the same period keep the author's order.
            order.sort { (timePoints[$0]!.position, $0) < (timePoints[$1]!.position, $1) }
            positions = order.map { timePoints[$0]!.position }
            periods = order.map { timePoints[$0]!.label }
        } else {
            axis = .categories
            positions = order.map(Double.init)
            periods = order.map { Self.categoryLabel(rows[$0][xIndex], style: style) }
        }

        series = seriesColumns.map { entry in
            // A non-finite number cannot be placed on an axis; like an empty cell it is shown as missing.
            let values: [Double?] = order.map { row in
                guard entry.index < rows[row].count, let value = rows[row][entry.index].number, value.isFinite else { return nil }
                return value
            }
            let unit = ValueFormat.Unit(entry.column.unit ?? dataset.unit, kind: entry.column.kind)
            return Series(
                label: entry.column.label.isEmpty ? entry.column.name : entry.column.label,
                values: values,
                format: ValueFormat(unit: unit, values: values.compactMap { $0 }, style: style))
        }
    }

    private static func timePoint(_ value: DataValue, kind: DatasetColumn.Kind,
                                  strings: UIStrings) -> (position: Double, label: String)? {
        switch (kind, value) {
        case (.year, .number(let year)) where year == year.rounded() && abs(year) < 1e6:
            return (year, String(Int(year)))
        case (.year, .text(let text)):
            guard let year = Int(text.trimmingCharacters(in: .whitespaces)) else { return nil }
            return (Double(year), String(year))
        case (.date, .text(let text)):
            guard let day = CalendarDay(iso: text.trimmingCharacters(in: .whitespaces)) else { return nil }
            return (Double(day.daysSinceEpoch), strings.mediumDate(day))
        default:
            return nil
        }
    }

    private static func categoryLabel(_ value: DataValue, style: NumberStyle) -> String {
        switch value {
        case .text(let text): return text
        case .number(let number): return style.format(number, fractionDigits: NumberStyle.fractionDigits(of: number))
        case .missing: return ""
        }
    }
}
