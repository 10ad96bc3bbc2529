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

    /// SIGKILL at 20 moments spread over a 2,000-article build, publishing included: after each,
    /// `output/` is the old site or the new one, byte for byte, and the next build succeeds.
    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOneWhole() throws {
        let count = 2000
        let project = try FixtureProject(files: Self.files(count, version: "satu"))
        #expect(project.build().errorLines == [])
        let before = project.snapshot().mapValues(\.0)

        // The expected result of the second version, built elsewhere.
        let reference = try FixtureProject(files: Self.files(count, version: "dua"))
        #expect(reference.build().errorLines == [])
        let after = reference.snapshot().mapValues(\.0)
        #expect(before != after)

        // How long a build of one version over the other takes as a process, now, on this machine:
        // the kills are spread over that.
        for (path, text) in Self.files(count, version: "dua") { try reference.write(path, text.replacingOccurrences(of: "dua", with: "tiga")) }
        let started = Date()
        #expect(try WartaProcess.run(["build", "--root", reference.root.path, "--no-search"]).status == 0)
        let duration = Date().timeIntervalSince(started)

        // The content alternates between the two versions: whenever a build got to publish, the
        // next one is asked for the other version, so every moment interrupts a real change.
        let sites = ["satu": before, "dua": after]
        var target = "dua"
        for (path, text) in Self.files(count, version: target) { try project.write(path, text) }
        var sawOld = 0, sawNew = 0
        for moment in 1...20 {
            // Up to twice the measured build's time (a build after a kill also clears what the kill
            // left), so that the later moments fall in publishing or after it.
            let delay = duration * 2 * Double(moment) / 20
            let process = try WartaProcess.start(["build", "--root", project.root.path, "--no-search"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = project.snapshot().mapValues(\.0)
            let other = target == "dua" ? "satu" : "dua"
            #expect(now == sites[target] || now == sites[other],
                    "killed after \(String(format: "%.2f", delay)) s: output/ is neither the old site nor the new one (\(Self.mixture(now, before, after)))")
            if now == sites[target] {
                sawNew += 1
                target = other
                for (path, text) in Self.files(count, version: target) { try project.write(path, text) }
            } else {
                sawOld += 1
            }
        }
        // Every kill must leave one whole site; that some fell before publishing is what makes the
        // test say something (how many fell after depends on the machine's speed at the moment).
        #expect(sawOld > 0, "no kill fell before publishing (\(sawNew) after); the test says nothing")

        let recovery = try WartaProcess.run(["build", "--root", project.root.path, "--no-search"])
        #expect(recovery.status == 0)
        #expect(project.snapshot().mapValues(\.0) == sites[target])
        #expect(BuildManifest(bytes: try [UInt8](Data(contentsOf: URL(fileURLWithPath: project.cachePath)))) != nil)
        let state = ProjectState(root: project.root).site(OutputLocation.canonical(project.output))
        #expect(PosixFiles.kind(state.nextPath) == nil && PosixFiles.kind(state.previousPath) == nil, "staging left behind")
    }

    /// How a folder differs from both versions, for the failure message.
    static func mixture(_ now: [String: Data], _ before: [String: Data], _ after: [String: Data]) -> String {
        let old = now.filter { before[$0.key] == $0.value && after[$0.key] != $0.value }.count
        let new = now.filter { after[$0.key] == $0.value && before[$0.key] != $0.value }.count
        return "\(old) files of the old site, \(new) of the new, \(now.count) in all"
    }
}
