import Foundation
import WartaCore
import WartaModel
import WartaLoad
import WartaBuild

/// A throwaway Warta project in a temporary folder: the repository's real templates plus the
/// content files a test writes, built through the same pipeline as `warta build`.
package final class FixtureProject {
    package static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package let root: URL
    package var output: URL { root.appendingPathComponent("output") }

    package static let minimalSiteYML = """
        title: Dinas Uji
        description: Situs uji
        base_url: https://example.go.id/dinsos/
        language: id
        timezone: Asia/Pontianak
        news_per_page: 5
        organisation:
          name: Dinas Uji
          address: Jalan Uji 1, Pontianak
        menu:
          - {title: Berita, url: /berita/}

        """

    package init(files: [String: String] = [:], siteYML: String = FixtureProject.minimalSiteYML) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("warta-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try write("content/site.yml", siteYML)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Where builds of this project keep their manifest (in the state folder, not in the site).
    package var cachePath: String {
        ProjectState(root: root).site(OutputLocation.canonical(output)).cachePath
    }

    package func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    package func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    package func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    @discardableResult
    package func build(drafts: Bool = false) -> BuildReport {
        SiteBuild.run(BuildOptions(root: root, output: output, includeDrafts: drafts))
    }

    package func check() -> BuildReport {
        SiteBuild.run(BuildOptions(root: root, output: nil))
    }

    package func page(_ path: String) -> String? {
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    package func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every output file with its bytes and modification time, to prove a build changed nothing.
    package func snapshot() -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        guard let walker = FileManager.default.enumerator(atPath: output.path) else { return [:] }
        while let relative = walker.nextObject() as? String {
            let url = output.appendingPathComponent(relative)
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            result[relative] = (FileManager.default.contents(atPath: url.path)!, attributes?[.modificationDate] as! Date)
        }
        return result
    }

    /// Metadata of a small poverty-rate dataset (`kemiskinan.csv`: tahun;persen, Indonesian numbers).
    package static let povertyMetadata = """
        ---
        title: Persentase penduduk miskin
        source: {name: BPS}
        locale: id
        columns:
          - {name: tahun, label: Tahun, type: year}
          - {name: persen, label: Persen, type: percent}
        ---
        Metode.

        """

    package static func article(title: String, date: String, extra: String = "", body: String = "Isi berita.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\n\(body)\n"
    }
}

extension BuildReport {
    package var errorLines: [String] { diagnostics.filter { $0.severity == .error }.map(\.compilerStyle) }
    package var warningLines: [String] { diagnostics.filter { $0.severity == .warning }.map(\.compilerStyle) }
}

package extension FixtureProject {
    package func append(_ path: String, _ text: String) throws {
        let current = String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
        try write(path, current + text)
    }

    package func replace(_ path: String, _ old: String, _ new: String) throws {
        let current = String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
        precondition(current.contains(old), "\(old) not in \(path)")
        try write(path, current.replacingOccurrences(of: old, with: new))
    }

    /// A build of the same project from scratch, into a folder of its own.
    package func fullBuildElsewhere() throws -> (report: BuildReport, output: URL) {
        let elsewhere = root.appendingPathComponent("full-\(UUID().uuidString)")
        let report = SiteBuild.run(BuildOptions(root: root, output: elsewhere))
        precondition(report.reusedCount == 0, "a build into a new folder reused files")
        return (report, elsewhere)
    }

    /// Paths whose bytes differ between two output folders (or exist in one only).
    package static func differences(_ a: URL, _ b: URL) -> [String] {
        func files(_ folder: URL) -> [String: Data] {
            var result: [String: Data] = [:]
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
            while let relative = walker.nextObject() as? String {
                guard walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                result[relative] = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
            }
            return result
        }
        let left = files(a), right = files(b)
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }
}
