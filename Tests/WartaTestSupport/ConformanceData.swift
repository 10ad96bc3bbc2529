import Foundation

/// The shared conformance examples (CommonMark, GFM), which live beside the project in
/// `../shared/conformance` or in the folder `WARTA_CONFORMANCE` names; a clone on its own has none.
/// Tests that need them are skipped with a visible reason when they are absent, except in CI
/// (`CI=true`), where absence must fail rather than pass unnoticed.
package enum ConformanceData {
    package static var folder: URL {
        if let custom = ProcessInfo.processInfo.environment["WARTA_CONFORMANCE"], !custom.isEmpty {
            return URL(fileURLWithPath: custom)
        }
        return FixtureProject.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")
    }

    package static func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Whether tests reading `name` run: always in CI, elsewhere only when the file is there.
    package static func runs(_ name: String) -> Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || FileManager.default.fileExists(atPath: file(name).path)
    }
}
