import Foundation
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

/// The CommonMark 0.30 specification's own examples, run through Warta's renderer with its
/// extensions active (heading ids, link resolution, fenced-block hooks).
@Suite(.enabled(if: ConformanceData.runs("commonmark-0.30.json"),
                "skipped: the CommonMark examples are not beside this clone (../shared/conformance or WARTA_CONFORMANCE)"))
struct CommonMarkConformanceTests {
    struct Example: Decodable {
        var markdown: String
        var html: String
        var example: Int
    }

    static let specFile = ConformanceData.file("commonmark-0.30.json")

    static func examples() throws -> [Example] {
        guard let data = FileManager.default.contents(atPath: specFile.path) else {
            Issue.record("CommonMark examples not found at \(specFile.path); this test cannot say anything without them")
            return []
        }
        return try JSONDecoder().decode([Example].self, from: data)
    }

    /// Renders the way pages do, with heading ids, link resolution and fenced-block hooks active.
    /// Smart punctuation is off: the specification's examples expect straight quotes and dashes.
    static func render(_ markdown: String, allowRawHTML: Bool) -> String {
        let renderer = MarkdownRenderer(options: .init(allowRawHTML: allowRawHTML, smartPunctuation: false),
                                        links: NonContentLinks(), blocks: ChartAndTableBlocks())
        let source = MarkdownSource(contentPath: "news/contoh.md", text: markdown, location: WartaCore.SourceLocation(path: "contoh.md"))
        return renderer.render(source).html
    }

    /// Claims the same fenced blocks as pages do; the specification has no ```chart or ```table examples.
    struct ChartAndTableBlocks: FencedBlockRendering {
        func handles(_ infoWord: String) -> Bool { infoWord == "chart" || infoWord == "table" }
        func render(kind: String, body: String, bodyLocation: WartaCore.SourceLocation) -> (html: String, diagnostics: [Diagnostic]) {
            ("<figure>\(kind)</figure>", [])
        }
    }

    /// A resolver that, like Warta's, only rewrites links to content files; the spec's examples link to none.
    struct NonContentLinks: LinkResolving {
        func resolve(_ url: String, from contentPath: String, at location: WartaCore.SourceLocation) -> LinkResolution {
            url.hasSuffix(".md") ? .broken(.missingFile(url: url, file: "not expected in the spec examples"), hint: nil) : .unchanged
        }
    }

    @Test func allExamplesPassWithRawHTMLAllowed() throws {
        let examples = try Self.examples()
        try #require(examples.count == 652)
        let failures = examples.filter { example in
            CommonMarkHTML.normalise(CommonMarkHTML.removingHeadingIDs(Self.render(example.markdown, allowRawHTML: true)))
                != CommonMarkHTML.normalise(example.html)
        }
        #expect(failures.map(\.example) == [])
    }

    @Test func safeModeDiffersOnlyByOmittedHTMLAndUnsafeURLs() throws {
        let examples = try Self.examples()
        try #require(examples.count == 652)
        var passed = 0
        var unexplained: [Int] = []
        for example in examples {
            let ours = CommonMarkHTML.normalise(CommonMarkHTML.removingHeadingIDs(Self.render(example.markdown, allowRawHTML: false)))
            if ours == CommonMarkHTML.normalise(example.html) {
                passed += 1
            } else if !(ours.contains("<!-- raw HTML omitted -->") || ours.contains("href=\"\"") || ours.contains("src=\"\"")) {
                unexplained.append(example.example)
            }
        }
        #expect(unexplained == [])
        #expect(passed == 581, "the cmark command line passes 581 examples in safe mode")
    }
}

/// The comparison the CommonMark test script makes, reduced to what matters for cmark's output:
/// whitespace between tags is not significant, and Warta's heading ids are its own addition.
enum CommonMarkHTML {
    static func removingHeadingIDs(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    }

    static func normalise(_ html: String) -> String {
        html.replacingOccurrences(of: #">\s+<"#, with: "><", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
