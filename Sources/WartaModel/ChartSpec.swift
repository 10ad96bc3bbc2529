/// What the author asked for in a dataset's `chart:` block or a ```chart fenced block.
package struct ChartSpec: Hashable, Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        case line
        case bar
        /// Horizontal bars, for long category labels such as kecamatan names.
        case hbar
        case grouped
        case stacked
        /// Key-figure tiles: the latest value with its change against the previous period.
        case figure
    }

    package var kind: Kind
    /// Column along the category/time axis.
    package var x: String
    /// Numeric columns drawn as series.
    package var series: [String]
    /// Caption shown under an embedded chart; defaults to the dataset title.
    package var caption: String?

    package init(kind: Kind, x: String, series: [String], caption: String? = nil) {
        self.kind = kind
        self.x = x
        self.series = series
        self.caption = caption
    }
}
