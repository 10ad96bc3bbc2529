/// Template values that are the same on many pages, written into the templates' text before they
/// are parsed for rendering: swift-mustache looks a value up afresh at every use (splitting its
/// name, casting each object on the context stack), about a microsecond a time, and a news page
/// shows half a dozen interface strings (`{{t.tags}}`, `{{t.previousArticle}}` …) besides `lang`
/// and the chrome of its menu section.
///
/// Only plain `{{name}}`, `{{{name}}}` and `{{& name}}` tags are replaced, by the text
/// `MarkupContentType` would have printed; sections, transforms and unknown names are left to
/// swift-mustache. A template that changes its delimiters is left whole, and so is a value that
/// could read as a tag, or make one with the braces beside it.
package struct TemplateConstants: Sendable {
    /// Tag name (`t.tags`) → text.
    package let values: [String: String]

    /// What every page of a build shares: the interface strings (`t.tags`) and `lang`.
    package init(strings table: [String: String], language: String) {
        var values = ["lang": language]
        for (key, text) in table { values["t." + key] = text }
        self.init(values)
    }

    /// The chrome templates' output for one menu section (`chrome.header`).
    package init(chrome rendered: [String: String]) {
        self.init(Dictionary(uniqueKeysWithValues: rendered.map { ("chrome." + $0.key, $0.value) }))
    }

    private init(_ values: [String: String]) {
        self.values = values.filter { _, text in
            !text.contains("{{") && !text.contains("}}") && !"{}".contains(text.first ?? " ") && !"{}".contains(text.last ?? " ")
        }
    }

    /// The text with each plain tag of a known name replaced.
    package func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard !values.isEmpty, bytes.firstOffset(of: "{{=", in: bytes.indices) == nil else { return text }
        var output: [UInt8] = []
        var copied = 0
        for tag in TemplateTag.find(in: bytes) {
            let isRaw = tag.marker == "{" || tag.marker == "&"
            guard tag.marker == nil || isRaw, let value = values[tag.name] else { continue }
            // `{{{name}}` without its third brace is no tag swift-mustache would read.
            if tag.marker == "{", bytes[tag.range.upperBound - 3] != UInt8(ascii: "}") { continue }
            if output.isEmpty { output.reserveCapacity(bytes.count + 4096) }
            output += bytes[copied..<tag.range.lowerBound]
            output += (isRaw ? value : MarkupContentType().escapeText(value)).utf8
            copied = tag.range.upperBound
        }
        if copied == 0 { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
