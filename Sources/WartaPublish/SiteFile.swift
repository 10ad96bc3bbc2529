import Foundation

/// One file of the local site folder: its path relative to the folder (`berita/x/index.html`),
/// size and modification time in nanoseconds (a rebuild within the same second still shows).
struct SiteFile: Sendable, Equatable {
    let path: String
    let size: Int64
    let modified: Int64

    /// Every regular file under `folder`, sorted by path. Warta's own bookkeeping (`.warta-*` at
    /// the top) and half-written uploads are not part of the site and are skipped.
    static func scan(_ folder: String) throws(PublishProblem) -> [SiteFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .siteFolderUnreadable(path: folder, reason: "tidak ada / missing")
        }
        var files: [SiteFile] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            guard let directory = opendir(absolute) else {
                throw .siteFolderUnreadable(path: absolute, reason: String(cString: strerror(errno)))
            }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                if relative.isEmpty && name.hasPrefix(".warta") { continue }
                if RemotePaths.isPartialUpload(name) { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                // The entry's type spares a stat of every folder; files are looked at relative to
                // their open folder, without resolving the whole path again.
                if entry.pointee.d_type == UInt8(DT_DIR) { pending.append(path); continue }
                var info = stat()
                guard fstatat(descriptor, name, &info, 0) == 0 else {
                    throw .siteFolderUnreadable(path: folder + "/" + path, reason: String(cString: strerror(errno)))
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG: files.append(SiteFile(path: path, size: Int64(info.st_size), modified: nanoseconds(info.st_mtim)))
                default: continue
                }
            }
        }
        files.sort { $0.path < $1.path }
        return files
    }

    static func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }

    /// SHA-256 of the file's bytes, hex.
    static func hash(_ absolutePath: String) throws(PublishProblem) -> String {
        let descriptor = open(absolutePath, O_RDONLY)
        guard descriptor >= 0 else { throw .siteFolderUnreadable(path: absolutePath, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var sha = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 { throw .siteFolderUnreadable(path: absolutePath, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            sha.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        return SHA256.hexString(sha.finish())
    }
}
