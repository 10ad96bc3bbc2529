import Foundation

/// File system access on the build's hot paths with plain POSIX calls: Foundation's `FileManager`
/// and `URL` cost more than the reads and writes themselves when a build touches ten thousand files.
package enum PosixFiles {
    /// What is needed to tell whether a file changed without reading it.
    package struct Signature: Hashable, Sendable {
        package var size: Int64
        package var modified: Int64
        package var changed: Int64
        package var inode: UInt64

        package init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
        }
    }

    package enum Kind: Sendable { case file, directory, symbolicLink, other }

    package static func signature(_ path: String) -> Signature? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return signature(of: info)
    }

    package static func signature(of info: stat) -> Signature {
        Signature(size: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// The whole file, or nil when it cannot be read.
    package static func read(_ path: String) -> [UInt8]? {
        readWithSignature(path)?.bytes
    }

    /// The whole file and its signature at the time it was read.
    package static func readWithSignature(_ path: String) -> (bytes: [UInt8], signature: Signature)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let bytes = read(fd, expected: Int(info.st_size)) else { return nil }
        return (bytes, signature(of: info))
    }

    private static func read(_ fd: Int32, expected: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        // One byte of room past the expected size: the read that meets the end of the file needs
        // it, and then nothing is zero-filled, grown or trimmed. A file that grew meanwhile is
        // read on in further pieces.
        var room = max(expected, 0) + 1
        while true {
            var failed = false, ended = false
            let piece = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                count = 0
                while count < room {
                    let wanted = room - count
                    let read = Glibc.read(fd, buffer.baseAddress! + count, wanted)
                    if read < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if read == 0 {
                        ended = true
                        return
                    }
                    count += read
                    // A regular file's read stops short only at its end. At the size fstat gave,
                    // that is the end, and the read that would return nothing to say so is saved.
                    if read < wanted && bytes.count + count == expected {
                        ended = true
                        return
                    }
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = piece } else { bytes += piece }
            if ended { return bytes }
            room = max(4096, bytes.count / 2)
        }
    }

    /// True when the file at `path` holds exactly `bytes`.
    package static func contentsEqual(_ path: String, _ bytes: [UInt8]) -> Bool {
        signatureIfContentsEqual(path, bytes) != nil
    }

    /// The file's signature when it holds exactly `bytes`, else nil. A symbolic link is never equal:
    /// what it points to is not part of the folder.
    package static func signatureIfContentsEqual(_ path: String, _ bytes: [UInt8]) -> Signature? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let existing = read(fd, expected: bytes.count), existing == bytes else { return nil }
        return signature(of: info)
    }

    /// Writes `bytes` to `path`, creating missing folders; returns the new file's signature.
    @discardableResult
    package static func write(_ bytes: [UInt8], to path: String) throws -> Signature {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            try makeDirectories(parent(of: path))
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path]) }
            offset += written
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path) }
        return signature(of: info)
    }

    /// `mkdir -p`.
    package static func makeDirectories(_ path: String) throws {
        if path.isEmpty || mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw failure(path)
        case ENOENT:
            try makeDirectories(parent(of: path))
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(path) }
        default:
            throw failure(path)
        }
    }

    package static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return kind(mode: info.st_mode)
    }

    private static func kind(mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Every entry below `root` (not following symbolic links), as `/`-separated paths relative to
    /// it, in no particular order. `skip` is asked about each name before anything else is done
    /// with it; a skipped folder is not entered.
    package static func walk(_ root: String, skip: (String, Kind) -> Bool = { _, _ in false },
                     visit: (String, Kind) -> Void) {
        func entries(_ folder: String, _ prefix: String) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let full = folder + "/" + name
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var kind: Kind
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): kind = .file
                case Int32(DT_DIR): kind = .directory
                case Int32(DT_LNK): kind = .symbolicLink
                case Int32(DT_UNKNOWN): kind = Self.kind(full) ?? .other
                default: kind = .other
                }
                if skip(name, kind) { continue }
                visit(relative, kind)
                if kind == .directory { entries(full, relative) }
            }
        }
        entries(root, "")
    }

    /// One entry found by `list`.
    package struct Listed: Sendable {
        package var path: String
        package var kind: Kind
        /// For files: size, dates and inode.
        package var signature: Signature?
    }

    /// Every entry below `root` with its kind and (for files) its signature, not following
    /// symbolic links and skipping names that start with a dot (and what is inside such folders).
    /// Each folder is read with one `fstatat` per entry relative to it, and folders of one level
    /// are read in parallel: listing ten thousand files is then a few milliseconds.
    package static func list(_ root: String) -> [Listed] {
        // Folders level by level, each level's folders in parallel; then put together depth first,
        // names in order, so that the listing comes out (nearly) sorted.
        var scanned: [String: [Listed]] = [:]
        var pending = [""]
        while !pending.isEmpty {
            let results = ParallelMap.map(pending) { scan(root, $0) }
            var next: [String] = []
            for (folder, entries) in zip(pending, results) {
                scanned[folder] = entries
                for entry in entries where entry.kind == .directory { next.append(entry.path) }
            }
            pending = next
        }
        var result: [Listed] = []
        func add(_ folder: String) {
            for entry in scanned[folder] ?? [] {
                result.append(entry)
                if entry.kind == .directory { add(entry.path) }
            }
        }
        add("")
        return result
    }

    private static func scan(_ root: String, _ relative: String) -> [Listed] {
        guard let directory = opendir(relative.isEmpty ? root : root + "/" + relative) else { return [] }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var entries: [Listed] = []
        while let entry = readdir(directory) {
            let listed: Listed? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                if name[0] == 0x2E { return nil }  // ".", ".." and hidden names
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
                let text = String(cString: name)
                let kind = Self.kind(mode: info.st_mode)
                return Listed(path: relative.isEmpty ? text : relative + "/" + text, kind: kind,
                              signature: kind == .file ? signature(of: info) : nil)
            }
            if let listed { entries.append(listed) }
        }
        entries.sort { $0.path < $1.path }
        return entries
    }

    package static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    package static func failure(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }
}
