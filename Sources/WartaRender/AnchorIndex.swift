import Foundation
import WartaCore

/// Checks `#fragment` links against the element ids the linked pages really have.
///
/// Ids come from the rendered HTML (headings and template sections alike), so the check can only
/// run once every page is rendered. Rendering threads note the links as they go. A build that
/// writes files reads the few linked pages back at the end; `warta check`, which writes nothing,
/// declares every page's ids instead.
package final class AnchorIndex: @unchecked Sendable {
    private struct Expectation {
        package var page: String
        package var fragment: String
        package var url: String
        package var location: SourceLocation
    }

    private let lock = NSLock()
    private var idsByPage: [String: Set<String>] = [:]
    private var expectations: [Expectation] = []

    package init() {}

    /// Records the ids found in a rendered page (site path such as `program/pkh/`).
    package func declare(page: String, html: [UInt8]) {
        let ids = Self.ids(in: html)
        lock.lock(); defer { lock.unlock() }
        idsByPage[page] = ids
    }

    package func expect(page: String, fragment: String, url: String, location: SourceLocation) {
        lock.lock(); defer { lock.unlock() }
        expectations.append(Expectation(page: page, fragment: fragment, url: url, location: location))
    }

    /// Links whose fragment names no element on the page they point to. A page not declared is
    /// read from the first of `folders` that holds it: the staging folder holds what this build
    /// wrote, the output folder what it found unchanged or did not render.
    package func problems(readingPagesFrom folders: [String]) -> [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        var read: [String: Set<String>] = [:]
        return expectations.compactMap { expectation in
            var ids = idsByPage[expectation.page]
            if ids == nil, !folders.isEmpty {
                if read[expectation.page] == nil {
                    let file = expectation.page + "index.html"
                    read[expectation.page] = folders.lazy.compactMap { PosixFiles.read($0 + "/" + file) }.first.map(Self.ids(in:)) ?? []
                }
                ids = read[expectation.page]
            }
            let fragment = expectation.fragment.removingPercentEncoding ?? expectation.fragment
            guard let ids, !ids.contains(fragment) else { return nil }
            return .error(expectation.location, .reference(.brokenLink(.missingAnchor(url: expectation.url, fragment: fragment))),
                          hint: Suggestion.hint(for: fragment, in: ids.sorted()))
        }
    }

    /// Values of `id="…"` attributes, found by jumping from one `=` to the next with `memchr`:
    /// cheap enough to run on every page.
    package static func ids(in html: [UInt8]) -> Set<String> {
        var ids: Set<String> = []
        html.withUnsafeBytes { page in
            guard let base = page.baseAddress else { return }
            var offset = 3
            // The last byte is left out: an `=` there cannot open a value.
            while offset < page.count - 1, let found = memchr(base + offset, Int32(UInt8(ascii: "=")), page.count - 1 - offset) {
                let equals = base.distance(to: UnsafeRawPointer(found))
                offset = equals + 1
                guard page[equals + 1] == UInt8(ascii: "\""), page[equals - 1] == UInt8(ascii: "d"),
                      page[equals - 2] == UInt8(ascii: "i"), page[equals - 3] == UInt8(ascii: " ") else { continue }
                let start = equals + 2
                var end = start
                while end < page.count, page[end] != UInt8(ascii: "\"") { end += 1 }
                ids.insert(String(decoding: UnsafeRawBufferPointer(rebasing: page[start..<end]), as: UTF8.self))
                offset = end
            }
        }
        return ids
    }
}
