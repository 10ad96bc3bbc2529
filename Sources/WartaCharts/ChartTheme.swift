/// Sizes shared by layout code and `ChartStylesheet`, so that text measured while laying out a chart
/// is the text the stylesheet draws.
///
/// Charts are 480 units wide. A phone shows them about 360 px wide, so a 16-unit font appears at
/// 12 px there — the smallest size the issue allows — and grows on wider screens.
package enum ChartTheme {
    package static let width = 480.0
    package static let fontSize = 16.0
    package static let titleFontSize = 20.0
    package static let figureValueFontSize = 40.0
    package static let compactFigureValueFontSize = 28.0
    package static let lineHeight = 20.0
    package static let padding = 12.0
    /// Height of the plotting area of line and vertical bar charts.
    package static let plotHeight = 240.0
    /// Size of a line-chart marker; shapes are drawn to cover a similar area.
    package static let markerRadius = 4.5
    /// Marker radius when a series has so many points that full-size markers would merge into a band.
    package static let denseMarkerRadius = 2.5
    package static let denseSeriesThreshold = 30
}
