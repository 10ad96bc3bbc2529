/// A statistics table from `content/statistics/<id>.csv` with the metadata from `<id>.md`.
public struct Dataset: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var source: SourceCredit
    /// "Data per" date shown under every chart and table.
    public var updated: CalendarDay?
    /// Unit of the values when all columns share one (`%`, `KPM`, `rupiah`, `jiwa`).
    public var unit: String?
    /// True when the rows are illustrative, not official figures; every page showing them says so.
    public var isSample: Bool
    public var columns: [DatasetColumn]
    /// Row-major values, one entry per column. Empty cells are `.missing`, never zero.
    public var rows: [[DataValue]]
    public var chart: ChartSpec?
    /// Method and caveats, already rendered from the metadata file's Markdown body.
    public var bodyHTML: String
    /// The metadata file's Markdown body (method, caveats), rendered with the page.
    public var body: MarkdownSource?
    /// Short remarks from the metadata's `notes:` list, shown under the table.
    public var notes: [String] = []
    /// Where the `chart:` block was written, for errors about it.
    public var chartLocation: SourceLocation?
    public var metadataLocation: SourceLocation
    public var csvLocation: SourceLocation

    public init(
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

    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }
}

public struct DatasetColumn: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case category, year, date, number, percent

        public var isNumeric: Bool { self == .number || self == .percent }
    }

    /// The header as written in the CSV.
    public var name: String
    /// What readers see.
    public var label: String
    public var kind: Kind
    /// Overrides the dataset's unit for this column.
    public var unit: String?

    public init(name: String, label: String, kind: Kind, unit: String? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.unit = unit
    }
}

public enum DataValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case missing

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// Where a figure or article comes from, credited on the page.
public struct SourceCredit: Hashable, Sendable {
    public var name: String
    public var url: String?

    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
