import Foundation

/// A small site laid out as Warta lays one out (home, news list with numbered pages, articles,
/// topic, feed, sitemap, style sheet, images), whose pages link to each other with relative
/// links, so a test can tell whether any moment of a publish had a broken link online.
struct SiteFixture {
    let folder: String
    /// Seconds added to every file's modification time, so a rewrite is never within the same second.
    private(set) var clock: Int = 1_700_000_000

    init() throws {
        folder = try TestEnvironment.temporaryFolder("site")
    }

    /// Writes the site for these article slugs (newest first), two per list page, and removes
    /// the files of articles no longer in it. Files whose bytes do not change are left untouched.
    mutating func build(articles: [String], edition: String = "1") throws {
        clock += 10
        var files: [String: String] = [:]
        let pages = stride(from: 0, to: articles.count, by: 2).map { Array(articles[$0..<min($0 + 2, articles.count)]) }
        func list(_ items: [String], prefix: String) -> String {
            items.map { "<li><a href=\"\(prefix)berita/\($0)/index.html\">\($0)</a></li>" }.joined()
        }
        files["index.html"] = page("Beranda", prefix: "", body: "<ul>\(list(Array(articles.prefix(3)), prefix: ""))</ul><a href=\"berita/index.html\">Berita</a>")
        for (number, items) in pages.enumerated() {
            let path = number == 0 ? "berita/index.html" : "berita/halaman/\(number + 1)/index.html"
            let prefix = number == 0 ? "../" : "../../../"
            var body = "<ul>\(list(items, prefix: prefix))</ul>"
            if number + 1 < pages.count { body += "<a href=\"\(prefix)berita/halaman/\(number + 2)/index.html\">Berikutnya</a>" }
            files[path] = page("Berita \(number + 1)", prefix: prefix, body: body)
        }
        files["topik/bansos/index.html"] = page("Bansos", prefix: "../../", body: "<ul>\(list(articles, prefix: "../../"))</ul>")
        for slug in articles {
            files["berita/\(slug)/index.html"] = page(slug, prefix: "../../",
                body: "<img src=\"../../media/\(slug).jpg\" alt=\"\(slug)\"><p>Isi \(slug), edisi \(edition == "1" ? "1" : edition).</p><a href=\"../../topik/bansos/index.html\">Bansos</a>")
            files["media/\(slug).jpg"] = "JPEG-\(slug)"
        }
        files["assets/style.css"] = "body { font-family: sans-serif; }\n"
        files["feed.xml"] = "<feed>" + articles.map { "<link href=\"berita/\($0)/index.html\"/>" }.joined() + "</feed>\n"
        files["sitemap.xml"] = "<urlset>" + articles.map { "<loc href=\"berita/\($0)/index.html\"/>" }.joined() + "</urlset>\n"
        files["404.html"] = page("Tidak ditemukan", prefix: "", body: "<a href=\"index.html\">Beranda</a>")

        for existing in try allFiles(folder) where files[existing] == nil && !existing.hasPrefix("unduhan/") {
            try FileManager.default.removeItem(atPath: folder + "/" + existing)
        }
        for (path, content) in files {
            try write(path, Array(content.utf8))
        }
    }

    /// Writes a file if its bytes differ, with a modification time newer than any before.
    mutating func write(_ path: String, _ bytes: [UInt8]) throws {
        let absolute = folder + "/" + path
        if let existing = FileManager.default.contents(atPath: absolute), [UInt8](existing) == bytes { return }
        try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: absolute))
        try touch(path)
    }

    /// A newer modification time for the file, bytes unchanged (what a rebuild may do).
    mutating func touch(_ path: String) throws {
        clock += 1
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: TimeInterval(clock))],
                                              ofItemAtPath: folder + "/" + path)
    }

    private func page(_ title: String, prefix: String, body: String) -> String {
        "<!doctype html><html lang=\"id\"><head><title>\(title)</title><link rel=\"stylesheet\" href=\"\(prefix)assets/style.css\"></head><body>\(body)</body></html>\n"
    }
}

/// Reading a published folder as the web server would serve it.
enum PublishedFolder {
    /// Every file, relative, Warta's own bookkeeping left out.
    static func files(_ root: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for path in try allFiles(root) where path != ".warta-publish.json" && !path.hasSuffix(".warta-part") {
            result[path] = [UInt8](FileManager.default.contents(atPath: root + "/" + path) ?? Data())
        }
        return result
    }

    /// Identity of each file (inode and change time): a file that travelled gets a new one.
    static func identities(_ root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try allFiles(root) where path != ".warta-publish.json" {
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            result[path] = "\(info.st_ino):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
        }
        return result
    }

    /// Links (`href`, `src`) that lead to no file, in the pages a visitor can reach: the home
    /// page, every file that was online before (`entryPoints`: bookmarks, search engines) and all
    /// they link to. A new page no online page links to yet cannot be reached, so its links do not count.
    static func brokenLinks(_ root: String, entryPoints: Set<String>) throws -> [String] {
        var broken: [String] = []
        let present = Set(try allFiles(root))
        var queue = Array(entryPoints.union(["index.html"]).filter { present.contains($0) })
        var visited = Set(queue)
        while let path = queue.popLast() {
            guard path.hasSuffix(".html") || path.hasSuffix(".xml") else { continue }
            let text = String(decoding: FileManager.default.contents(atPath: root + "/" + path) ?? Data(), as: UTF8.self)
            let directory = (path as NSString).deletingLastPathComponent
            // feed.xml and sitemap.xml link from the site root, like the pages at the top.
            for match in linkPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let linkRange = Range(match.range(at: 1), in: text) else { continue }
                let link = String(text[linkRange])
                let resolved = normalise(directory.isEmpty ? link : directory + "/" + link)
                if !present.contains(resolved) {
                    broken.append("\(path) → \(link)")
                } else if visited.insert(resolved).inserted {
                    queue.append(resolved)
                }
            }
        }
        return broken.sorted()
    }

    private static let linkPattern = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")

    private static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}

/// Every regular file under a folder, relative, sorted.
func allFiles(_ root: String) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var result: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result.append(path)
        }
    }
    return result.sorted()
}

/// Every folder under a folder, relative.
func allFolders(_ root: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var result: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue {
            result.append(path)
        }
    }
    return result.sorted()
}
