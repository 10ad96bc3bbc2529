/// The CSS of every chart, both embedded in standalone `.svg` files and appended to the site
/// stylesheet for inline charts — one text, so the two cannot drift apart.
///
/// Colours come from custom properties (`--chart-bg`, `--chart-text`, `--chart-muted`,
/// `--chart-grid`, `--chart-surface`, `--chart-1` … `--chart-5`, `--chart-font`) that a site sets
/// for dark mode. Each such declaration is preceded by its plain fallback, because renderers
/// without custom properties (librsvg, some image viewers) drop the `var()` line and keep the
/// fallback. In print the fallbacks win, so charts print dark on white whatever the screen theme.
package enum ChartStylesheet {
    package static let css: String = {
        var css = "/* Warta charts */\n"
        for rule in rules {
            css += rule.selector + " { " + rule.declarations.map(\.screen).joined(separator: " ") + " }\n"
        }
        css += "@media print {\n"
        for rule in rules where rule.declarations.contains(where: \.isThemed) {
            css += "  " + rule.selector + " { "
                + rule.declarations.filter(\.isThemed).map(\.print).joined(separator: " ") + " }\n"
        }
        css += "}\n"
        return css
    }()

    private struct Declaration {
        package var property: String
        package var value: String
        package var variable: String?

        package var isThemed: Bool { variable != nil }
        package var print: String { "\(property): \(value);" }
        package var screen: String {
            guard let variable else { return print }
            return "\(property): \(value); \(property): var(--\(variable), \(value));"
        }
    }

    private struct Rule {
        package var selector: String
        package var declarations: [Declaration]
    }

    private static func plain(_ property: String, _ value: String) -> Declaration {
        Declaration(property: property, value: value)
    }

    private static func themed(_ property: String, _ variable: String, _ fallback: String) -> Declaration {
        Declaration(property: property, value: fallback, variable: variable)
    }

    private static let background = "#ffffff"
    private static let text = "#1a1a1a"
    /// 7:1 on white, so secondary text stays readable at the minimum size.
    private static let muted = "#595959"
    private static let grid = "#d9d9d9"
    private static let surface = "#f3f5f7"
    private static let font = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif"

    /// Line dashes per series slot; the first series is solid.
    private static let dashes = ["none", "9 4", "2 4", "12 4 2 4", "5 5"]

    private static func px(_ value: Double) -> String { SVGNumber.format(value) + "px" }

    private static let rules: [Rule] = {
        var rules: [Rule] = [
            Rule(selector: ".wc", declarations: [
                themed("font-family", "chart-font", font), plain("font-size", px(ChartTheme.fontSize)),
            ]),
            // Inline charts have no size attributes: they take the width of their container and
            // the height their viewBox implies. Standalone files keep their own size.
            Rule(selector: "svg.wc:not([width])", declarations: [
                plain("display", "block"), plain("width", "100%"), plain("height", "auto"),
            ]),
            Rule(selector: ".wc text", declarations: [themed("fill", "chart-text", text)]),
            Rule(selector: ".wc-bg", declarations: [themed("fill", "chart-bg", background)]),
            Rule(selector: ".wc-title", declarations: [plain("font-size", px(ChartTheme.titleFontSize)), plain("font-weight", "700")]),
            Rule(selector: ".wc .wc-tick, .wc .wc-caption, .wc .wc-source, .wc .wc-note, .wc .wc-period, .wc .wc-missing",
                 declarations: [themed("fill", "chart-muted", muted)]),
            Rule(selector: ".wc-missing", declarations: [plain("font-style", "italic")]),
            Rule(selector: ".wc-grid", declarations: [themed("stroke", "chart-grid", grid), plain("stroke-width", "1px")]),
            Rule(selector: ".wc-zero", declarations: [themed("stroke", "chart-text", text), plain("stroke-width", "1.5px")]),
            Rule(selector: ".wc-axis, .wc-break", declarations: [
                themed("stroke", "chart-muted", muted), plain("stroke-width", "1.5px"), plain("fill", "none"),
            ]),
            Rule(selector: ".wc-line", declarations: [
                plain("fill", "none"), plain("stroke-width", "2.5px"), plain("stroke-linejoin", "round"),
                plain("stroke-linecap", "round"),
            ]),
            Rule(selector: ".wc-marker", declarations: [themed("stroke", "chart-bg", background), plain("stroke-width", "1.5px")]),
            Rule(selector: ".wc .wc-value, .wc .wc-halo", declarations: [plain("font-weight", "600")]),
            Rule(selector: ".wc .wc-halo", declarations: [
                themed("stroke", "chart-bg", background), themed("fill", "chart-bg", background), plain("stroke-width", "4px"),
                plain("stroke-linejoin", "round"),
            ]),
            Rule(selector: ".wc-hatch", declarations: [
                themed("stroke", "chart-bg", background), plain("stroke-width", "1.5px"), plain("fill", "none"),
            ]),
            Rule(selector: ".wc-hatch-dot", declarations: [themed("fill", "chart-bg", background)]),
            Rule(selector: ".wc-pattern", declarations: [plain("pointer-events", "none")]),
            Rule(selector: ".wc-tile", declarations: [
                themed("fill", "chart-surface", surface), themed("stroke", "chart-grid", grid), plain("stroke-width", "1px"),
            ]),
            Rule(selector: ".wc-figure-value", declarations: [
                plain("font-size", px(ChartTheme.figureValueFontSize)), plain("font-weight", "700"),
            ]),
            Rule(selector: ".wc-figure-value.wc-compact", declarations: [
                plain("font-size", px(ChartTheme.compactFigureValueFontSize)),
            ]),
            Rule(selector: ".wc-change", declarations: [plain("font-weight", "600")]),
        ]
        for (index, colour) in ChartPalette.colours.enumerated() {
            let slot = ChartPalette.seriesClass(index)
            let variable = "chart-\(index + 1)"
            rules.append(Rule(selector: ".wc-line.\(slot)", declarations: [
                themed("stroke", variable, colour), plain("stroke-dasharray", dashes[index % dashes.count]),
            ]))
            rules.append(Rule(selector: ".wc-bar.\(slot), .wc-marker.\(slot), .wc-swatch.\(slot)",
                              declarations: [themed("fill", variable, colour)]))
        }
        return rules
    }()
}
