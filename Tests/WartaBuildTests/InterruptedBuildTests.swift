import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

/// A build killed at any moment must leave no half-written page online, and the next build must
/// recover by itself.
@Suite(.serialized) struct InterruptedBuildTests {
    static func files(_ count: Int, version: String) -> [String: String] {
        var files: [String: String] = [:]
        for number in 0..<count {
            files["content/news/2024/berita-\(number).md"] = FixtureProject.article(
                title: "Berita \(number) versi \(version)", date: String(format: "2024-01-%02d", number % 28 + 1),
                extra: "tags: [topik-\(number % 50)]\n", body: String(repeating: "Isi berita versi \(version). ", count: 200))
        }
        return files
    }

    @Test func killedBuildsNeverPublishPartialFilesAndTheNextBuildRecovers() throws {
        let count = 1500
        let project = try FixtureProject(files: Self.files(count, version: "satu"))
        #expect(project.build().errorLines == [])
        let before = project.snapshot().mapValues(\.0)

        // The expected result of the second version, built elsewhere.
        let reference = try FixtureProject(files: Self.files(count, version: "dua"))
        #expect(reference.build().errorLines == [])
        let after = reference.snapshot().mapValues(\.0)

        for (path, text) in Self.files(count, version: "dua") { try project.write(path, text) }
        for delay in [0.05, 0.2, 0.5, 1.0, 2.0] {
            let process = try WartaProcess.start(["build", "--root", project.root.path])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for (path, (bytes, _)) in project.snapshot() where !path.hasPrefix(StagedOutput.stagingName) {
                if path == BuildManifest.fileName {
                    // A build that finished before the kill left its own cache (its file dates and
                    // inodes are not the reference build's): it must be whole, never cut short.
                    #expect(bytes == before[path] || BuildManifest(bytes: [UInt8](bytes)) != nil, "the build cache is damaged (killed after \(delay) s)")
                    continue
                }
                #expect(bytes == before[path] || bytes == after[path], "\(path) is neither the old nor the new page (killed after \(delay) s)")
            }
        }

        let recovery = try WartaProcess.run(["build", "--root", project.root.path])
        #expect(recovery.status == 0)
        // The build cache records file dates and inodes, so it is the one file that may differ.
        let finished = project.snapshot()
        #expect(finished[BuildManifest.fileName].flatMap { BuildManifest(bytes: [UInt8]($0.0)) } != nil)
        let final = finished.filter { !$0.key.hasPrefix(".warta-cache") }
        let expected = after.filter { !$0.key.hasPrefix(".warta-cache") }
        #expect(final.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected { #expect(final[path]?.0 == bytes, "\(path) differs after recovery") }
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent(StagedOutput.stagingName).path))
    }
}
