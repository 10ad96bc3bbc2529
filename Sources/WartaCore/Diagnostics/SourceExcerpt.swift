import Foundation

/// The line a diagnostic points at, with a caret under its column: shown in the terminal and in
/// the preview's browser overlay alike.
package struct SourceExcerpt: Sendable, Equatable {
    package var line: String
    /// Blanks (tabs kept, so the caret lines up) followed by `^`.
    package var caret: String

    /// Nil when the file cannot be read or has no such line.
    package init?(_ location: SourceLocation, root: URL) {
        guard location.line >= 1 else { return nil }
        let url = location.path.hasPrefix("/") ? URL(fileURLWithPath: location.path) : root.appendingPathComponent(location.path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: url.path), data.count < 20_000_000,
              case .success(let source) = SourceText.decode([UInt8](data), path: location.path) else { return nil }
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let text = String(lines[location.line - 1])
        line = text.count > 200 ? String(text.prefix(200)) + "…" : text
        caret = String(text.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }) + "^"
    }
}
