import WartaCore
import WartaModel
/// Checks a chart spec against its dataset before anything is drawn, so that authors learn about a
/// misspelt column from the build rather than from an empty chart on the live site.
package enum ChartValidation {
    package static func problems(_ spec: ChartSpec, in dataset: Dataset, at location: SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let names = dataset.columns.map(\.name)
        let numericNames = dataset.columns.filter(\.kind.isNumeric).map(\.name)

        func unknown(_ role: String, _ name: String, candidates: [String]) -> Diagnostic {
            let hint = NameSuggestion.closest(to: name, in: candidates).map { "did you mean \"\($0)\"?" }
                ?? (candidates.isEmpty ? nil : "columns: " + candidates.joined(separator: ", "))
            return .error(location, "chart \(role) column \"\(name)\" is not a column of dataset \"\(dataset.id)\"",
                          hint: hint)
        }

        if let x = dataset.columnIndex(named: spec.x).map({ dataset.columns[$0] }) {
            if x.kind.isNumeric {
                problems.append(.warning(location, "chart x column \"\(x.name)\" is numeric; its values are drawn as categories",
                                         hint: "declare it as year, date or category"))
            }
        } else {
            problems.append(unknown("x", spec.x, candidates: names))
        }

        if spec.series.isEmpty {
            problems.append(.error(location, "chart has no series",
                                   hint: numericNames.isEmpty ? nil : "numeric columns: " + numericNames.joined(separator: ", ")))
        }
        var seen: Set<String> = []
        for name in spec.series {
            if !seen.insert(name).inserted {
                problems.append(.warning(location, "chart series \"\(name)\" is listed twice"))
                continue
            }
            guard let index = dataset.columnIndex(named: name) else {
                problems.append(unknown("series", name, candidates: names))
                continue
            }
            let column = dataset.columns[index]
            guard column.kind.isNumeric else {
                problems.append(.error(location, "chart series column \"\(name)\" is not numeric (\(column.kind.rawValue))",
                                       hint: numericNames.isEmpty ? nil : "numeric columns: " + numericNames.joined(separator: ", ")))
                continue
            }
            if spec.kind == .stacked, dataset.rows.contains(where: { index < $0.count && ($0[index].number ?? 0) < 0 }) {
                problems.append(.warning(location, "stacked chart series \"\(name)\" has negative values, which stack below zero and hide the totals",
                                         hint: "use kind: grouped"))
            }
        }

        if seen.count > ChartPalette.slotCount {
            problems.append(.warning(location, "chart has \(seen.count) series; beyond \(ChartPalette.slotCount) their colours and markers repeat",
                                     hint: "split the chart or show fewer series"))
        }
        if dataset.rows.isEmpty {
            problems.append(.warning(location, "dataset \"\(dataset.id)\" has no rows; the chart will say there is no data"))
        }
        return problems
    }
}
