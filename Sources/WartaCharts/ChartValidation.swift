import WartaCore
import WartaModel
/// Checks a chart spec against its dataset before anything is drawn, so that authors learn about a
/// misspelt column from the build rather than from an empty chart on the live site.
package enum ChartValidation {
    package static func problems(_ spec: ChartSpec, in dataset: Dataset, at location: SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let names = dataset.columns.map(\.name)
        let numericNames = dataset.columns.filter(\.kind.isNumeric).map(\.name)

        func unknown(_ role: ChartMessage.Role, _ name: String, candidates: [String]) -> Diagnostic {
            let hint = NameSuggestion.closest(to: name, in: candidates).map(Hint.didYouMean)
                ?? (candidates.isEmpty ? nil : .columns(candidates))
            return .error(location, .chart(.unknownColumn(role: role, name: name, dataset: dataset.id)), hint: hint)
        }

        if let x = dataset.columnIndex(named: spec.x).map({ dataset.columns[$0] }) {
            if x.kind.isNumeric {
                problems.append(.warning(location, .chart(.numericX(column: x.name)), hint: .declareCategory))
            }
        } else {
            problems.append(unknown(.x, spec.x, candidates: names))
        }

        if spec.series.isEmpty {
            problems.append(.error(location, .chart(.noSeries), hint: numericNames.isEmpty ? nil : .numericColumns(numericNames)))
        }
        var seen: Set<String> = []
        for name in spec.series {
            if !seen.insert(name).inserted {
                problems.append(.warning(location, .chart(.seriesTwice(name))))
                continue
            }
            guard let index = dataset.columnIndex(named: name) else {
                problems.append(unknown(.series, name, candidates: names))
                continue
            }
            let column = dataset.columns[index]
            guard column.kind.isNumeric else {
                problems.append(.error(location, .chart(.seriesNotNumeric(name, kind: column.kind.rawValue)),
                                       hint: numericNames.isEmpty ? nil : .numericColumns(numericNames)))
                continue
            }
            if spec.kind == .stacked, dataset.rows.contains(where: { index < $0.count && ($0[index].number ?? 0) < 0 }) {
                problems.append(.warning(location, .chart(.stackedNegative(series: name)), hint: .useGrouped))
            }
        }

        if seen.count > ChartPalette.slotCount {
            problems.append(.warning(location, .chart(.tooManySeries(seen.count, limit: ChartPalette.slotCount)), hint: .splitChart))
        }
        if dataset.rows.isEmpty {
            problems.append(.warning(location, .chart(.noRows(dataset: dataset.id))))
        }
        return problems
    }
}
