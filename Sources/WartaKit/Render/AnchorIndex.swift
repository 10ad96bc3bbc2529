import Foundation

/// Checks `#fragment` links against the element ids the linked pages really have.
///
/// Ids come from the rendered HTML (headings and template sections alike), so the check can only
/// run once every page is rendered; rendering threads declare ids and expectations as they go.
public final class AnchorIndex: @unchecked Sendable {
    private struct Expectation {
        var page: String
        var fragment: String
        var url: String
        var location: SourceLocation
    }

    private let lock = NSLock()
    private var idsByPage: [String: Set<String>] = [:]
    private var expectations: [Expectation] = []

    public init() {}

    /// Records the ids found in a rendered page (site path such as `program/pkh/`).
    public func declare(page: String, html: [UInt8]) {
        let ids = Self.ids(in: html)
        lock.lock(); defer { lock.unlock() }
        idsByPage[page] = ids
    }

    public func expect(page: String, fragment: String, url: String, location: SourceLocation) {
        lock.lock(); defer { lock.unlock() }
        expectations.append(Expectation(page: page, fragment: fragment, url: url, location: location))
    }

    /// Links whose fragment names no element on the page they point to. Pages this build did not
    /// render are unchanged since they were published, so their ids are read from `output`.
    public func problems(publishedIn output: String?) -> [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        var published: [String: Set<String>] = [:]
        return expectations.compactMap { expectation in
            var ids = idsByPage[expectation.page]
            if ids == nil, let output {
                if published[expectation.page] == nil {
                    published[expectation.page] = PosixFiles.read(output + "/" + expectation.page + "index.html").map(Self.ids(in:)) ?? []
                }
                ids = published[expectation.page]
            }
            let fragment = expectation.fragment.removingPercentEncoding ?? expectation.fragment
            guard let ids, !ids.contains(fragment) else { return nil }
            return .error(expectation.location, "link `\(expectation.url)` points to `#\(fragment)`, which is not a heading or anchor on that page",
                          hint: Suggestion.hint(for: fragment, in: ids.sorted()))
        }
    }

    /// Values of `id="…"` attributes, found by a byte scan: cheap enough to run on every page.
    static func ids(in html: [UInt8]) -> Set<String> {
        let marker: [UInt8] = Array(" id=\"".utf8)
        var ids: Set<String> = []
        var index = 0
        let count = html.count
        while index + marker.count < count {
            if html[index] == marker[0], html[index + 1] == marker[1], html[index + 2] == marker[2],
               html[index + 3] == marker[3], html[index + 4] == marker[4] {
                let start = index + marker.count
                var end = start
                while end < count, html[end] != UInt8(ascii: "\"") { end += 1 }
                ids.insert(String(decoding: html[start..<end], as: UTF8.self))
                index = end
            } else {
                index += 1
            }
        }
        return ids
    }
}
