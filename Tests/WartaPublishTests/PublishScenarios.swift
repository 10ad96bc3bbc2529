import Foundation
import Testing
@testable import WartaPublish

/// The publishing scenarios every transport must pass, against a target whose files land in
/// `root` on this machine (the server's folder), so the test can look at what the server holds.
struct PublishScenarios {
    let root: String
    /// The options that reach this server, and how to make a publisher for it with some options.
    let options: PublishOptions
    let makePublisher: (PublishOptions) -> Publisher

    func publisher(_ options: PublishOptions?) -> Publisher { makePublisher(options ?? self.options) }

    /// Runs a plan, checking after every step that no page a visitor can reach links to a missing file.
    @discardableResult
    func publishCheckingLinks(_ site: SiteFixture, options: PublishOptions? = nil) throws -> (PublishPlan, PublishSummary) {
        let publisher = publisher(options)
        let plan = try publisher.plan(siteFolder: site.folder)
        let online = Set(try allFiles(root))
        var broken: [String] = []
        let summary = try publisher.run(plan) { progress in
            if progress.phase == .finished, let found = try? PublishedFolder.brokenLinks(root, entryPoints: online), !found.isEmpty {
                broken.append("after \(progress.step!.path): \(found.joined(separator: ", "))")
            }
        }
        #expect(broken.isEmpty, "a broken link was online: \(broken)")
        return (plan, summary)
    }

    func expectServerHoldsSite(_ site: SiteFixture) throws {
        let served = try PublishedFolder.files(root)
        let local = try PublishedFolder.files(site.folder)
        #expect(served.keys.sorted() == local.keys.sorted())
        for (path, bytes) in local { #expect(served[path] == bytes, "\(path) differs on the server") }
        #expect(FileManager.default.fileExists(atPath: root + "/.warta-publish.json"))
        #expect(try allFiles(root).filter { $0.hasSuffix(".warta-part") }.isEmpty)
    }

    /// First publish, a one-article change, a rebuild with equal bytes, a new article with one
    /// removed: each time only what changed travels, in an order without broken links.
    func firstPublishChangeAndDeletion() throws {
        var site = try SiteFixture()
        try site.build(articles: ["d", "c", "b", "a"])

        let (first, summary) = try publishCheckingLinks(site)
        #expect(first.uploadCount == (try allFiles(site.folder)).count)
        #expect(first.deletionCount == 0)
        #expect(summary.uploaded == first.uploadCount)
        try expectServerHoldsSite(site)
        #expect(try publisher(nil).plan(siteFolder: site.folder).isEmpty)

        // One article's text changes and a rebuild rewrote the style sheet with the same bytes:
        // only the article travels.
        let before = try PublishedFolder.identities(root)
        try site.write("berita/c/index.html", Array("<!doctype html><html lang=\"id\"><p>Isi c, diperbaiki.</p></html>\n".utf8))
        try site.touch("assets/style.css")
        let one = try publisher(nil).plan(siteFolder: site.folder)
        #expect(one.steps.map(\.path) == ["berita/c/index.html"])
        #expect(one.steps.first?.action == .upload(isNew: false))
        let summaryOne = try publisher(nil).run(one)
        #expect(summaryOne.uploaded == 1)
        let after = try PublishedFolder.identities(root)
        #expect(after.keys.filter { after[$0] != before[$0] }.sorted() == ["berita/c/index.html"], "only the changed file travelled")
        try expectServerHoldsSite(site)
        #expect(try publisher(nil).plan(siteFolder: site.folder).isEmpty, "the new time of the style sheet was recorded")

        // A new article, the oldest removed: lists change, the old page and its folder go last.
        try site.build(articles: ["e", "d", "c", "b"])
        let (third, _) = try publishCheckingLinks(site)
        #expect(third.steps.filter { $0.action == .delete }.map(\.path) == ["berita/a/index.html", "media/a.jpg"])
        #expect(third.steps.contains { $0.action == .removeFolder && $0.path == "berita/a" })
        #expect(third.steps.last?.action == .removeFolder)
        try expectServerHoldsSite(site)
        #expect(!FileManager.default.fileExists(atPath: root + "/berita/a"))
    }

    /// A connection killed in the middle of a large upload: the run stops with `connectionLost`
    /// once the server stays away, and the next run sends only what had not arrived.
    func killedMidUploadResumes(kill: () -> Void, restart: () throws -> Void) throws {
        var site = try SiteFixture()
        try site.build(articles: ["b", "a"])
        var big = [UInt8](repeating: 0, count: 6 << 20)
        for index in stride(from: 0, to: big.count, by: 4096) { big[index] = UInt8(truncatingIfNeeded: index >> 12) }
        try site.write("unduhan/laporan-tahunan.pdf", big)
        var options = self.options
        options.checkpointSteps = 1
        options.retries = 2
        options.retryDelay = 0.05
        let publisher = publisher(options)
        let plan = try publisher.plan(siteFolder: site.folder)
        var finished = 0
        var killed = false
        var retries: [Int] = []
        #expect(throws: PublishProblem.self) {
            try publisher.run(plan) { progress in
                switch progress.phase {
                case .finished: finished += 1
                case .sending(let bytes) where bytes > 1 << 20 && !killed && progress.step?.path == "unduhan/laporan-tahunan.pdf":
                    killed = true
                    kill()
                case .retrying(let attempt, _): retries.append(attempt)
                default: break
                }
            }
        }
        #expect(killed)
        #expect(retries == [1, 2])
        #expect(finished > 0 && finished < plan.steps.count)
        try restart()
        let resumed = try self.publisher(options).plan(siteFolder: site.folder)
        #expect(resumed.steps.count == plan.steps.count - finished, "only what had not arrived is sent again")
        #expect(resumed.steps.first?.path == "unduhan/laporan-tahunan.pdf")
        _ = try self.publisher(options).run(resumed)
        try expectServerHoldsSite(site)
    }

    /// The server drops only the connection (its process serving us dies) and keeps listening:
    /// the same run reconnects and finishes.
    func droppedConnectionRetried(killConnections: () -> Void) throws {
        var site = try SiteFixture()
        try site.build(articles: ["a"])
        try site.write("unduhan/data.csv", [UInt8](repeating: 65, count: 4 << 20))
        var options = self.options
        options.retryDelay = 0.05
        let publisher = publisher(options)
        let plan = try publisher.plan(siteFolder: site.folder)
        var killed = false
        let summary = try publisher.run(plan) { progress in
            if case .sending(let bytes) = progress.phase, bytes > 1 << 20, !killed {
                killed = true
                killConnections()
            }
        }
        #expect(killed)
        #expect(summary.retries >= 1)
        #expect(summary.uploaded == plan.uploadCount)
        try expectServerHoldsSite(site)
    }

    /// A refused login changes nothing on the server and says what to check, without the secret.
    func refusedLoginChangesNothing(_ options: PublishOptions, secret: String) throws {
        var site = try SiteFixture()
        try site.build(articles: ["a"])
        try publishCheckingLinks(site)
        let before = try PublishedFolder.identities(root)
        try site.build(articles: ["b", "a"])
        do {
            let publisher = publisher(options)
            let plan = try publisher.plan(siteFolder: site.folder)
            _ = try publisher.run(plan)
            Issue.record("a wrong credential was accepted")
        } catch {
            guard case .authenticationFailed = error else { Issue.record("unexpected problem \(error)"); return }
            #expect(!error.indonesian.contains(secret) && !error.english.contains(secret))
            #expect(error.english.contains("Nothing was changed"))
        }
        #expect(try PublishedFolder.identities(root) == before)
    }
}
