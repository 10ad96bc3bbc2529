import Foundation
import WartaCore

/// The project's own folder for Warta's bookkeeping, `ROOT/.warta/`: never part of the site, so an
/// upload of `output/` by any means (FileZilla, cPanel, rsync) publishes the site and nothing else.
///
/// - `lock`: held by the build that is writing (`ProjectLock`), so two builds never mix their files;
/// - `sites/<key>/`: one folder per output folder this project has written, named by a hash of
///   its absolute path. Its `path` file, holding that path, is the record that the output folder is
///   Warta's own (so publishing may remove files in it); `cache` is the last build's manifest;
///   `next` and `previous` are the staged new site and the replaced old one while a build swaps
///   them, and are removed by the next build if a kill left them behind.
package struct ProjectState: Sendable {
    package static let folderName = ".warta"

    /// Absolute path of `ROOT/.warta`.
    package let folder: String

    package init(root: URL) {
        folder = root.standardizedFileURL.path + "/" + Self.folderName
    }

    package var lockPath: String { folder + "/lock" }

    /// The bookkeeping of one output folder (given as `OutputLocation.canonical` makes it).
    package func site(_ canonicalOutput: String) -> SiteState {
        var hasher = StableHasher()
        hasher.combine(canonicalOutput)
        let key = String(hasher.finalize(), radix: 16)
        return SiteState(folder: folder + "/sites/" + String(repeating: "0", count: 16 - key.count) + key,
                         output: canonicalOutput)
    }

    /// Removes the bookkeeping of output folders that no longer exist (a test's temporary folder,
    /// a site moved elsewhere), so the state folder does not grow with every folder ever built.
    package func forgetSitesWithoutOutput() {
        let sites = folder + "/sites"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: sites)) ?? [] {
            guard let recorded = PosixFiles.read(sites + "/" + name + "/path") else { continue }
            let output = String(decoding: recorded, as: UTF8.self).trimmingCharacters(in: .newlines)
            // A site whose swap was cut between its two renames has no output folder but its old
            // site in `previous`; its own next build puts that back.
            if PosixFiles.kind(output) == nil, PosixFiles.kind(sites + "/" + name + "/previous") == nil {
                try? FileManager.default.removeItem(atPath: sites + "/" + name)
            }
        }
    }
}

/// What `ProjectState` keeps for one output folder.
package struct SiteState: Sendable {
    package let folder: String
    /// The output folder, absolute and with links resolved.
    package let output: String

    package var recordPath: String { folder + "/path" }
    package var cachePath: String { folder + "/cache" }
    package var nextPath: String { folder + "/next" }
    package var previousPath: String { folder + "/previous" }

    /// True when this project wrote the output folder before (or when it carries the marker file
    /// that builds before the state folder left in it).
    package var ownsOutput: Bool {
        if let recorded = PosixFiles.read(recordPath), String(decoding: recorded, as: UTF8.self) == output + "\n" { return true }
        return PosixFiles.kind(output + "/" + Self.legacyMarker) == .file
    }

    /// Notes that the output folder is this project's.
    package func recordOwnership() throws {
        guard !ownsOutputByRecord else { return }
        try PosixFiles.write(Array((output + "\n").utf8), to: recordPath)
    }

    private var ownsOutputByRecord: Bool {
        PosixFiles.read(recordPath).map { String(decoding: $0, as: UTF8.self) == output + "\n" } ?? false
    }

    /// The last build's manifest: from the state folder, or, for a site last built before there
    /// was one, from the output folder itself (so unchanged files keep their dates on the first
    /// build after the move).
    package func storedManifest() -> BuildManifest? {
        if let bytes = PosixFiles.read(cachePath) { return BuildManifest(bytes: bytes) }
        return PosixFiles.read(output + "/" + Self.legacyCache).flatMap(BuildManifest.init(bytes:))
    }

    /// Bookkeeping files that builds before the state folder wrote into the output folder; the
    /// next build's site no longer has them.
    package static let legacyMarker = ".warta-output"
    package static let legacyCache = ".warta-cache"
}
