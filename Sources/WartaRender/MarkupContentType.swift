import Foundation
import Mustache
import WartaCore

/// How `{{value}}` is escaped in every template: by `MarkupEscaping.text`.
///
/// swift-mustache's built-in HTML escaping looks up each Character of the value in a dictionary,
/// which was a quarter of a 10,000-article build; `MarkupEscaping` scans the UTF-8 bytes and
/// returns the value itself when there is nothing to escape. It also escapes the same five
/// characters, so pages read the same, and it turns control characters (invalid in HTML) into
/// U+FFFD. swift-mustache offers exactly one way in for this, a content type named in a
/// `{{% CONTENT_TYPE: … }}` tag, so `TemplateSet` puts that tag on a line of its own before each
/// template's text: the tag and its line render as nothing, and positions in parse errors are
/// moved back by that line.
package struct MarkupContentType: MustacheContentType {
    package static let name = "WARTA_HTML"
    package static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    package static let pragmaLines = 1

    package func escapeText(_ text: String) -> String {
        // A link's leading `RootMarker` is kept for the page to resolve; anywhere else the byte is
        // a control character like any other.
        if text.utf8.first == RootMarker.byte {
            // Nearly every link has nothing to escape after its marker, and is returned as it is.
            let clean = text.utf8.withContiguousStorageIfAvailable {
                MarkupEscaping.isClean(UnsafeBufferPointer(rebasing: $0.dropFirst()), newlines: false)
            }
            if clean == true { return text }
            return RootMarker.string + MarkupEscaping.text(String(text.unicodeScalars.dropFirst()))
        }
        return MarkupEscaping.text(text)
    }

    /// swift-mustache keeps content types in one process-wide table; registering twice is harmless
    /// but needs its lock, so it is done once.
    package static func registerOnce() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(MarkupContentType(), named: name)
}
