import Foundation
import WartaModel

/// Where every kind of page lives in the published site (Indonesian URLs), and how one page links
/// to another.
///
/// Paths are relative to the site root: a directory page is `berita/slug/`, a file `feed.xml`.
/// Links between pages are relative, so the same output works from any host and under any
/// sub-path. By default they name `index.html`, so the site also works opened straight from disk
/// (`file://`); with `links: directory` they end in `/`, the addresses people copy and share from
/// a web server. Absolute addresses (canonical, feed, sitemap) are directory addresses either way.
package enum SiteRoutes {
    package static let home = ""
    package static let topics = "topik/"
    package static let programs = "program/"
    package static let statistics = "statistik/"
    package static let stylesheet = "assets/style.css"
    package static let feed = "feed.xml"
    package static let sitemap = "sitemap.xml"
    package static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }
    package static let robots = "robots.txt"
    package static let notFound = "404.html"
    /// The search page; its index is Pagefind's, under `pagefind/`.
    package static let search = "cari/"
    package static let searchIndex = "pagefind/"
    package static let searchScript = "assets/search.js"

    /// First path segments Warta uses itself; content pages may not take them.
    package static let reservedTopLevelNames: Set<String> = [
        "berita", "topik", "program", "statistik", "assets", "media", "feed.xml", "sitemap.xml", "robots.txt",
        "404.html", "index.html", "cari", "pagefind",
    ]

    package static func newsList(page: Int) -> String { page <= 1 ? "berita/" : "berita/halaman/\(page)/" }
    package static func article(_ slug: String) -> String { "berita/\(slug)/" }
    package static func topic(_ slug: String) -> String { "topik/\(slug)/" }
    package static func topic(_ slug: String, page: Int) -> String { page <= 1 ? topic(slug) : "topik/\(slug)/halaman/\(page)/" }
    package static func program(_ slug: String) -> String { "program/\(slug)/" }
    package static func dataset(_ id: String) -> String { "statistik/\(id)/" }
    package static func datasetFile(_ id: String, extension ext: String) -> String { "statistik/\(id)/\(id).\(ext)" }
    package static func page(_ slug: String) -> String { "\(slug)/" }
    package static func media(_ file: String) -> String { "media/\(file)" }

    /// The file that holds a path: directory pages are their `index.html`.
    package static func file(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// `../../` for `berita/slug/`: how to get from a page back to the site root. A page at the
    /// root gets `./` with directory links, so that its link to the home page is not empty.
    package static func rootPrefix(of page: String, style: SiteConfig.LinkStyle = .indexFile) -> String {
        var depth = 0
        for byte in page.utf8 where byte == UInt8(ascii: "/") { depth += 1 }
        if depth == 0 && style == .directory { return "./" }
        return depth < prefixes.count ? prefixes[depth] : String(repeating: "../", count: depth)
    }

    private static let prefixes = (0..<8).map { String(repeating: "../", count: $0) }

    /// A link from `page` to `target`, relative, percent-encoded where needed.
    package static func link(from page: String, to target: String, fragment: String? = nil,
                             style: SiteConfig.LinkStyle = .indexFile) -> String {
        link(prefix: rootPrefix(of: page, style: style), to: target, fragment: fragment, style: style)
    }

    /// The same, with the page's `rootPrefix` already worked out.
    package static func link(prefix: String, to target: String, fragment: String? = nil,
                             style: SiteConfig.LinkStyle = .indexFile) -> String {
        var link = prefix
        link += encode(target)
        if style == .indexFile, target.isEmpty || target.utf8.last == UInt8(ascii: "/") { link += "index.html" }
        if let fragment, !fragment.isEmpty { link += "#" + fragment }
        return link
    }

    /// The package address of a page, for canonical links, the feed and the sitemap.
    package static func absolute(_ path: String, base: String) -> String {
        base + encode(path)
    }

    package static func encode(_ path: String) -> String {
        // Nearly every path needs no escaping; checking its bytes spares Foundation's conversion.
        let plain = allowedASCII.withUnsafeBufferPointer { allowed -> Bool in
            let checked = path.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.allSatisfy { $0 < 0x80 && allowed[Int($0)] }
            }
            return checked ?? false
        }
        if plain { return path }
        return path.addingPercentEncoding(withAllowedCharacters: allowedInPaths) ?? path
    }

    private static let allowedInPaths: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return allowed
    }()

    /// The ASCII characters `allowedInPaths` passes unchanged, asked of Foundation itself.
    private static let allowedASCII: [Bool] = (0..<128).map { code in
        let character = String(UnicodeScalar(UInt8(code)))
        return character.addingPercentEncoding(withAllowedCharacters: allowedInPaths) == character
    }
}
