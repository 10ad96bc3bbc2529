import WartaCore
import WartaModel
/// A dataset as an accessible HTML table: the same numbers as its chart, for screen readers,
/// for copying, and for anyone who prefers figures to pictures.
package enum DataTableHTML {
    /// Rows shown on a page; a larger table would make the page too heavy for a phone, and the
    /// complete data is always in the CSV download.
    package static let pageRowLimit = 1000

    package static func render(_ dataset: Dataset, caption: String?, strings: UIStrings) -> String {
        let style = strings.numberStyle
        let digits = dataset.columns.indices.map { column in
            dataset.rows.compactMap { $0[column].number }.map { NumberStyle.fractionDigits(of: $0, limit: 2) }.max() ?? 0
        }
        var html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(MarkupEscaping.attribute(caption ?? dataset.title))\" tabindex=\"0\">"
        html += "<table class=\"data\">"
        if let caption { html += "<caption>\(MarkupEscaping.text(caption))</caption>" }
        html += "<thead><tr>"
        for column in dataset.columns {
            let unit = column.unit ?? (column.kind.isNumeric ? dataset.unit : nil)
            let heading = unit.map { "\(column.label) (\($0))" } ?? column.label
            html += "<th scope=\"col\"\(column.kind.isNumeric ? " class=\"num\"" : "")>\(MarkupEscaping.text(heading))</th>"
        }
        html += "</tr></thead><tbody>"
        // Totals go in <tfoot>, after the rows they add up, wherever the file wrote them.
        let shown = dataset.rows.indices.filter { !dataset.totalRows.contains($0) }.prefix(pageRowLimit)
        for index in shown { html += row(dataset.rows[index], dataset: dataset, digits: digits, style: style, strings: strings) }
        html += "</tbody>"
        let totals = dataset.totalRows.sorted()
        if !totals.isEmpty {
            html += "<tfoot>"
            for index in totals { html += row(dataset.rows[index], dataset: dataset, digits: digits, style: style, strings: strings, total: true) }
            html += "</tfoot>"
        }
        html += "</table></div>"
        if dataset.rows.count > pageRowLimit {
            let shown = style.format(Double(pageRowLimit)), total = style.format(Double(dataset.rows.count))
            html += "<p class=\"notice\">\(MarkupEscaping.text(UIStrings.fill(strings.tableTruncated, shown, total)))</p>"
        }
        return html
    }

    private static func row(_ row: [DataValue], dataset: Dataset, digits: [Int], style: NumberStyle, strings: UIStrings, total: Bool = false) -> String {
        var html = total ? "<tr class=\"total\">" : "<tr>"
        for (index, value) in row.enumerated() {
            let numeric = dataset.columns[index].kind.isNumeric
            let cell: String
            switch value {
            case .text(let text): cell = MarkupEscaping.text(text)
            case .number(let number): cell = style.format(number, fractionDigits: digits[index])
            case .missing: cell = "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">\(MarkupEscaping.text(strings.chartMissingValue))</span>"
            }
            if index == 0 {
                html += "<th scope=\"row\"\(numeric ? " class=\"num\"" : "")>\(cell)</th>"
            } else {
                html += "<td\(numeric ? " class=\"num\"" : "")>\(cell)</td>"
            }
        }
        return html + "</tr>"
    }
}
