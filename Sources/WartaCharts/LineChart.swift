import WartaCore
/// The geometry of a line chart: one or more series over years, dates or categories.
///
/// The y-axis may start above zero — small changes in a rate are the point of such charts — but
/// then `includesZero` is false and the drawing marks the axis as broken and says so in words.
package struct LineChart: Sendable {
    package struct Point: Hashable, Sendable {
        /// Row in `ChartData`.
        package var index: Int
        package var position: ChartPoint
        package var value: Double
        package var tooltip: String
    }

    package struct Series: Sendable {
        package var label: String
        /// Runs of consecutive present values; a missing value ends a run, leaving a visible gap.
        package var segments: [[ChartPoint]]
        package var points: [Point]
        package var valueLabels: [PlacedText]
    }

    package var plot: ChartRect
    package var ticks: NiceTicks
    package var yScale: LinearScale
    package var includesZero: Bool
    package var tickLabels: [PlacedText]
    package var xLabels: [PlacedText]
    package var series: [Series]
    package var header: ChartHeader
    package var markerRadius: Double
    package var height: Double

    package static let cutRoom = 24.0
    private static let font = ChartTheme.fontSize
    private static let lineHeight = ChartTheme.lineHeight
    private static let padding = ChartTheme.padding

    package init(data: ChartData, strings: UIStrings) {
        let multiple = data.series.count > 1
        let ticks = Self.ticks(for: data.series.flatMap { $0.values.compactMap { $0 } })
        self.ticks = ticks
        includesZero = ticks.lower <= 0 && ticks.upper >= 0

        header = ChartHeader(data: data, strings: strings)
        // Room for value labels above the highest points.
        let top = header.height + Self.lineHeight

        let tickTexts = ticks.values.map { strings.numberStyle.format($0, fractionDigits: ticks.fractionDigits) }
        let left = Self.padding + (tickTexts.map { TextMetrics.width(of: $0) }.max() ?? 0) + 8
        let endLabelTexts: [String] = multiple
            ? data.series.map { series in series.presentIndices.last.map { series.format.markLabel(series.values[$0]!) } ?? "" }
            : []
        let endRoom = endLabelTexts.isEmpty ? 0 : (endLabelTexts.map { TextMetrics.width(of: $0, bold: true) }.max() ?? 0) + 12
        let plot = ChartRect(x: left, y: top, width: ChartTheme.width - Self.padding - endRoom - left,
                             height: ChartTheme.plotHeight)
        // A cut axis leaves a strip under the lowest tick for the break mark and for labels under low points.
        let yScale = LinearScale(domain: ticks.lower...ticks.upper,
                                 rangeStart: plot.maxY - (ticks.lower > 0 ? Self.cutRoom : 0),
                                 rangeEnd: plot.minY + (ticks.upper < 0 ? Self.cutRoom : 0))
        self.plot = plot
        self.yScale = yScale

        // Time labels are short; category names wrap into their share of the width, so that they
        // are shortened before any is left out.
        let xLabelWidthLimit = data.axis == .time
            ? plot.width
            : min(120, max(48, plot.width / Double(max(data.count, 1)) - 8))
        let wrappedX = data.periods.map { TextWrapping.wrap($0, width: xLabelWidthLimit, maxLines: 2) }
        let xWidths = wrappedX.map(\.width)

        // Keep the first and last labels (and single-series value labels) inside the plot.
        var edgeWidth = max(xWidths.first ?? 0, xWidths.last ?? 0)
        if !multiple, let only = data.series.first, let first = only.presentIndices.first, let last = only.presentIndices.last {
            edgeWidth = max(edgeWidth, TextMetrics.width(of: only.format.markLabel(only.values[first]!), bold: true),
                            TextMetrics.width(of: only.format.markLabel(only.values[last]!), bold: true))
        }
        let inset = min(plot.width / 4, edgeWidth / 2 + 2)
        let xScale = LinearScale(domain: (data.positions.min() ?? 0)...(data.positions.max() ?? 0),
                                 rangeStart: plot.minX + inset, rangeEnd: plot.maxX - inset)
        let xs = data.positions.map { xScale($0) }

        tickLabels = zip(ticks.values, tickTexts).map { value, text in
            PlacedText(text, at: ChartPoint(x: left - 8, y: yScale(value) + Self.font * 0.35), anchor: .end)
        }
        let visible = LabelThinning.visibleIndices(centers: xs, widths: xWidths, keeping: xs.count - 1)
        let maxLines = visible.map { wrappedX[$0].lines.count }.max() ?? 1
        xLabels = visible.map { index in
            PlacedText(lines: wrappedX[index].lines,
                       at: ChartPoint(x: xs[index], y: plot.maxY + 6 + Self.font), anchor: .middle,
                       fullText: wrappedX[index].isTruncated ? data.periods[index] : nil)
        }
        height = plot.maxY + 6 + Double(maxLines) * Self.lineHeight

        let densest = data.series.map { $0.presentIndices.count }.max() ?? 0
        markerRadius = densest > ChartTheme.denseSeriesThreshold ? ChartTheme.denseMarkerRadius : ChartTheme.markerRadius

        series = data.series.map { source in
            var segments: [[ChartPoint]] = []
            var run: [ChartPoint] = []
            var points: [Point] = []
            for (index, value) in source.values.enumerated() {
                guard let value else {
                    if !run.isEmpty { segments.append(run); run = [] }
                    continue
                }
                let position = ChartPoint(x: xs[index], y: yScale(value))
                run.append(position)
                let tooltipLabel = multiple ? "\(source.label), \(data.periods[index])" : data.periods[index]
                points.append(Point(index: index, position: position, value: value,
                                    tooltip: "\(tooltipLabel): \(source.format.value(value))"))
            }
            if !run.isEmpty { segments.append(run) }
            let labels = multiple ? [] : Self.singleSeriesLabels(points, format: source.format, plot: plot)
            return Series(label: source.label, segments: segments, points: points, valueLabels: labels)
        }
        if multiple {
            placeEndLabels(texts: endLabelTexts)
        }
    }

    /// Ticks for the values, starting from zero when the data lie close enough to it that a
    /// zero-based axis costs little resolution; otherwise the axis is cut (and says so).
    package static func ticks(for values: [Double]) -> NiceTicks {
        guard var low = values.min(), var high = values.max() else { return NiceTicks(covering: 0, 1) }
        if low > 0 && low <= high / 2 { low = 0 }
        if high < 0 && high >= low / 2 { high = 0 }
        return NiceTicks(covering: low, high)
    }

    /// With one series, values are written next to the points: all of them when there are few,
    /// otherwise the first, last, highest and lowest — the ones a reader asks about.
    private static func singleSeriesLabels(_ points: [Point], format: ValueFormat, plot: ChartRect) -> [PlacedText] {
        guard !points.isEmpty else { return [] }
        var chosen = Set(points.indices)
        if points.count > 8 {
            let highest = points.indices.max { points[$0].value < points[$1].value }!
            let lowest = points.indices.min { points[$0].value < points[$1].value }!
            chosen = [0, points.count - 1, highest, lowest]
        }
        return chosen.sorted().map { i in
            let point = points[i].position
            // Below the point when the line comes down into it from both sides (a valley), so the
            // label does not sit on the line; never below the plot, where the x labels are.
            let neighbours = [i - 1, i + 1].filter { points.indices.contains($0) && abs(points[$0].index - points[i].index) == 1 }
            let valley = !neighbours.isEmpty && neighbours.allSatisfy { points[$0].position.y < point.y }
            let below = valley && point.y + 8 + ChartTheme.fontSize * 0.8 <= plot.maxY
            let y = below ? point.y + 8 + ChartTheme.fontSize * 0.8 : point.y - 9
            return PlacedText(format.markLabel(points[i].value), at: ChartPoint(x: point.x, y: y), anchor: .middle)
        }
    }

    /// Each series' last value, written just right of its last point and pushed apart vertically so
    /// that lines ending close together still have readable labels.
    private mutating func placeEndLabels(texts: [String]) {
        var placements: [(series: Int, point: ChartPoint)] = series.indices.compactMap { index in
            series[index].points.last.map { (index, $0.position) }
        }
        placements.sort { ($0.point.y, $0.series) < ($1.point.y, $1.series) }
        var ys = placements.map { $0.point.y + ChartTheme.fontSize * 0.35 }
        let spacing = ChartTheme.lineHeight
        for i in ys.indices.dropFirst() where ys[i] < ys[i - 1] + spacing {
            ys[i] = ys[i - 1] + spacing
        }
        let lowest = plot.maxY + ChartTheme.fontSize * 0.35
        if let last = ys.last, last > lowest {
            let shift = last - lowest
            ys = ys.map { $0 - shift }
        }
        for (placement, y) in zip(placements, ys) {
            series[placement.series].valueLabels = [
                PlacedText(texts[placement.series], at: ChartPoint(x: placement.point.x + 9, y: y), anchor: .start),
            ]
        }
    }
}
