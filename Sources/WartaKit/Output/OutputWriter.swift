import Foundation

/// Where rendered files go. `check` uses `DiscardingOutput`; `build` a `StagedOutput`.
public protocol OutputSink: Sendable {
    func write(_ path: String, bytes: [UInt8]) throws
    func copy(_ path: String, from source: URL) throws
}

/// Accepts everything and keeps nothing: `warta check` renders the whole site to find every
/// problem without touching the disk.
public struct DiscardingOutput: OutputSink {
    public init() {}
    public func write(_ path: String, bytes: [UInt8]) throws {}
    public func copy(_ path: String, from source: URL) throws {}
}

/// Writes a build into a staging folder and publishes it only when the whole build succeeded.
///
/// A file whose bytes equal the published one is not staged at all, so it keeps its modification
/// time and an rsync or FTP deploy uploads only what changed. Publishing moves each staged file
/// into place with `rename`, which is atomic per file: a reader never sees half a page. A build
/// killed part-way leaves only the staging folder, which the next build removes first.
public final class StagedOutput: OutputSink, @unchecked Sendable {
    public static let stagingName = ".warta-staging"

    public let directory: URL
    private let staging: URL
    private let lock = NSLock()
    private var changed: Set<String> = []
    private var kept: Set<String> = []

    public struct Summary: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
        public var removed: Int
    }

    public init(directory: URL) throws {
        self.directory = directory.standardizedFileURL
        self.staging = self.directory.appendingPathComponent(Self.stagingName)
        let manager = FileManager.default
        try manager.createDirectory(at: self.directory, withIntermediateDirectories: true)
        try Self.removeSymbolicLinks(in: self.directory)
        if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Warta never writes links, so one inside the output was put there by hand; writing through it
    /// could replace files outside the output folder. Removing a link leaves what it points to alone.
    private static func removeSymbolicLinks(in folder: URL) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: folder.path) {
            let child = folder.appendingPathComponent(entry)
            let type = try manager.attributesOfItem(atPath: child.path)[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                try manager.removeItem(at: child)
            } else if type == .typeDirectory {
                try removeSymbolicLinks(in: child)
            }
        }
    }

    public func write(_ path: String, bytes: [UInt8]) throws {
        let published = directory.appendingPathComponent(path)
        if let existing = FileManager.default.contents(atPath: published.path), FileBytes.equal(existing, bytes) {
            record(path, changed: false)
            return
        }
        try FileBytes.write(bytes, to: staging.appendingPathComponent(path))
        record(path, changed: true)
    }

    public func copy(_ path: String, from source: URL) throws {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: source.path])
        }
        try write(path, bytes: [UInt8](data))
    }

    private func record(_ path: String, changed isChanged: Bool) {
        lock.lock(); defer { lock.unlock() }
        if isChanged { changed.insert(path) } else { kept.insert(path) }
    }

    /// Forgets this build; the published site stays exactly as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Moves staged files into place and removes files the new site no longer has.
    public func publish() throws -> Summary {
        let manager = FileManager.default
        lock.lock()
        let changedFiles = changed.sorted()
        let wanted = changed.union(kept).union([OutputLocation.markerName])
        lock.unlock()

        var removed = 0
        // Stale files go first, so that a folder can replace a file of the same name.
        for stale in existingFiles().filter({ !wanted.contains($0) }).sorted() {
            try manager.removeItem(at: directory.appendingPathComponent(stale))
            removed += 1
        }
        for path in changedFiles {
            let target = directory.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        }
        removeEmptyFolders(directory)
        try manager.removeItem(at: staging)
        let marker = directory.appendingPathComponent(OutputLocation.markerName)
        if !manager.fileExists(atPath: marker.path) {
            try FileBytes.write(Array("This folder is written by `warta build`; its files are replaced on every build.\n".utf8), to: marker)
        }
        return Summary(written: changedFiles.count, unchanged: wanted.count - 1 - changedFiles.count, removed: removed)
    }

    /// Files in the published folder (not the staging folder), relative to it.
    private func existingFiles() -> [String] {
        var files: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        while let relative = walker.nextObject() as? String {
            if relative == Self.stagingName { walker.skipDescendants(); continue }
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            if type != .typeDirectory { files.append(relative) }
        }
        return files
    }

    private func removeEmptyFolders(_ folder: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries where entry != Self.stagingName {
            let child = folder.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: child.path, isDirectory: &isDirectory), isDirectory.boolValue {
                removeEmptyFolders(child)
                if (try? manager.contentsOfDirectory(atPath: child.path))?.isEmpty == true { try? manager.removeItem(at: child) }
            }
        }
    }
}

/// Plain POSIX writes: no Foundation buffering or atomic-write temp files, which the staging
/// folder already makes unnecessary.
enum FileBytes {
    static func equal(_ data: Data, _ bytes: [UInt8]) -> Bool {
        guard data.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return data.withUnsafeBytes { stored in
            bytes.withUnsafeBytes { memcmp(stored.baseAddress!, $0.baseAddress!, bytes.count) == 0 }
        }
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        if !manager.fileExists(atPath: folder.path) {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: url.path]) }
            offset += written
        }
    }
}
