import Foundation
import WartaCore
import WartaMarkdown
import WartaSite

/// Resolves links written in Markdown for one page being rendered.
///
/// Relative links name content files (`../programs/pkh.md`, `../media/foto.jpg`) and become
/// relative URLs of the pages made from them; a link to a file that does not exist is an error,
/// since a broken link on a government site is a broken promise. Links with a scheme, `#anchors`
/// and site paths (`/berita/`) are left for the browser, except that site paths are made relative.
package struct ContentLinks: LinkResolving {
    package var index: ContentIndex
    /// The page the Markdown is rendered into.
    package var page: String
    /// Where links with a `#fragment` are recorded, to be checked once every page is rendered.
    package var anchors: AnchorIndex?

    package init(index: ContentIndex, page: String, anchors: AnchorIndex? = nil) {
        self.index = index
        self.page = page
        self.anchors = anchors
    }

    package func resolve(_ url: String, from contentPath: String, at location: SourceLocation) -> LinkResolution {
        if url.hasPrefix("#"), url.count > 1 {
            anchors?.expect(page: page, fragment: String(url.dropFirst()), url: url, location: location)
            return .unchanged
        }
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("//") || Self.hasScheme(url) { return .unchanged }
        var target = url
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        if target.hasPrefix("/") {
            return .rewritten(SiteRoutes.link(from: page, to: String(target.dropFirst()), fragment: fragment, style: index.linkStyle))
        }
        guard let file = Self.join(directory: Self.directory(of: contentPath), target.removingPercentEncoding ?? target) else {
            return .broken(.outsideContent(url: url), hint: nil)
        }
        guard let path = index.sitePath(forContentFile: file) else {
            let known = index.pathsByFile.keys.filter { $0.hasPrefix(Self.directory(of: file)) }
            return .broken(.missingFile(url: url, file: file), hint: Suggestion.hint(for: file, in: known))
        }
        if let fragment, !fragment.isEmpty, path.hasSuffix("/") {
            anchors?.expect(page: path, fragment: fragment, url: url, location: location)
        }
        return .rewritten(SiteRoutes.link(from: page, to: path, fragment: fragment, style: index.linkStyle))
    }

    package static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Joins and normalises `..`/`.`; nil when the result climbs above `content/`.
    package static func join(directory: String, _ relative: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}

