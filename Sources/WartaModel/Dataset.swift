import WartaCore
/// A statistics table from `content/statistics/<id>.csv` with the metadata from `<id>.md`.
package struct Dataset: Sendable {
    package var id: String
    package var title: String
    package var description: String?
    package var source: SourceCredit
    /// "Data per" date shown under every chart and table.
    package var updated: CalendarDay?
    /// Unit of the values when all columns share one (`%`, `KPM`, `rupiah`, `jiwa`).
    package var unit: String?
    /// True when the rows are illustrative, not official figures; every page showing them says so.
    package var isSample: Bool
    package var columns: [DatasetColumn]
    /// Row-major values, one entry per column. Empty cells are `.missing`, never zero.
    package var rows: [[DataValue]]
    package var chart: ChartSpec?
    /// Method and caveats, already rendered from the metadata file's Markdown body.
    package var bodyHTML: String
    /// The metadata file's Markdown body (method, caveats), rendered with the page.
    package var body: MarkdownSource?
    /// Short remarks from the metadata's `notes:` list, shown under the table.
    package var notes: [String] = []
    /// Rows that add up the others (`Jumlah`, `Total`): shown in the table as totals, never charted.
    package var totalRows: Set<Int> = []
    /// Where the `chart:` block was written, for errors about it.
    package var chartLocation: SourceLocation?
    package var metadataLocation: SourceLocation
    package var csvLocation: SourceLocation

    package init(
        id: String, title: String, description: String? = nil, source: SourceCredit, updated: CalendarDay? = nil,
        unit: String? = nil, isSample: Bool = false, columns: [DatasetColumn], rows: [[DataValue]],
        chart: ChartSpec? = nil, bodyHTML: String = "",
        metadataLocation: SourceLocation, csvLocation: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.source = source
        self.updated = updated
        self.unit = unit
        self.isSample = isSample
        self.columns = columns
        self.rows = rows
        self.chart = chart
        self.bodyHTML = bodyHTML
        self.metadataLocation = metadataLocation
        self.csvLocation = csvLocation
    }

    package func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }
}

package struct DatasetColumn: Hashable, Sendable {
    /// `count` is for whole things (people, families, KPM): a fraction in it is an error, and it
    /// settles whether `1.234` means a thousand. `code` is an identifier made of digits (region codes
    /// `6171`), shown as written and never grouped, like `year`.
    package enum Kind: String, Sendable, CaseIterable {
        case category, year, date, code, number, count, percent

        package var isNumeric: Bool { self == .number || self == .count || self == .percent }
    }

    /// The header as written in the CSV.
    package var name: String
    /// What readers see.
    package var label: String
    package var kind: Kind
    /// Overrides the dataset's unit for this column.
    package var unit: String?

    package init(name: String, label: String, kind: Kind, unit: String? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.unit = unit
    }
}

package enum DataValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case missing

    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// Where a figure or article comes from, credited on the page.
package struct SourceCredit: Hashable, Sendable {
    package var name: String
    package var url: String?

    package init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
