import Foundation

/// A copy of the repository's example site (content/ and templates/) in a fresh temporary
/// folder, so tests can edit content freely.
package struct TestSite {
    package let root: URL

    package static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("warta-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }

    package func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    package func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// Writes through a new file and a rename, as many editors save.
    package func write(_ path: String, _ text: String) throws {
        try text.write(to: url(path), atomically: true, encoding: .utf8)
    }

    package func remove() { try? FileManager.default.removeItem(at: root) }
}
