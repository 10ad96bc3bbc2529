import Foundation

/// The files under `content/`, listed once, in a stable order.
///
/// Symbolic links are not followed: a link pointing outside `content/` would otherwise publish
/// whatever it points at.
public struct ContentDirectory: Sendable {
    public let root: URL
    /// Paths relative to `content/`, `/`-separated, sorted.
    public let files: [String]
    /// How the project root refers to `content/` in messages (`content`).
    public let displayPrefix: String

    public init(root: URL, displayPrefix: String = "content", log: DiagnosticLog) {
        self.root = root
        self.displayPrefix = displayPrefix
        var found: [String] = []
        let manager = FileManager.default
        let base = root.standardizedFileURL.path
        if let walker = manager.enumerator(atPath: base) {
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                let type = walker.fileAttributes?[.type] as? FileAttributeType
                if type == .typeSymbolicLink {
                    log.warning(SourceLocation(path: "\(displayPrefix)/\(relative)"), "symbolic links are not followed; copy the file into content/ instead")
                } else if type == .typeRegular {
                    found.append(relative)
                }
            }
        }
        files = found.sorted()
    }

    public func displayPath(_ relative: String) -> String { "\(displayPrefix)/\(relative)" }

    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public func files(under folder: String, withExtension ext: String? = nil) -> [String] {
        files.filter { $0.hasPrefix(folder + "/") && (ext == nil || $0.hasSuffix("." + ext!)) }
    }

    public func bytes(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: url(relative).path).map { [UInt8]($0) }
    }

    public func text(_ relative: String, log: DiagnosticLog) -> SourceText? {
        guard let bytes = bytes(relative) else {
            log.error(SourceLocation(path: displayPath(relative)), "cannot read file")
            return nil
        }
        switch SourceText.decode(bytes, path: displayPath(relative)) {
        case .success(let text): return text
        case .failure(let problem): log.report(problem); return nil
        }
    }
}
