/// Key figures drawn as tiles: what is measured, the latest value in large type with its change
/// beside it (`4,20 %  ▼ 0,25 poin`), and the periods compared.
package struct FigureTiles: Sendable {
    package struct Tile: Hashable, Sendable {
        package var rect: ChartRect
        package var label: PlacedText
        package var value: PlacedText
        /// Values too long for the large size (big rupiah amounts) are set smaller rather than cut.
        package var compact: Bool
        package var change: PlacedText?
        package var period: PlacedText
        package var tooltip: String
    }

    package var tiles: [Tile]
    package var height: Double

    private static let gap = 12.0
    private static let inner = 12.0

    private static func valueWidth(_ text: String, compact: Bool) -> Double {
        TextMetrics.width(of: text, fontSize: compact ? ChartTheme.compactFigureValueFontSize : ChartTheme.figureValueFontSize,
                          bold: true)
    }

    package init(figures: [KeyFigure]) {
        let fullWidth = ChartTheme.width - 2 * ChartTheme.padding
        let halfWidth = (fullWidth - Self.gap) / 2
        // Side by side only when every value fits half the width at full size.
        let columns = figures.count > 1
            && figures.allSatisfy({ Self.valueWidth($0.valueText, compact: false) <= halfWidth - 2 * Self.inner }) ? 2 : 1
        let tileWidth = columns == 2 ? halfWidth : fullWidth
        let textWidth = tileWidth - 2 * Self.inner
        let labels = figures.map { TextWrapping.wrap($0.label, width: textWidth, maxLines: 3) }

        var tiles: [Tile] = []
        var top = 0.0
        for rowStart in stride(from: 0, to: figures.count, by: columns) {
            let row = rowStart..<min(rowStart + columns, figures.count)
            // Tiles in a row share their sizes, so their values line up.
            let compact = row.contains { Self.valueWidth(figures[$0].valueText, compact: false) > textWidth }
            let valueSize = compact ? ChartTheme.compactFigureValueFontSize : ChartTheme.figureValueFontSize
            let labelLines = Double(row.map { labels[$0].lines.count }.max() ?? 1)
            let valueBaseline = top + Self.inner + labelLines * ChartTheme.lineHeight + valueSize * 0.85
            let changeBelow = row.contains { index in
                Self.valueWidth(figures[index].valueText, compact: compact) + 12
                    + TextMetrics.width(of: figures[index].changeText ?? "", bold: true) > textWidth
            }
            let changeBaseline = changeBelow ? valueBaseline + ChartTheme.lineHeight + 4 : valueBaseline
            let periodBaseline = changeBaseline + ChartTheme.lineHeight + 6
            let height = periodBaseline + Self.inner - top

            for (column, index) in row.enumerated() {
                let figure = figures[index]
                let left = ChartTheme.padding + Double(column) * (tileWidth + Self.gap)
                let textX = left + Self.inner
                let valueWidth = Self.valueWidth(figure.valueText, compact: compact)
                let change = figure.changeText.map { text in
                    PlacedText(text, at: ChartPoint(x: changeBelow ? textX : textX + valueWidth + 12, y: changeBaseline),
                               anchor: .start)
                }
                let periodText = [figure.periodText, figure.comparedWith ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
                let tooltip = [figure.label + ": " + figure.valueText, figure.periodText, figure.changeSentence ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: ", ")
                tiles.append(Tile(
                    rect: ChartRect(x: left, y: top, width: tileWidth, height: height),
                    label: PlacedText(lines: labels[index].lines,
                                      at: ChartPoint(x: textX, y: top + Self.inner + ChartTheme.fontSize),
                                      anchor: .start, fullText: labels[index].isTruncated ? figure.label : nil),
                    value: PlacedText(figure.valueText, at: ChartPoint(x: textX, y: valueBaseline), anchor: .start),
                    compact: compact,
                    change: change,
                    period: PlacedText(TextWrapping.fit(periodText, width: textWidth),
                                       at: ChartPoint(x: textX, y: periodBaseline), anchor: .start),
                    tooltip: tooltip))
            }
            top += height + Self.gap
        }
        self.tiles = tiles
        height = max(0, top - Self.gap)
    }
}
