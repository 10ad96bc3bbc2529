import Foundation

/// Where every kind of page lives in the published site (Indonesian URLs), and how one page links
/// to another.
///
/// Paths are relative to the site root: a directory page is `berita/slug/`, a file `feed.xml`.
/// Links between pages are relative and name `index.html` explicitly, so the same output works
/// from any host, under any sub-path, and opened straight from disk (`file://`).
public enum SiteRoutes {
    public static let home = ""
    public static let topics = "topik/"
    public static let programs = "program/"
    public static let statistics = "statistik/"
    public static let stylesheet = "assets/style.css"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let notFound = "404.html"

    /// First path segments Warta uses itself; content pages may not take them.
    public static let reservedTopLevelNames: Set<String> = [
        "berita", "topik", "program", "statistik", "assets", "media", "feed.xml", "sitemap.xml", "robots.txt",
        "404.html", "index.html",
    ]

    public static func newsList(page: Int) -> String { page <= 1 ? "berita/" : "berita/halaman/\(page)/" }
    public static func article(_ slug: String) -> String { "berita/\(slug)/" }
    public static func topic(_ slug: String) -> String { "topik/\(slug)/" }
    public static func program(_ slug: String) -> String { "program/\(slug)/" }
    public static func dataset(_ id: String) -> String { "statistik/\(id)/" }
    public static func datasetFile(_ id: String, extension ext: String) -> String { "statistik/\(id)/\(id).\(ext)" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static func media(_ file: String) -> String { "media/\(file)" }

    /// The file that holds a path: directory pages are their `index.html`.
    public static func file(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// `../../` for `berita/slug/`: how to get from a page back to the site root.
    public static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.filter { $0 == "/" }.count)
    }

    /// A link from `page` to `target`, relative, percent-encoded where needed.
    public static func link(from page: String, to target: String, fragment: String? = nil) -> String {
        var link = rootPrefix(of: page) + encode(file(for: target))
        if let fragment, !fragment.isEmpty { link += "#" + fragment }
        return link
    }

    /// The public address of a page, for canonical links, the feed and the sitemap.
    public static func absolute(_ path: String, base: String) -> String {
        base + encode(path)
    }

    static func encode(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
