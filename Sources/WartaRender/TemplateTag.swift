import Foundation

/// A `{{…}}` tag in a template's text, with its position: what `TemplateSet` checks before any
/// page is rendered, since swift-mustache renders a missing name or partial as nothing, and what
/// `TemplateConstants` replaces with text.
package struct TemplateTag: Equatable {
    /// `>` (partial), `<` (parent), `#`, `^`, `/`, `$`, `&`, `{`, `!`, or nil for a plain variable.
    package var marker: Character?
    package var name: String
    package var line: Int
    package var column: Int
    /// The tag's bytes in the text, from `{{` to its last closing brace (the third of `{{{…}}}`).
    package var range: Range<Int>

    private static let markers = Array("><#^/$&{!=%".utf8)

    package static func find(in text: String) -> [TemplateTag] {
        find(in: Array(text.utf8))
    }

    /// Tags that open and close on one line, as templates write them.
    package static func find(in bytes: [UInt8]) -> [TemplateTag] {
        var found: [TemplateTag] = []
        var lineStart = 0, lineNumber = 1
        while lineStart <= bytes.count {
            let lineEnd = bytes.firstOffset(of: "\n", in: lineStart..<bytes.count) ?? bytes.count
            var index = lineStart
            var column = 1, columnCounted = lineStart
            while let open = bytes.firstOffset(of: "{{", in: index..<lineEnd),
                  let close = bytes.firstOffset(of: "}}", in: open + 2..<lineEnd) {
                var start = open + 2
                var marker: Character?
                if start < close, markers.contains(bytes[start]) {
                    marker = Character(Unicode.Scalar(bytes[start]))
                    start += 1
                }
                var end = close + 2
                if marker == "{", end < lineEnd, bytes[end] == UInt8(ascii: "}") { end += 1 }
                column += characters(in: bytes[columnCounted..<open])
                columnCounted = open
                found.append(TemplateTag(marker: marker, name: name(in: bytes[start..<close]), line: lineNumber, column: column,
                                         range: open..<end))
                index = close + 2
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return found
    }

    /// Columns count characters, as editors do; most template text is ASCII, a byte each.
    private static func characters(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
    }

    private static let padding = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "}"))

    /// The name between the braces, without the spaces (and stray braces) around it.
    private static func name(in bytes: ArraySlice<UInt8>) -> String {
        let isPadding = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "}") }
        var trimmed = bytes.drop(while: isPadding)
        while let last = trimmed.last, isPadding(last) { trimmed = trimmed.dropLast() }
        let name = String(decoding: trimmed, as: UTF8.self)
        // Other Unicode spaces (a no-break space) are rare enough for Foundation to trim.
        guard trimmed.first.map({ $0 >= 0x80 }) == true || trimmed.last.map({ $0 >= 0x80 }) == true else { return name }
        return name.trimmingCharacters(in: padding)
    }

    package var isPartial: Bool { marker == ">" || marker == "<" }

    /// The first part of a dotted name, without a transform: `page` for `page.title` and
    /// `empty(page.tags)`.
    package var root: Substring {
        let bare = name.firstIndex(of: "(").map { name[name.index(after: $0)...].prefix { $0 != ")" } } ?? name[...]
        return bare.prefix { $0 != "." }
    }
}
