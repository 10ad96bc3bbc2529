/// Names Warta itself uses on a target: the manifest, and the temporary name a file is uploaded
/// under before it is renamed into place (so a half-sent file is never the one the web server serves).
enum RemotePaths {
    static let manifest = ".warta-publish.json"
    private static let partialSuffix = ".warta-part"

    /// `.index.html.warta-part` beside `index.html`.
    static func partial(of path: String) -> String {
        let (directory, name) = split(path)
        return directory + "." + name + partialSuffix
    }

    static func isPartialUpload(_ name: String) -> Bool { name.hasPrefix(".") && name.hasSuffix(partialSuffix) }

    /// `("berita/x/", "index.html")`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The folders that hold `path`, innermost first: `a/b/c.html` → `a/b`, `a`.
    static func parents(of path: String) -> [String] {
        var result: [String] = []
        var current = Substring(path)
        while let slash = current.lastIndex(of: "/") {
            current = current[..<slash]
            result.append(String(current))
        }
        return result
    }

    /// Whether the name can be sent in a protocol command line without changing its meaning.
    static func isSafe(_ path: String) -> Bool {
        !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }
    }
}
