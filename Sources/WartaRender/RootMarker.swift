import Foundation

/// Links in template values start with one byte, 0x01, that stands for "the site root" and becomes
/// the page's own `../../` (or, on the 404 page, the site's base path) when the page is finished.
///
/// That makes the header, the footer and every news card the same bytes on every page, so each is
/// rendered once per build rather than once per page: on a site with thousands of news, cards
/// listed on news and topic pages were a third of the work. The byte cannot come from content or
/// templates: their text is read without control characters (`ControlCharacters`), YAML's
/// `"\x01"` included, and so is cmark's HTML, which `RenderEnvironment` passes through the same.
/// `MarkupContentType` keeps it only at the very start of a value, where links put it.
package enum RootMarker {
    package static let byte: UInt8 = 0x01
    package static let string = "\u{1}"

    /// The bytes of `page` with every marker replaced by `prefix`, copied a run at a time between
    /// markers found with `memchr`: every page of the site goes through here.
    package static func resolve(_ page: String, prefix: String) -> [UInt8] {
        var page = page
        return page.withUTF8 { bytes in
            guard let base = bytes.baseAddress, var found = memchr(base, Int32(byte), bytes.count) else { return Array(bytes) }
            let replacement = Array(prefix.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 64 * replacement.count)
            var start = 0
            while true {
                let marker = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<marker]))
                output.append(contentsOf: replacement)
                start = marker + 1
                guard start < bytes.count, let next = memchr(base + start, Int32(byte), bytes.count - start) else { break }
                found = next
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return output
        }
    }
}
