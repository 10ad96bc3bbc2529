import Foundation
import WartaCore
import WartaSite

/// Pagefind (https://pagefind.app), which indexes the built pages for the search page. It is a
/// program of its own, installed with `pip install pagefind-bin` (the binary ships inside the
/// PyPI package; `make site` installs it); a build without it publishes the site without an index.
package struct SearchIndexer: Sendable {
    package let executable: String

    /// `$WARTA_PAGEFIND`, then `pagefind` on the PATH, then the binary of the `pagefind_bin`
    /// Python package (pip installs no command for it).
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexer? {
        if let given = environment["WARTA_PAGEFIND"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? SearchIndexer(executable: given) : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/pagefind"
            if FileManager.default.isExecutableFile(atPath: candidate) { return SearchIndexer(executable: candidate) }
        }
        let asked = run("/usr/bin/env", ["python3", "-c", "import pagefind_bin; print(pagefind_bin.get_executable(), end=\"\")"],
                        environment: environment)
        guard asked.status == 0, FileManager.default.isExecutableFile(atPath: asked.output) else { return nil }
        return SearchIndexer(executable: asked.output)
    }

    /// Indexes the HTML pages under `site` into `site/pagefind/`. Only what pages mark with
    /// `data-pagefind-body` is indexed (their content, not the menu), in the language of their
    /// `<html lang>`. Returns what went wrong when it fails.
    ///
    /// Pagefind writes into a folder of this process's own beside `site`, moved into it when
    /// done: a Pagefind left running by a killed build then cannot write into the next build's site.
    package func index(site: String) -> ServiceMessage? {
        let parent = PosixFiles.parent(of: site), prefix = (site as NSString).lastPathComponent + ".search-"
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where stale.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + stale)
        }
        let folder = parent + "/" + prefix + String(getpid())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = Self.run(executable, ["--site", site, "--output-path", folder, "--silent"],
                              environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else {
            return result.output.isEmpty ? .searchIndexerExited(status: Int(result.status)) : .searchIndexingFailed(problem: result.output)
        }
        // The search page has its own few lines of script: Pagefind's ready-made interfaces
        // (some 400 KB, and CSS the validators reject) are not published.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where Self.unusedFiles.contains(where: { name.hasPrefix($0) }) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        let target = site + "/" + SiteRoutes.searchIndex.dropLast()
        if rename(folder, target) != 0 { return .cannotMoveSearchIndex(reason: String(cString: strerror(errno))) }
        return nil
    }

    private static let unusedFiles = ["pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight."]

    private static func run(_ program: String, _ arguments: [String], environment: [String: String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, error.localizedDescription)
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
