import Foundation

/// Template values that are the same on every page of a build, written into the templates' text
/// before they are parsed for rendering: swift-mustache looks a value up afresh at every use
/// (splitting its name, casting each object on the context stack), about a microsecond a time, and
/// a news page shows half a dozen interface strings (`{{t.tags}}`, `{{t.previousArticle}}` …).
///
/// Only plain `{{t.name}}`, `{{{t.name}}}` and `{{& t.name}}` tags are replaced, by the text
/// `MarkupContentType` would have printed; sections, transforms and unknown names are left to
/// swift-mustache. A template that changes its delimiters is left whole, and so is a string that
/// would itself read as a tag.
struct TemplateConstants: Sendable {
    /// Tag name (`t.tags`) → text.
    let values: [String: String]

    init(strings table: [String: String]) {
        var values: [String: String] = [:]
        for (key, text) in table where !text.contains("{{") && !text.contains("}}") {
            values["t." + key] = text
        }
        self.values = values
    }

    func fold(_ text: String) -> String {
        guard !values.isEmpty, !text.contains("{{=") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let isTriple = afterOpen.first == "{"
            guard let close = afterOpen.range(of: isTriple ? "}}}" : "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            var inner = afterOpen[..<close.lowerBound]
            var isRaw = isTriple
            if isTriple {
                inner = inner.dropFirst()
            } else if inner.first == "&" {
                isRaw = true
                inner = inner.dropFirst()
            }
            if let value = values[inner.trimmingCharacters(in: .whitespaces)] {
                result += isRaw ? value : MarkupContentType().escapeText(value)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }
}
