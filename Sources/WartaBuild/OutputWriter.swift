import Foundation
import WartaCore

/// Where rendered files go. `check` uses `DiscardingOutput`; `build` a `StagedOutput`.
package protocol OutputSink: Sendable {
    /// Returns the size, dates and inode the file will have once published, when it is on disk.
    @discardableResult func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature?
    @discardableResult func copy(_ path: String, from source: URL) throws -> PosixFiles.Signature?
}

/// Accepts everything and keeps nothing: `warta check` renders the whole site to find every
/// problem without touching the disk.
package struct DiscardingOutput: OutputSink {
    package init() {}
    package func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature? { nil }
    package func copy(_ path: String, from source: URL) throws -> PosixFiles.Signature? { nil }
}

/// Writes a build into a staging folder and publishes it only when the whole build succeeded.
///
/// A file whose bytes equal the published one is not staged at all, so it keeps its modification
/// time and an rsync or FTP deploy uploads only what changed. Publishing moves each staged file
/// into place with `rename`, which is atomic per file: a reader never sees half a page. A build
/// killed part-way leaves only the staging folder, which the next build removes first.
package final class StagedOutput: OutputSink, @unchecked Sendable {
    package static let stagingName = ".warta-staging"

    package let directory: URL
    private let staging: URL
    package let directoryPath: String
    package let stagingPath: String
    private let lock = NSLock()
    /// Every file of the new site, written or kept: what publishing must not remove.
    private var files: Set<String> = []
    /// How many of them were written to the staging folder.
    private var changedCount = 0
    /// True when the published folder held no file at the start: nothing to compare with.
    private let startedEmpty: Bool

    package struct Summary: Sendable, Equatable {
        package var written: Int
        package var unchanged: Int
        package var removed: Int
    }

    package init(directory: URL) throws {
        self.directory = directory.standardizedFileURL
        self.staging = self.directory.appendingPathComponent(Self.stagingName)
        directoryPath = self.directory.path
        stagingPath = staging.path
        let manager = FileManager.default
        try PosixFiles.makeDirectories(directoryPath)
        if PosixFiles.kind(stagingPath) != nil { try manager.removeItem(at: staging) }
        var empty = true
        for entry in (try? manager.contentsOfDirectory(atPath: directoryPath)) ?? [] where entry != Self.stagingName && entry != OutputLocation.markerName {
            empty = false
        }
        startedEmpty = empty
        try PosixFiles.makeDirectories(stagingPath)
    }

    @discardableResult package func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature? {
        if !startedEmpty, let existing = PosixFiles.signatureIfContentsEqual(directoryPath + "/" + path, bytes) {
            record(path, changed: false)
            return existing
        }
        // Made before the file is opened: nearly every page has a folder of its own, so an open
        // that fails first would cost a call per page. A folder already there costs one `mkdir`.
        try PosixFiles.makeDirectories(stagingPath + "/" + PosixFiles.parent(of: path))
        // Renaming it into place keeps its size, dates and inode.
        let signature = try PosixFiles.write(bytes, to: stagingPath + "/" + path)
        record(path, changed: true)
        return signature
    }

    @discardableResult package func copy(_ path: String, from source: URL) throws -> PosixFiles.Signature? {
        guard let bytes = PosixFiles.read(source.path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: source.path])
        }
        return try write(path, bytes: bytes)
    }

    /// Keeps the published file as it is, without rendering it: the build knows it is up to date.
    package func keep(_ path: String) {
        record(path, changed: false)
    }

    package func keep(_ paths: [String]) {
        lock.lock(); defer { lock.unlock() }
        files.formUnion(paths)
    }

    private func record(_ path: String, changed isChanged: Bool) {
        lock.lock(); defer { lock.unlock() }
        if files.insert(path).inserted && isChanged { changedCount += 1 }
    }

    /// Forgets this build; the published site stays exactly as it was.
    package func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Moves staged files into place when the new site has exactly the files of the published one
    /// (`total` of them), so that there is nothing to remove.
    package func publishChanged(total: Int) throws -> Summary {
        lock.lock()
        let written = changedCount
        lock.unlock()
        if written > 0 { try move(from: stagingPath, to: directoryPath) }
        try FileManager.default.removeItem(atPath: stagingPath)
        return Summary(written: written, unchanged: total - written, removed: 0)
    }

    /// Moves staged files into place and removes files the new site no longer has.
    package func publish() throws -> Summary {
        try publish(previousFiles: nil)
    }

    /// `previousFiles`, when given, are the files the folder is known to hold (those of the last
    /// build), which spares listing the folder; otherwise it is listed.
    package func publish(previousFiles: Set<String>?, keeping extra: Set<String> = []) throws -> Summary {
        let manager = FileManager.default
        lock.lock()
        let changedCount = self.changedCount
        let wanted = files.union([OutputLocation.markerName]).union(extra)
        lock.unlock()

        var removed = 0
        var emptied: Set<String> = []
        // Stale files go first, so that a folder can replace a file of the same name.
        let existing = previousFiles.map { Array($0) } ?? existingFiles()
        for stale in existing.filter({ !wanted.contains($0) }).sorted() {
            let path = directoryPath + "/" + stale
            guard PosixFiles.kind(path) != nil else { continue }
            try manager.removeItem(atPath: path)
            removed += 1
            emptied.insert(PosixFiles.parent(of: stale))
        }
        if changedCount > 0 { try move(from: stagingPath, to: directoryPath) }
        for folder in emptied.sorted(by: >) { removeEmptyFolders(upFrom: folder) }
        try manager.removeItem(atPath: stagingPath)
        let marker = directoryPath + "/" + OutputLocation.markerName
        if PosixFiles.kind(marker) == nil {
            try PosixFiles.write(Array("This folder is written by `warta build`; its files are replaced on every build.\n".utf8), to: marker)
        }
        return Summary(written: changedCount, unchanged: wanted.count - 1 - extra.count - changedCount, removed: removed)
    }

    /// Renames everything staged into place: a whole folder in one step where the published site
    /// has nothing of that name yet (a first build), file by file where it has.
    private func move(from source: String, to target: String) throws {
        var entries: [(String, PosixFiles.Kind)] = []
        guard let folder = opendir(source) else { throw PosixFiles.failure(source) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            entries.append((name, PosixFiles.kind(source + "/" + name) ?? .other))
        }
        closedir(folder)
        for (name, kind) in entries.sorted(by: { $0.0 < $1.0 }) {
            let from = source + "/" + name, to = target + "/" + name
            let existing = PosixFiles.kind(to)
            if kind == .directory, existing == .directory {
                try move(from: from, to: to)
            } else {
                if existing == .directory { try FileManager.default.removeItem(atPath: to) }
                // Warta never writes links, so one here was put there by hand; writing through it
                // could replace files outside the output folder. The link goes, not what it points to.
                if existing == .symbolicLink, unlink(to) != 0 { throw PosixFiles.failure(to) }
                if rename(from, to) != 0 { throw PosixFiles.failure(to) }
            }
        }
    }

    /// Files in the published folder (not the staging folder), relative to it.
    private func existingFiles() -> [String] {
        var files: [String] = []
        PosixFiles.walk(directoryPath, skip: { name, _ in name == Self.stagingName }) { relative, kind in
            if kind != .directory { files.append(relative) }
        }
        return files
    }

    /// Removes `folder` (relative) if empty, then its parents while they are empty.
    private func removeEmptyFolders(upFrom folder: String) {
        var current = folder
        while !current.isEmpty, rmdir(directoryPath + "/" + current) == 0 {
            current = PosixFiles.parent(of: current)
        }
    }
}

/// Plain POSIX writes: no Foundation buffering or atomic-write temp files, which the staging
/// folder already makes unnecessary.
package enum FileBytes {
    package static func write(_ bytes: [UInt8], to url: URL) throws {
        try PosixFiles.write(bytes, to: url.path)
    }
}
