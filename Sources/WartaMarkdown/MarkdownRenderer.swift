import CCmark
import Foundation
import WartaCore
import WartaModel

/// Markdown to HTML through libcmark, with Warta's extensions applied to cmark's syntax tree:
/// heading ids, links between content files rewritten to page URLs, and fenced `chart`/`table`
/// blocks replaced by rendered figures.
///
/// Our HTML goes into the tree as cmark *custom* nodes, which cmark emits verbatim even in its
/// safe mode, so authors' raw HTML stays filtered while our own markup passes.
package struct MarkdownRenderer: Sendable {
    package struct Options: Sendable {
        /// Pass authors' raw HTML and unsafe URLs (`javascript:`) through; off unless the site opts in.
        package var allowRawHTML: Bool
        /// Add `id` attributes to headings so they can be linked to.
        package var headingIDs: Bool
        /// Typographic quotes and dashes (“…”, –, —), as printed Indonesian text uses them.
        package var smartPunctuation: Bool

        package init(allowRawHTML: Bool = false, headingIDs: Bool = true, smartPunctuation: Bool = true) {
            self.allowRawHTML = allowRawHTML
            self.headingIDs = headingIDs
            self.smartPunctuation = smartPunctuation
        }
    }

    package var options: Options
    package var links: any LinkResolving
    package var blocks: any FencedBlockRendering

    package init(options: Options, links: any LinkResolving = UnchangedLinks(), blocks: any FencedBlockRendering = NoFencedBlocks()) {
        self.options = options
        self.links = links
        self.blocks = blocks
    }

    package struct Output: Sendable {
        package var html: String
        package var diagnostics: [Diagnostic]
        package var headingIDs: [String]
    }

    package func render(_ source: MarkdownSource) -> Output {
        let (html, diagnostics, ids) = source.text.withCString { renderDocument(source, $0, strlen($0)) }
        return Output(html: UTF8Text.repaired(html), diagnostics: diagnostics, headingIDs: ids)
    }

    /// The same for Markdown given as UTF-8 bytes (`count` of them, no NUL among them), with the
    /// HTML as bytes: no `String` is made of either, which for a long article is a noticeable saving.
    package func renderBytes(_ source: MarkdownSource, text: UnsafePointer<CChar>, count: Int) -> (html: [UInt8], diagnostics: [Diagnostic]) {
        let (html, diagnostics, _) = renderDocument(source, text, count)
        return (html, diagnostics)
    }

    /// cmark's HTML for the document, the problems found, the heading ids.
    private func renderDocument(_ source: MarkdownSource, _ text: UnsafePointer<CChar>, _ length: Int)
        -> (html: [UInt8], diagnostics: [Diagnostic], headingIDs: [String]) {
        // Every node, buffer and the HTML itself live in the arena until this returns.
        MarkdownArena.document { memory in
            renderDocument(source, text, length, memory: memory)
        }
    }

    private func renderDocument(_ source: MarkdownSource, _ text: UnsafePointer<CChar>, _ length: Int,
                                memory: UnsafeMutablePointer<cmark_mem>) -> ([UInt8], [Diagnostic], [String]) {
        var diagnostics: [Diagnostic] = []
        let parseOptions = (options.smartPunctuation ? CMARK_OPT_SMART : 0) | CMARK_OPT_SOURCEPOS
        let parser = cmark_parser_new_with_mem(parseOptions, memory)
        cmark_parser_feed(parser, text, length)
        let parsed = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document = parsed else {
            return ([], [.error(source.location, .reference(.unparseableMarkdown))], [])
        }

        var headings: [OpaquePointer] = []
        var fencedBlocks: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_CODE_BLOCK:
                if blocks.handles(infoWord(node)) { fencedBlocks.append(node) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                rewriteURL(of: node, in: source, diagnostics: &diagnostics)
            default:
                break
            }
        }
        cmark_iter_free(iterator)

        // The tree changes only after the walk: replacing the node under the iterator ends it early.
        for node in fencedBlocks {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let location = self.location(of: node, in: source)
            let rendered = blocks.render(kind: infoWord(node), body: literal, bodyLocation: location.offset(lines: 1, column: 1))
            diagnostics += rendered.diagnostics
            replace(node, withHTML: rendered.html, memory: memory)
        }
        var ids: [String] = []
        if options.headingIDs {
            var used: [String: Int] = [:]
            for heading in headings {
                let base = Slug.make(Self.plainText(of: heading)) ?? "bagian"
                let count = used[base, default: 0]
                used[base] = count + 1
                let id = count == 0 ? base : "\(base)-\(count + 1)"
                ids.append(id)
                addID(id, to: heading, memory: memory)
            }
        }

        let renderOptions = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(document, renderOptions) else { return ([], diagnostics, ids) }
        return (Array(UnsafeRawBufferPointer(start: html, count: strlen(html))), diagnostics, ids)
    }

    private func infoWord(_ node: OpaquePointer) -> String {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        return info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    }

    private func rewriteURL(of node: OpaquePointer, in source: MarkdownSource, diagnostics: inout [Diagnostic]) {
        guard let raw = cmark_node_get_url(node) else { return }
        let url = String(cString: raw)
        let location = location(of: node, in: source)
        switch links.resolve(url, from: source.contentPath, at: location) {
        case .unchanged:
            break
        case .rewritten(let newURL):
            cmark_node_set_url(node, newURL)
        case .broken(let problem, let hint):
            diagnostics.append(.error(location, .reference(.brokenLink(problem)), hint: hint))
        }
    }

    /// cmark records positions for blocks only; an inline is placed at its nearest block ancestor.
    private func location(of node: OpaquePointer, in source: MarkdownSource) -> SourceLocation {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return SourceLocation(path: source.location.path, line: source.location.line + line - 1,
                                      column: max(1, Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return source.location
    }

    private func replace(_ node: OpaquePointer, withHTML html: String, memory: UnsafeMutablePointer<cmark_mem>) {
        guard let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { return }
        cmark_node_set_on_enter(custom, html)
        cmark_node_set_on_exit(custom, "")
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    /// `<h2>` becomes a custom block holding a custom inline that prints `<h2 id="…">`/`</h2>`
    /// around the original inlines, so the heading's content renders exactly as cmark would.
    private func addID(_ id: String, to heading: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) {
        let level = cmark_node_get_heading_level(heading)
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory),
              let inline = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { return }
        cmark_node_set_on_enter(inline, "<h\(level) id=\"\(MarkupEscaping.attribute(id))\">")
        cmark_node_set_on_exit(inline, "</h\(level)>")
        while let child = cmark_node_first_child(heading) { cmark_node_append_child(inline, child) }
        cmark_node_append_child(block, inline)
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }

    package static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        return text
    }
}
