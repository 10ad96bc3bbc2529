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
struct TemplateConstants: Sendable {
    /// Tag name (`t.tags`) → text.
    let values: [String: String]

    /// What every page of a build shares: the interface strings (`t.tags`) and `lang`.
    init(strings table: [String: String], language: String) {
        var values = ["lang": language]
        for (key, text) in table { values["t." + key] = text }
        self.init(values)
    }

    /// The chrome templates' output for one menu section (`chrome.header`).
    init(chrome rendered: [String: String]) {
        self.init(Dictionary(uniqueKeysWithValues: rendered.map { ("chrome." + $0.key, $0.value) }))
    }

    private init(_ values: [String: String]) {
        self.values = values.filter { _, text in
            !text.contains("{{") && !text.contains("}}") && !"{}".contains(text.first ?? " ") && !"{}".contains(text.last ?? " ")
        }
    }

    /// The text with each plain tag of a known name replaced. Read as bytes: every template is
    /// folded once per build and again for each menu section.
    func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard !values.isEmpty, Self.find("{{=", in: bytes, from: 0) == nil else { return text }
        var output: [UInt8] = []
        var copied = 0, index = 0
        while let open = Self.find("{{", in: bytes, from: index) {
            let isTriple = open + 2 < bytes.count && bytes[open + 2] == UInt8(ascii: "{")
            let closing: StaticString = isTriple ? "}}}" : "}}"
            var start = open + (isTriple ? 3 : 2)
            guard let close = Self.find(closing, in: bytes, from: start) else { break }
            var isRaw = isTriple
            if !isTriple, start < close, bytes[start] == UInt8(ascii: "&") {
                isRaw = true
                start += 1
            }
            var end = close
            while start < end, Self.isSpace(bytes[start]) { start += 1 }
            while start < end, Self.isSpace(bytes[end - 1]) { end -= 1 }
            index = close + closing.utf8CodeUnitCount
            guard let value = values[String(decoding: bytes[start..<end], as: UTF8.self)] else { continue }
            if output.isEmpty { output.reserveCapacity(bytes.count + 4096) }
            output += bytes[copied..<open]
            output += (isRaw ? value : MarkupContentType().escapeText(value)).utf8
            copied = index
        }
        if copied == 0 { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `firstRange(of:)` does the same generically, at some two million instructions a template.
    private static func find(_ pattern: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        let first = pattern.utf8Start[0], length = pattern.utf8CodeUnitCount
        var index = start
        while index + length <= bytes.count {
            if bytes[index] == first, (1..<length).allSatisfy({ bytes[index + $0] == pattern.utf8Start[$0] }) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
