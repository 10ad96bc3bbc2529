import Foundation

/// What the watched folders hold, file by file (size, modification time, inode), so that two
/// snapshots taken a moment apart tell what an editor saved. Polling works the same on every
/// system and for a site's few thousand files costs a few milliseconds.
package struct ContentSnapshot: Equatable, Sendable {
    package struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64  // nanoseconds
        var inode: UInt64
    }

    /// Paths relative to the project root (`content/news/2024/x.md`).
    package private(set) var files: [String: Stamp] = [:]

    package init(root: URL, folders: [String]) {
        for folder in folders {
            scan(root.appendingPathComponent(folder).path, relative: folder, depth: 0)
        }
    }

    /// Paths added, removed or changed since `old`, sorted.
    package func changes(since old: ContentSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in files where old.files[path] != stamp { changed.append(path) }
        for path in old.files.keys where files[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    /// Editors' swap, backup and lock files are not content; saving them should not rebuild.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name.hasPrefix("#") || name == "4913"
    }

    private mutating func scan(_ directory: String, relative: String, depth: Int) {
        // Symbolic links are followed; the depth limit keeps a link loop from running forever.
        guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !Self.isIgnored(name) {
            let path = directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                scan(path, relative: relative + "/" + name, depth: depth + 1)
            } else {
                #if canImport(Darwin)
                let time = info.st_mtimespec
                #else
                let time = info.st_mtim
                #endif
                let modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
                files[relative + "/" + name] = Stamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
            }
        }
    }
}
