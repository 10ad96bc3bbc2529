import WartaCharts
/// The site's one stylesheet: the hand-written `templates/assets/style.css` followed by the chart
/// styles, which standalone SVG files embed too; one source for both.
package enum Stylesheet {
    package static func render(templatesCSS: String) -> String {
        templatesCSS + "\n" + ChartStylesheet.css
    }
}
