import Foundation
import Testing
@testable import WartaCore
@testable import WartaBuild
import WartaTestSupport

/// One build of a project at a time.
@Suite(.serialized) struct ProjectLockTests {
    @Test func aSecondLockWaitsThenFailsWhileTheFirstIsHeld() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warta-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/.warta/lock"
        guard case .success(let first) = ProjectLock.acquire(path, waitingUpTo: 0, waiting: {}) else {
            Issue.record("the first lock was refused"); return
        }
        var waited = false
        let second = ProjectLock.acquire(path, waitingUpTo: 0.2, waiting: { waited = true })
        #expect(waited)
        #expect(second.failureValue == .stillHeld(seconds: 0))
        withExtendedLifetime(first) {}
    }

    @Test func aLockIsFreeAgainOnceReleased() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warta-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/.warta/lock"
        do {
            let first = ProjectLock.acquire(path, waitingUpTo: 0, waiting: {})
            #expect(first.failureValue == nil)
        }
        var waited = false
        #expect(ProjectLock.acquire(path, waitingUpTo: 0, waiting: { waited = true }).failureValue == nil)
        #expect(!waited)
    }

    /// Two `warta build` processes started together on one project, 20 times over, each time after
    /// an edit: both succeed (the second waits for the first) and the site equals a clean build.
    @Test func twoBuildsStartedTogetherGiveTheSiteOfACleanBuild() throws {
        var files: [String: String] = [:]
        for number in 0..<60 {
            files["content/news/2024/berita-\(number).md"] = FixtureProject.article(
                title: "Berita \(number)", date: String(format: "2024-02-%02d", number % 28 + 1),
                extra: "tags: [topik-\(number % 7)]\n", body: String(repeating: "Isi berita. ", count: 100))
        }
        let project = try FixtureProject(files: files)
        for round in 1...20 {
            // Each round adds an article, which changes the paginated lists: the case that went stale.
            try project.write("content/news/2024/baru-\(round).md",
                              FixtureProject.article(title: "Baru \(round)", date: String(format: "2024-03-%02d", round), extra: "tags: [topik-1]\n"))
            let first = try WartaProcess.start(["build", "--root", project.root.path, "--no-search"])
            let second = try WartaProcess.start(["build", "--root", project.root.path, "--no-search"])
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "round \(round)")
            let clean = try project.fullBuildElsewhere()
            let differences = FixtureProject.differences(project.output, clean.output)
            #expect(differences.isEmpty, "round \(round): \(differences.prefix(5))")
            if !differences.isEmpty { break }
        }
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
