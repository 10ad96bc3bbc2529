import WartaCore
import WartaModel
/// The geometry of bar charts: single, grouped or stacked, vertical or horizontal.
///
/// Bars always grow from a zero line — their length is the value — and negative values grow the
/// other way. A missing value draws no bar but a "tidak ada data" marker, so it cannot be read as
/// zero. Vertical bars are used only while every label fits; otherwise the chart turns horizontal
/// and grows in height, which keeps 40 kecamatan as readable as 4.
package struct BarChart: Sendable {
    package enum Orientation: Sendable { case vertical, horizontal }
    package enum Arrangement: Sendable { case single, grouped, stacked }

    package struct Bar: Hashable, Sendable {
        package var category: Int
        package var series: Int
        package var value: Double
        package var rect: ChartRect
        package var tooltip: String
        /// Nil for a stacked segment too small to hold its number; the tooltip still has it.
        package var label: PlacedText?
    }

    package struct MissingMarker: Hashable, Sendable {
        package var category: Int
        package var text: PlacedText
        /// Vertical bars are narrow, so their marker runs upwards (or downwards) along the bar's place.
        package var rotated: Bool
        package var tooltip: String
    }

    package var orientation: Orientation
    package var arrangement: Arrangement
    package var plot: ChartRect
    package var ticks: NiceTicks
    /// Value → coordinate along the value axis (y for vertical bars, x for horizontal ones).
    package var scale: LinearScale
    package var tickLabels: [PlacedText]
    package var categoryLabels: [PlacedText]
    package var bars: [Bar]
    package var totals: [PlacedText]
    package var missing: [MissingMarker]
    package var header: ChartHeader
    package var height: Double

    private static let font = ChartTheme.fontSize
    private static let lineHeight = ChartTheme.lineHeight
    private static let padding = ChartTheme.padding

    package init(data: ChartData, kind: ChartSpec.Kind, strings: UIStrings) {
        let seriesCount = data.series.count
        let arrangement: Arrangement = kind == .stacked && seriesCount > 1 ? .stacked : seriesCount > 1 ? .grouped : .single
        let content = Content(data: data, arrangement: arrangement, strings: strings)
        let ticks = NiceTicks(covering: content.low, content.high)
        self.arrangement = arrangement
        self.ticks = ticks

        let header = ChartHeader(data: data, strings: strings)
        self.header = header
        let top = header.height

        let tickTexts = ticks.values.map { strings.numberStyle.format($0, fractionDigits: ticks.fractionDigits) }
        let vertical = kind != .hbar && Self.fitsVertically(content, data: data, arrangement: arrangement, tickTexts: tickTexts)
        let orientation: Orientation = vertical ? .vertical : .horizontal
        let frame = vertical
            ? Self.verticalFrame(data: data, content: content, ticks: ticks, tickTexts: tickTexts, top: top)
            : Self.horizontalFrame(data: data, content: content, arrangement: arrangement, ticks: ticks,
                                   tickTexts: tickTexts, top: top)
        self.orientation = orientation
        (plot, scale, tickLabels, categoryLabels, height) = frame
        (bars, totals, missing) = Self.marks(data: data, content: content, arrangement: arrangement,
                                             orientation: orientation, plot: frame.plot, scale: frame.scale)
    }

    /// Where category `index` sits along the category axis, and how much room it has there.
    package static func band(_ index: Int, count: Int, plot: ChartRect, orientation: Orientation) -> (start: Double, size: Double) {
        let length = orientation == .vertical ? plot.width : plot.height
        let size = length / Double(max(count, 1))
        return ((orientation == .vertical ? plot.minX : plot.minY) + Double(index) * size, size)
    }

    /// Thickness of one bar in a band, and the offset of series `series` within the band.
    package static func slot(series: Int, seriesCount: Int, band: Double, arrangement: Arrangement) -> (offset: Double, size: Double) {
        switch arrangement {
        case .single:
            let size = min(band * 0.7, 48)
            return ((band - size) / 2, size)
        case .stacked:
            // Wider than single bars so that segments can hold their numbers.
            let size = min(band * 0.7, 80)
            return ((band - size) / 2, size)
        case .grouped:
            let group = band * 0.8
            let size = group / Double(seriesCount)
            // A hairline gap keeps neighbouring bars apart where colours are similar.
            let gap = size > 8 ? 2.0 : 0
            return ((band - group) / 2 + Double(series) * size + gap / 2, size - gap)
        }
    }

    // MARK: - Layout

    /// Values, labels and extent, computed once for both orientations.
    private struct Content {
        package var low: Double
        package var high: Double
        /// `labels[series][category]`, nil where the value is missing.
        package var labels: [[String?]]
        package var totals: [String?]
        package var hasMissing: Bool
        package var missingText: String

        package init(data: ChartData, arrangement: Arrangement, strings: UIStrings) {
            var low = 0.0
            var high = 0.0
            labels = data.series.map { series in series.values.map { $0.map(series.format.markLabel) } }
            totals = Array(repeating: nil, count: data.count)
            if arrangement == .stacked {
                let digits = data.series.map(\.format.fractionDigits).max() ?? 0
                let format = ValueFormat(unit: data.series[0].format.unit, fractionDigits: digits, style: strings.numberStyle)
                for category in 0..<data.count {
                    let values = data.series.map { $0.values[category] }
                    let present = values.compactMap { $0 }
                    low = min(low, present.filter { $0 < 0 }.reduce(0, +))
                    high = max(high, present.filter { $0 > 0 }.reduce(0, +))
                    // A total over a stack with a gap would understate the real total.
                    if present.count == values.count { totals[category] = format.markLabel(present.reduce(0, +)) }
                }
            } else {
                for value in data.series.flatMap(\.values) {
                    if let value { low = min(low, value); high = max(high, value) }
                }
            }
            self.low = low
            self.high = high
            hasMissing = data.series.contains { $0.values.contains(nil) }
            missingText = strings.chartMissingValue
        }

        package var allLabels: [String] { labels.flatMap { $0.compactMap { $0 } } + totals.compactMap { $0 } }
    }

    /// Vertical bars while every category label fits its band in two lines and every value label
    /// fits over its bar; otherwise horizontal.
    private static func fitsVertically(_ content: Content, data: ChartData, arrangement: Arrangement,
                                       tickTexts: [String]) -> Bool {
        // A stack with a gap needs its marker written out beside it, which only horizontal bars have room for.
        if arrangement == .stacked && content.hasMissing { return false }
        let plotWidth = ChartTheme.width - 2 * padding - (tickTexts.map { TextMetrics.width(of: $0) }.max() ?? 0) - 8
        let band = plotWidth / Double(max(data.count, 1))
        let slot = slot(series: 0, seriesCount: data.series.count, band: band, arrangement: arrangement).size
        let labelRoom = arrangement == .grouped ? slot : band
        // Stacked segments hide numbers that do not fit, so only their totals must fit.
        let required = arrangement == .stacked ? content.totals.compactMap { $0 } : content.allLabels
        let labelsFit = required.allSatisfy { TextMetrics.width(of: $0, bold: true) <= labelRoom - 2 }
        let categoriesFit = data.periods.allSatisfy { period in
            let wrapped = TextWrapping.wrap(period, width: band - 4, maxLines: 2)
            return !wrapped.isTruncated
        }
        return labelsFit && categoriesFit && (!content.hasMissing || slot >= font + 2)
    }

    private typealias Frame = (plot: ChartRect, scale: LinearScale, tickLabels: [PlacedText],
                               categoryLabels: [PlacedText], height: Double)

    private static func verticalFrame(data: ChartData, content: Content, ticks: NiceTicks, tickTexts: [String],
                                      top: Double) -> Frame {
        // Room for value labels over the tallest bar and under the deepest one.
        let top = top + (content.high > 0 ? lineHeight : 0)
        let left = padding + (tickTexts.map { TextMetrics.width(of: $0) }.max() ?? 0) + 8
        let plot = ChartRect(x: left, y: top, width: ChartTheme.width - padding - left, height: ChartTheme.plotHeight)
        let bottomRoom = content.low < 0 ? lineHeight : 0
        let scale = LinearScale(domain: ticks.lower...ticks.upper, rangeStart: plot.maxY - bottomRoom, rangeEnd: plot.minY)
        let tickLabels = zip(ticks.values, tickTexts).map { value, text in
            PlacedText(text, at: ChartPoint(x: left - 8, y: scale(value) + font * 0.35), anchor: .end)
        }
        var maxLines = 1
        let categoryLabels = data.periods.indices.map { index in
            let band = band(index, count: data.count, plot: plot, orientation: .vertical)
            let wrapped = TextWrapping.wrap(data.periods[index], width: band.size - 4, maxLines: 2)
            maxLines = max(maxLines, wrapped.lines.count)
            return PlacedText(lines: wrapped.lines, at: ChartPoint(x: band.start + band.size / 2, y: plot.maxY + 6 + font),
                              anchor: .middle, fullText: nil)
        }
        return (plot, scale, tickLabels, categoryLabels, plot.maxY + 6 + Double(maxLines) * lineHeight)
    }

    private static func horizontalFrame(data: ChartData, content: Content, arrangement: Arrangement, ticks: NiceTicks,
                                        tickTexts: [String], top: Double) -> Frame {
        let wrapped = data.periods.map { TextWrapping.wrap($0, width: ChartTheme.width * 0.38, maxLines: 2) }
        let labelColumn = wrapped.map(\.width).max() ?? 0
        let lines = Double(wrapped.map(\.lines.count).max() ?? 1)
        let barRoom = arrangement == .grouped ? Double(data.series.count) * 20 + 12 : 34
        // Two-line labels may use the bars' spacing, but never reach a neighbouring label.
        let row = max(barRoom, lines * lineHeight - 4)

        let left = padding + labelColumn + 8
        let top = top + 4
        let plot = ChartRect(x: left, y: top, width: ChartTheme.width - padding - left, height: row * Double(data.count))
        // Value labels sit beyond the bar ends, so the scale stops short of the plot edges by their width.
        func room(_ labels: [String]) -> Double {
            labels.isEmpty ? 0 : (labels.map { TextMetrics.width(of: $0, bold: true) }.max() ?? 0) + 6
        }
        let positive = content.high > 0 ? content.allLabels.filter { !$0.hasPrefix("-") } : []
        let negative = content.low < 0 ? content.allLabels.filter { $0.hasPrefix("-") } : []
        // A gap in a stack is written after the stack's end; other gaps are written from zero, over the absent bar.
        let rightRoom = max(room(positive), arrangement == .stacked && content.hasMissing ? room([content.missingText]) : 0)
        let scale = LinearScale(domain: ticks.lower...ticks.upper,
                                rangeStart: plot.minX + room(negative), rangeEnd: plot.maxX - rightRoom)

        let centers = ticks.values.map { scale($0) }
        let visible = LabelThinning.visibleIndices(centers: centers, widths: tickTexts.map { TextMetrics.width(of: $0) },
                                                   keeping: ticks.values.firstIndex(of: 0) ?? 0)
        let tickLabels = visible.map { index in
            PlacedText(tickTexts[index], at: ChartPoint(x: centers[index], y: plot.maxY + 6 + font), anchor: .middle)
        }
        let categoryLabels = wrapped.indices.map { index in
            let center = plot.minY + (Double(index) + 0.5) * row
            let firstBaseline = center - Double(wrapped[index].lines.count - 1) * lineHeight / 2 + font * 0.35
            return PlacedText(lines: wrapped[index].lines, at: ChartPoint(x: left - 8, y: firstBaseline), anchor: .end,
                              fullText: wrapped[index].isTruncated ? data.periods[index] : nil)
        }
        return (plot, scale, tickLabels, categoryLabels, plot.maxY + 6 + lineHeight)
    }

    // MARK: - Marks

    private static func marks(data: ChartData, content: Content, arrangement: Arrangement, orientation: Orientation,
                              plot: ChartRect, scale: LinearScale) -> ([Bar], [PlacedText], [MissingMarker]) {
        let vertical = orientation == .vertical
        let zero = scale(0)
        let multiple = data.series.count > 1
        var bars: [Bar] = []
        var totals: [PlacedText] = []
        var missing: [MissingMarker] = []

        /// A rectangle from `from` to `to` along the value axis, in the given slot of the category axis.
        func rect(from: Double, to: Double, slotStart: Double, slotSize: Double) -> ChartRect {
            vertical
                ? ChartRect(x0: slotStart, y0: from, x1: slotStart + slotSize, y1: to)
                : ChartRect(x0: from, y0: slotStart, x1: to, y1: slotStart + slotSize)
        }

        /// A label just beyond the end of a bar, on the side it grows towards.
        func endLabel(_ text: String, end: Double, center: Double, negative: Bool) -> PlacedText {
            vertical
                ? PlacedText(text, at: ChartPoint(x: center, y: negative ? end + 4 + font * 0.75 : end - 5), anchor: .middle)
                : PlacedText(text, at: ChartPoint(x: negative ? end - 4 : end + 4, y: center + font * 0.35),
                             anchor: negative ? .end : .start)
        }

        func tooltip(_ series: Int, _ category: Int, _ text: String) -> String {
            multiple ? "\(data.periods[category]), \(data.series[series].label): \(text)"
                : "\(data.periods[category]): \(text)"
        }

        func missingMarker(category: Int, center: Double, at position: Double, tooltips: [String]) -> MissingMarker {
            if vertical {
                // Run the text into whichever side of the zero line has more room.
                let upwards = zero - plot.minY >= plot.maxY - zero
                return MissingMarker(
                    category: category,
                    text: PlacedText(content.missingText, at: ChartPoint(x: center + font * 0.35, y: upwards ? zero - 4 : zero + 4),
                                     anchor: upwards ? .start : .end),
                    rotated: true, tooltip: tooltips.joined(separator: "; "))
            }
            return MissingMarker(
                category: category,
                text: PlacedText(content.missingText, at: ChartPoint(x: position + 4, y: center + font * 0.35), anchor: .start),
                rotated: false, tooltip: tooltips.joined(separator: "; "))
        }

        for category in 0..<data.count {
            let band = band(category, count: data.count, plot: plot, orientation: orientation)
            if arrangement == .stacked {
                let slot = slot(series: 0, seriesCount: data.series.count, band: band.size, arrangement: .stacked)
                let center = band.start + slot.offset + slot.size / 2
                var positiveEnd = 0.0
                var negativeEnd = 0.0
                var gaps: [String] = []
                for (seriesIndex, series) in data.series.enumerated() {
                    guard let value = series.values[category] else {
                        gaps.append(tooltip(seriesIndex, category, content.missingText))
                        continue
                    }
                    let start = value < 0 ? negativeEnd : positiveEnd
                    let end = start + value
                    if value < 0 { negativeEnd = end } else { positiveEnd = end }
                    let r = rect(from: scale(start), to: scale(end), slotStart: band.start + slot.offset, slotSize: slot.size)
                    let text = content.labels[seriesIndex][category]!
                    let length = vertical ? r.height : r.width
                    let thickness = vertical ? r.width : r.height
                    let fits = TextMetrics.width(of: text, bold: true) + 6 <= (vertical ? thickness : length)
                        && font + 2 <= (vertical ? length : thickness)
                    let label = fits
                        ? PlacedText(text, at: ChartPoint(x: r.midX, y: r.midY + font * 0.35), anchor: .middle)
                        : nil
                    bars.append(Bar(category: category, series: seriesIndex, value: value, rect: r,
                                    tooltip: tooltip(seriesIndex, category, series.format.value(value)), label: label))
                }
                if let total = content.totals[category] {
                    let negative = positiveEnd == 0 && negativeEnd < 0
                    totals.append(endLabel(total, end: scale(negative ? negativeEnd : positiveEnd), center: center,
                                           negative: negative))
                } else if !gaps.isEmpty {
                    missing.append(missingMarker(category: category, center: center, at: scale(positiveEnd), tooltips: gaps))
                }
                continue
            }
            for (seriesIndex, series) in data.series.enumerated() {
                let slot = slot(series: seriesIndex, seriesCount: data.series.count, band: band.size, arrangement: arrangement)
                let center = band.start + slot.offset + slot.size / 2
                guard let value = series.values[category] else {
                    missing.append(missingMarker(category: category, center: center, at: zero,
                                                 tooltips: [tooltip(seriesIndex, category, content.missingText)]))
                    continue
                }
                let end = scale(value)
                bars.append(Bar(
                    category: category, series: seriesIndex, value: value,
                    rect: rect(from: zero, to: end, slotStart: band.start + slot.offset, slotSize: slot.size),
                    tooltip: tooltip(seriesIndex, category, series.format.value(value)),
                    label: endLabel(content.labels[seriesIndex][category]!, end: end, center: center, negative: value < 0)))
            }
        }
        return (bars, totals, missing)
    }
}
