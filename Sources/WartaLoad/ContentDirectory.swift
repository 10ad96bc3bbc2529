import Foundation
import WartaCore
import WartaModel

/// The files under `content/`, listed once, in a stable order.
///
/// Symbolic links are not followed: a link pointing outside `content/` would otherwise publish
/// whatever it points at.
package struct ContentDirectory: Sendable {
    package let root: URL
    /// Paths relative to `content/`, `/`-separated, sorted.
    package let files: [String]
    /// Size, dates and inode of each file when it was listed (aligned with `files`), to tell
    /// later whether it changed.
    package let fileSignatures: [PosixFiles.Signature?]
    /// `root` as a path, for the file system calls.
    package let basePath: String
    /// How the project root refers to `content/` in messages (`content`).
    package let displayPrefix: String

    package init(root: URL, displayPrefix: String = ContentLayout.contentFolder, log: DiagnosticLog) {
        self.root = root
        self.displayPrefix = displayPrefix
        var found: [(String, PosixFiles.Signature?)] = []
        let base = root.standardizedFileURL.path
        basePath = base
        for entry in PosixFiles.list(base) {
            if entry.kind == .symbolicLink {
                log.warning(SourceLocation(path: "\(displayPrefix)/\(entry.path)"), .file(.symbolicLink))
            } else if entry.kind == .file {
                found.append((entry.path, entry.signature))
            }
        }
        // Listed folder by folder in name order, so this sort finds the paths nearly in order.
        found.sort { $0.0 < $1.0 }
        files = found.map(\.0)
        fileSignatures = found.map(\.1)
    }

    /// The signature of a listed file (found by binary search in `files`).
    package func signature(of relative: String) -> PosixFiles.Signature? {
        var low = 0, high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle] < relative { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low] == relative ? fileSignatures[low] : nil
    }

    package func displayPath(_ relative: String) -> String { "\(displayPrefix)/\(relative)" }

    package func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    package func files(under folder: String, withExtension ext: String? = nil) -> [String] {
        files.filter { $0.hasPrefix(folder + "/") && (ext == nil || $0.hasSuffix("." + ext!)) }
    }

    package func bytes(_ relative: String) -> [UInt8]? {
        PosixFiles.read(basePath + "/" + relative)
    }

    package func text(_ relative: String, log: DiagnosticLog) -> SourceText? {
        guard let bytes = bytes(relative) else {
            log.error(SourceLocation(path: displayPath(relative)), .file(.cannotRead))
            return nil
        }
        switch SourceText.decode(bytes, path: displayPath(relative)) {
        case .success(let text): log.report(contentsOf: text.warnings); return text
        case .failure(let problem): log.report(problem); return nil
        }
    }
}
