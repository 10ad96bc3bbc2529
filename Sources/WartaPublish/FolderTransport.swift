import Foundation

/// Publishing to a mounted folder (`file:///mnt/share/situs/`): each file is copied beside its
/// place under a temporary name and renamed over the old one, which the file system does atomically.
final class FolderTransport: PublishTransport {
    private let root: String

    init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    private func absolute(_ path: String) -> String { path.isEmpty ? root : root + "/" + path }

    private func failure(_ path: String) -> TransportFailure {
        TransportFailure(problem: .folderOperationFailed(path: absolute(path), reason: String(cString: strerror(errno))),
                         connectionDropped: false)
    }

    func read(_ path: String) throws(TransportFailure) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: absolute(path)) else {
            if access(absolute(path), F_OK) != 0 { return nil }
            throw failure(path)
        }
        return [UInt8](data)
    }

    func list(_ directory: String) throws(TransportFailure) -> [RemoteEntry] {
        guard let handle = opendir(absolute(directory)) else {
            if errno == ENOENT { return [] }
            throw failure(directory)
        }
        defer { closedir(handle) }
        var entries: [RemoteEntry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard lstat(absolute(directory.isEmpty ? name : directory + "/" + name), &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFDIR || kind == S_IFREG else { continue }
            let seconds = Int64(info.st_mtim.tv_sec)
            entries.append(RemoteEntry(name: name, isDirectory: kind == S_IFDIR, size: Int64(info.st_size),
                                       modifiedEarliest: seconds, modifiedLatest: seconds))
        }
        return entries
    }

    private func makeParents(of path: String) throws(TransportFailure) {
        let directory = RemotePaths.split(path).directory
        guard !directory.isEmpty else {
            if access(root, F_OK) != 0 { try makeDirectory(root) }
            return
        }
        try makeDirectory(absolute(String(directory.dropLast())))
    }

    private func makeDirectory(_ absolutePath: String) throws(TransportFailure) {
        do {
            try FileManager.default.createDirectory(atPath: absolutePath, withIntermediateDirectories: true)
        } catch {
            throw TransportFailure(problem: .folderOperationFailed(path: absolutePath, reason: error.localizedDescription),
                                   connectionDropped: false)
        }
    }

    func upload(from localPath: String, size: Int64, modified: Int64, to path: String,
                progress: (Int64) -> Void) throws(TransportFailure) {
        try makeParents(of: path)
        let partial = absolute(RemotePaths.partial(of: path))
        let source = open(localPath, O_RDONLY)
        guard source >= 0 else { throw TransportFailure(problem: .siteFolderUnreadable(path: localPath, reason: String(cString: strerror(errno))), connectionDropped: false) }
        defer { close(source) }
        let destination = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard destination >= 0 else { throw failure(RemotePaths.partial(of: path)) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        var sent: Int64 = 0
        while true {
            let count = Glibc.read(source, buffer.baseAddress, buffer.count)
            if count == 0 { break }
            if count < 0 { close(destination); unlink(partial); throw failure(path) }
            var written = 0
            while written < count {
                let result = Glibc.write(destination, buffer.baseAddress! + written, count - written)
                if result < 0 { let problem = failure(RemotePaths.partial(of: path)); close(destination); unlink(partial); throw problem }
                written += result
            }
            sent += Int64(count)
            progress(sent)
        }
        var times = [timespec(tv_sec: time_t(modified), tv_nsec: 0), timespec(tv_sec: time_t(modified), tv_nsec: 0)]
        let timed = futimens(destination, &times)
        // Whole on disk before it takes the old file's place.
        let synced = fsync(destination)
        close(destination)
        guard timed == 0, synced == 0, rename(partial, absolute(path)) == 0 else {
            let problem = failure(path)
            unlink(partial)
            throw problem
        }
    }

    func write(_ bytes: [UInt8], to path: String) throws(TransportFailure) {
        try makeParents(of: path)
        let partial = absolute(RemotePaths.partial(of: path))
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: partial))
        } catch {
            throw TransportFailure(problem: .folderOperationFailed(path: partial, reason: error.localizedDescription), connectionDropped: false)
        }
        guard rename(partial, absolute(path)) == 0 else { throw failure(path) }
    }

    func delete(_ path: String) throws(TransportFailure) {
        guard unlink(absolute(path)) == 0 || errno == ENOENT else { throw failure(path) }
    }

    func removeDirectoryIfEmpty(_ path: String) throws(TransportFailure) {
        guard rmdir(absolute(path)) == 0 || errno == ENOENT || errno == ENOTEMPTY || errno == EEXIST else { throw failure(path) }
    }

    func reconnect() {}
}
