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
        for row in dataset.rows.prefix(pageRowLimit) {
            html += "<tr>"
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
            html += "</tr>"
        }
        html += "</tbody></table></div>"
        if dataset.rows.count > pageRowLimit {
            let shown = style.format(Double(pageRowLimit)), total = style.format(Double(dataset.rows.count))
            html += "<p class=\"notice\">\(MarkupEscaping.text(UIStrings.fill(strings.tableTruncated, shown, total)))</p>"
        }
        return html
    }
}
