import CCmark
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

/// cmark allocates in a per-thread arena while Warta renders (MarkdownArena); the HTML must be what
/// cmark gives with its own allocator, whatever the size of the document, the thread, or a document
/// rendered inside another.
@Suite struct MarkdownArenaTests {
    static let plain = MarkdownRenderer(options: .init(allowRawHTML: true, headingIDs: false, smartPunctuation: false))

    static func render(_ markdown: String, with renderer: MarkdownRenderer = plain) -> String {
        renderer.render(MarkdownSource(contentPath: "news/a.md", text: markdown, location: WartaCore.SourceLocation(path: "a.md"))).html
    }

    /// cmark alone, with malloc.
    static func cmarkHTML(_ markdown: String) -> String {
        let html = markdown.withCString { cmark_markdown_to_html($0, strlen($0), CMARK_OPT_UNSAFE) }!
        defer { free(html) }
        return String(cString: html)
    }

    static func article(paragraphs: Int, seed: Int) -> String {
        (0..<paragraphs).map { index in
            let number = seed * 1_000 + index
            return index % 7 == 0
                ? "## Bagian \(number)\n\n- butir *\(number)*\n- butir [tautan](https://example.org/\(number))\n"
                : "Paragraf \(number) tentang **KPM PKH** dan `kode \(number)`, " + String(repeating: "kata ", count: index % 40)
        }.joined(separator: "\n\n")
    }

    @Test func documentsOfEverySizeRenderAsCmarkAloneDoes() {
        // Small, then one far larger than the block an arena keeps, then small again on the same thread.
        for paragraphs in [1, 30, 400, 60_000, 2, 30] {
            let markdown = Self.article(paragraphs: paragraphs, seed: paragraphs)
            #expect(Self.render(markdown) == Self.cmarkHTML(markdown), "\(paragraphs) paragraphs")
        }
    }

    @Test func threadsRenderingAtOnceDoNotShareMemory() {
        let documents = (0..<64).map { Self.article(paragraphs: 20 + $0 * 5, seed: $0) }
        let expected = documents.map(Self.cmarkHTML)
        let rendered = ParallelMap.map(documents) { Self.render($0) }
        #expect(rendered == expected)
    }

    /// A fenced block whose HTML is itself rendered Markdown: the inner document ends while the
    /// outer tree is still in use, and must not reclaim it.
    struct NestedMarkdown: FencedBlockRendering {
        func handles(_ infoWord: String) -> Bool { infoWord == "inner" }
        func render(kind: String, body: String, bodyLocation: WartaCore.SourceLocation) -> (html: String, diagnostics: [Diagnostic]) {
            ("<aside>\(MarkdownArenaTests.render(body))</aside>", [])
        }
    }

    @Test func aDocumentInsideAnotherLeavesTheOuterIntact() {
        let before = Self.article(paragraphs: 50, seed: 1)
        let inner = Self.article(paragraphs: 300, seed: 2)
        let after = Self.article(paragraphs: 50, seed: 3)
        let markdown = before + "\n\n```inner\n" + inner + "\n```\n\n" + after
        let renderer = MarkdownRenderer(options: Self.plain.options, blocks: NestedMarkdown())
        let expected = Self.cmarkHTML(before) + "<aside>" + Self.cmarkHTML(inner) + "</aside>\n" + Self.cmarkHTML(after)
        #expect(Self.render(markdown, with: renderer) == expected)
    }
}
