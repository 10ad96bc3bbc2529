import WartaCore
/// What to do with a link or image URL found in Markdown.
package enum LinkResolution: Sendable, Equatable {
    case unchanged
    case rewritten(String)
    case broken(LinkProblem, hint: Hint?)
}

/// Maps URLs written by authors (`../programs/pkh.md`) to the URLs of generated pages.
package protocol LinkResolving: Sendable {
    /// `contentPath` is the linking file relative to `content/`; `location` is where the link is written.
    func resolve(_ url: String, from contentPath: String, at location: SourceLocation) -> LinkResolution
}

package struct UnchangedLinks: LinkResolving {
    package init() {}
    package func resolve(_ url: String, from contentPath: String, at location: SourceLocation) -> LinkResolution { .unchanged }
}

/// Renders the fenced blocks Warta gives a meaning to (```chart, ```table).
package protocol FencedBlockRendering: Sendable {
    func handles(_ infoWord: String) -> Bool
    /// `bodyLocation` is the block's first content line, for errors inside the block.
    func render(kind: String, body: String, bodyLocation: SourceLocation) -> (html: String, diagnostics: [Diagnostic])
}

package struct NoFencedBlocks: FencedBlockRendering {
    package init() {}
    package func handles(_ infoWord: String) -> Bool { false }
    package func render(kind: String, body: String, bodyLocation: SourceLocation) -> (html: String, diagnostics: [Diagnostic]) {
        ("", [])
    }
}
