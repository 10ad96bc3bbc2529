import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct ChartRendererTests {
    let renderer = ChartRenderer(strings: .indonesian)

    private var everyKind: [(Dataset, ChartSpec)] {
        let grouped = ChartFixtures.dataset(unit: "jiwa", columns: [
            ChartFixtures.year,
            DatasetColumn(name: "l", label: "Laki-laki", kind: .number),
            DatasetColumn(name: "p", label: "Perempuan", kind: .number),
        ], rows: [[.number(2023), .number(12_000), .missing], [.number(2024), .number(11_314), .number(13_050)]])
        let byPlace = ChartFixtures.byKecamatan([("Bekasi Utara", 1_200), ("Rawalumbu", nil), ("Jatiasih", -40)])
        return [
            (ChartFixtures.poverty, ChartFixtures.povertySpec),
            (ChartFixtures.poverty, ChartSpec(kind: .figure, x: "tahun", series: ["persen"])),
            (byPlace, ChartFixtures.spec(.bar)),
            (byPlace, ChartFixtures.spec(.hbar)),
            (grouped, ChartSpec(kind: .grouped, x: "tahun", series: ["l", "p"])),
            (grouped, ChartSpec(kind: .stacked, x: "tahun", series: ["l", "p"])),
        ]
    }

    @Test func renderingIsDeterministic() {
        for (dataset, spec) in everyKind {
            #expect(renderer.inlineSVG(dataset, spec: spec, idPrefix: "c1") == renderer.inlineSVG(dataset, spec: spec, idPrefix: "c1"))
            #expect(ChartRenderer(strings: .indonesian).standaloneSVG(dataset, spec: spec) == renderer.standaloneSVG(dataset, spec: spec))
        }
    }

    @Test func inlineRootIsAccessibleAndResponsive() throws {
        let svg = renderer.inlineSVG(ChartFixtures.poverty, spec: ChartFixtures.povertySpec, idPrefix: "grafik-1")
        let root = try #require(svg.split(separator: ">").first)
        #expect(root.contains("role=\"img\""))
        #expect(root.contains("aria-labelledby=\"grafik-1-title grafik-1-desc\""))
        #expect(root.contains("viewBox=\"0 0 480 "))
        #expect(!root.contains(" width=") && !root.contains(" height="))
        #expect(svg.contains("<title id=\"grafik-1-title\">Persentase penduduk miskin</title>"))
        #expect(svg.contains("<desc id=\"grafik-1-desc\">Persentase penduduk miskin turun dari 4,45 % (2023) menjadi 4,20 % (2024).</desc>"))
        #expect(svg.contains("<title>2024: 4,20 %</title>"))
        #expect(svg.contains("Sumber: BPS Kota · Data per 12 November 2024"))
        #expect(svg.contains(UIStrings.indonesian.chartAxisNotAtZero))
        #expect(!svg.contains("<style"))
    }

    @Test func standaloneFilesCarryTheirStylesheet() {
        let svg = renderer.standaloneSVG(ChartFixtures.poverty, spec: ChartFixtures.povertySpec)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<style>" + ChartStylesheet.css + "</style>"))
        #expect(svg.contains("aria-labelledby=\"kemiskinan-title kemiskinan-desc\""))
        #expect(svg.contains("class=\"wc-bg\""))
    }

    @Test func stylesheetUsesCustomPropertiesWithFallbacks() {
        let css = ChartStylesheet.css
        #expect(css.contains("fill: #0072b2; fill: var(--chart-1, #0072b2);"))
        #expect(css.contains("@media print"))
        // Embedded in XML as text, so it must not need escaping.
        #expect(MarkupEscaping.text(css) == css)
    }

    @Test func textFromDataIsEscaped() {
        let dataset = ChartFixtures.dataset(title: "Judul <b>tebal</b> & \"kutip\"", source: "Dinas <Sosial> & 'Mitra'",
                                            columns: [ChartFixtures.kecamatan, ChartFixtures.kpm],
                                            rows: [[.text("<script>alert(1)</script>"), .number(5)], [.text("B&B"), .number(3)]])
        for spec in [ChartFixtures.spec(.bar), ChartFixtures.spec(.hbar), ChartFixtures.spec(.line)] {
            let svg = renderer.standaloneSVG(dataset, spec: spec)
            #expect(!svg.contains("<script>"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(svg.contains("B&amp;B"))
            #expect(svg.contains("Judul &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot;"))
            #expect(svg.contains("Dinas &lt;Sosial&gt; &amp; &#39;Mitra&#39;"))
            #expect(isWellFormedXML(svg))
        }
    }

    @Test func everyKindIsWellFormedWithPlainCoordinates() throws {
        let attribute = try Regex(#"\s(?:x|y|x1|y1|x2|y2|cx|cy|r|dy|width|height)="([^"]*)""#)
        let plainNumber = try Regex(#"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]{1,2})?$"#)
        for (dataset, spec) in everyKind {
            let svg = renderer.standaloneSVG(dataset, spec: spec)
            #expect(isWellFormedXML(svg), "\(spec.kind)")
            for match in svg.matches(of: attribute) {
                let value = String(match.output[1].substring!)
                #expect(value.wholeMatch(of: plainNumber) != nil && value != "-0", "\(spec.kind): \(value)")
            }
        }
    }

    @Test func idPrefixKeepsPatternIdsApart() {
        let dataset = everyKind[4].0
        let spec = everyKind[4].1
        let first = renderer.inlineSVG(dataset, spec: spec, idPrefix: "a")
        let second = renderer.inlineSVG(dataset, spec: spec, idPrefix: "b")
        #expect(first.contains("id=\"a-pattern-2\"") && second.contains("id=\"b-pattern-2\""))
        #expect(renderer.inlineSVG(dataset, spec: spec, idPrefix: "1 x\"").contains("aria-labelledby=\"chart-1-x--title"))
    }

    @Test func figureChartDrawsTiles() {
        let svg = renderer.inlineSVG(ChartFixtures.poverty, spec: ChartSpec(kind: .figure, x: "tahun", series: ["persen"]),
                                     idPrefix: "k")
        #expect(svg.contains(">4,20 %</text>"))
        #expect(svg.contains(">▼ 0,25 poin</text>"))
        #expect(svg.contains(">2024 · dibanding 2023</text>"))
    }

    private func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
