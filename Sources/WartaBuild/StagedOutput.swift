import CDirectorySwap
import Foundation
import WartaCore

/// Writes a build into a staging folder and publishes it only when the whole build succeeded.
///
/// A file whose bytes equal the published one is not written again: it keeps its inode and
/// modification time, so an upload sends only what changed. How the new site replaces the old:
///
/// - `.wholeSite` (the default where the state folder and the output folder share a file
///   system): the complete new tree is staged in the state folder, unchanged files hard-linked
///   from the published site (no copy, same dates), and the two folders are exchanged in one
///   step (`renameat2` with `RENAME_EXCHANGE`). A kill at any moment leaves `output/` as the old
///   site or the new one, whole. Where the file system cannot exchange, the old folder is renamed
///   away and the new one into place: for that instant `output/` is missing, never mixed, and the
///   next build puts the old one back if a kill fell in between.
/// - `.fileByFile` (an output folder on another file system, and the preview, whose edits should
///   not cost a link per unchanged file): only changed files are staged, inside the output folder,
///   and renamed into place one by one. Each file is whole at every moment; the site as a whole
///   is not until the last rename.
package final class StagedOutput: OutputSink, @unchecked Sendable {
    package enum Publishing: Sendable, Equatable {
        case wholeSite
        case fileByFile
    }

    package static let stagingName = ".warta-staging"

    package let directory: URL
    package let directoryPath: String
    /// Where files are staged: the state folder's `next` for a whole site, else inside `directory`.
    package let stagingPath: String
    package let publishing: Publishing
    private let site: SiteState
    private let lock = NSLock()
    /// Every file of the new site, written or kept: what publishing must not remove.
    private var files: Set<String> = []
    /// How many of them were written to the staging folder.
    private var changedCount = 0
    /// Whether any HTML page was written (is new or changed): the search index must follow.
    private var changedPage = false
    /// True when the published folder held no file at the start: nothing to compare with.
    private let startedEmpty: Bool

    package struct Summary: Sendable, Equatable {
        package var written: Int
        package var unchanged: Int
        package var removed: Int
    }

    /// Prepares staging for `site`'s output folder, first clearing what an interrupted build left.
    package init(site: SiteState, publishing requested: Publishing) throws {
        self.site = site
        directory = URL(fileURLWithPath: site.output)
        directoryPath = site.output
        let manager = FileManager.default
        try Self.recoverInterruptedSwap(site)
        try PosixFiles.makeDirectories(directoryPath)
        try PosixFiles.makeDirectories(site.folder)
        let inside = directoryPath + "/" + Self.stagingName
        if PosixFiles.kind(inside) != nil { try manager.removeItem(atPath: inside) }
        if PosixFiles.kind(site.nextPath) != nil { try manager.removeItem(atPath: site.nextPath) }
        publishing = requested == .wholeSite && Self.sameFileSystem(site.folder, directoryPath) ? .wholeSite : .fileByFile
        stagingPath = publishing == .wholeSite ? site.nextPath : inside
        var empty = true
        for entry in (try? manager.contentsOfDirectory(atPath: directoryPath)) ?? [] where entry != Self.stagingName {
            empty = false
        }
        startedEmpty = empty
        try PosixFiles.makeDirectories(stagingPath)
    }

    @discardableResult package func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature? {
        let published = directoryPath + "/" + path
        if !startedEmpty, let existing = PosixFiles.signatureIfContentsEqual(published, bytes) {
            if publishing == .wholeSite { try link(path) }
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

    /// Keeps published files as they are, without rendering them: the build knows they are up to
    /// date. A whole-site staging links them into the new tree.
    package func keep(_ paths: [String]) throws {
        if publishing == .wholeSite {
            let failures = ParallelMap.map(Array(stride(from: 0, to: paths.count, by: 256))) { start -> Error? in
                do {
                    for path in paths[start..<min(paths.count, start + 256)] { try link(path) }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
        }
        lock.lock(); defer { lock.unlock() }
        files.formUnion(paths)
    }

    /// The published file, hard-linked into the staged tree under the same name.
    private func link(_ path: String) throws {
        let target = stagingPath + "/" + path
        if Glibc.link(directoryPath + "/" + path, target) == 0 { return }
        if errno == ENOENT {
            try PosixFiles.makeDirectories(PosixFiles.parent(of: target))
            if Glibc.link(directoryPath + "/" + path, target) == 0 { return }
        }
        throw PosixFiles.failure(target)
    }

    private func record(_ path: String, changed isChanged: Bool) {
        lock.lock(); defer { lock.unlock() }
        if files.insert(path).inserted && isChanged {
            changedCount += 1
            if path.hasSuffix(".html") { changedPage = true }
        }
    }

    package var anyPageWritten: Bool {
        lock.lock(); defer { lock.unlock() }
        return changedPage
    }

    /// Forgets this build; the published site stays exactly as it was.
    package func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    /// Publishes the staged site. `previousFiles`, when given, are the files the output folder is
    /// known to hold (those of the last build), which spares listing it. Returns the summary and,
    /// for a whole site, leaves the replaced tree to `removeReplaced`, which may run after the build
    /// has returned.
    package func publish(previousFiles: Set<String>?) throws -> Summary {
        lock.lock()
        let changedCount = self.changedCount
        let wanted = files
        lock.unlock()
        switch publishing {
        case .wholeSite:
            let removed = (previousFiles.map { Array($0) } ?? existingFiles()).filter { !wanted.contains($0) }.count
            try swapIntoPlace()
            return Summary(written: changedCount, unchanged: wanted.count - changedCount, removed: removed)
        case .fileByFile:
            let removed = try removeStale(previousFiles: previousFiles, wanted: wanted)
            // Builds before the state folder kept their bookkeeping in the output folder.
            for legacy in [SiteState.legacyMarker, SiteState.legacyCache] { unlink(directoryPath + "/" + legacy) }
            if changedCount > 0 { try move(from: stagingPath, to: directoryPath) }
            try FileManager.default.removeItem(atPath: stagingPath)
            return Summary(written: changedCount, unchanged: wanted.count - changedCount, removed: removed)
        }
    }

    /// The replaced site, after a whole-site publish; removing it can wait until after the build.
    package func removeReplaced() {
        try? FileManager.default.removeItem(atPath: site.previousPath)
    }

    // MARK: Whole site

    private func swapIntoPlace() throws {
        let manager = FileManager.default
        if PosixFiles.kind(site.previousPath) != nil { try manager.removeItem(atPath: site.previousPath) }
        if warta_exchange_paths(stagingPath, directoryPath) == 0 {
            // The old site is now where the new one was staged.
            if rename(stagingPath, site.previousPath) != 0 { throw PosixFiles.failure(site.previousPath) }
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else { throw PosixFiles.failure(directoryPath) }
        // No exchange on this file system: two renames, with `recoverInterruptedSwap` for a kill between them.
        if rename(directoryPath, site.previousPath) != 0 { throw PosixFiles.failure(directoryPath) }
        if rename(stagingPath, directoryPath) != 0 {
            let failure = PosixFiles.failure(directoryPath)
            _ = rename(site.previousPath, directoryPath)
            throw failure
        }
    }

    /// A kill between the two renames of a swap without exchange leaves no output folder and the
    /// old site in `previous`: it goes back, so the site is the old one, whole.
    private static func recoverInterruptedSwap(_ site: SiteState) throws {
        guard PosixFiles.kind(site.output) == nil, PosixFiles.kind(site.previousPath) == .directory else { return }
        if rename(site.previousPath, site.output) != 0 { throw PosixFiles.failure(site.output) }
    }

    private static func sameFileSystem(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev
    }

    // MARK: File by file

    /// Removes published files the new site does not have. Stale files go first, so that a folder
    /// can replace a file of the same name.
    private func removeStale(previousFiles: Set<String>?, wanted: Set<String>) throws -> Int {
        var removed = 0
        var emptied: Set<String> = []
        let existing = previousFiles.map { Array($0) } ?? existingFiles()
        for stale in existing.filter({ !wanted.contains($0) }).sorted() {
            let path = directoryPath + "/" + stale
            guard PosixFiles.kind(path) != nil else { continue }
            try FileManager.default.removeItem(atPath: path)
            removed += 1
            emptied.insert(PosixFiles.parent(of: stale))
        }
        for folder in emptied.sorted(by: >) { removeEmptyFolders(upFrom: folder) }
        return removed
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
