import Foundation
import Testing
@testable import warta
import WartaCore
import WartaBuild
import WartaTestSupport

/// `warta publish` as staff run it, to a mounted folder (`file://`); the SFTP and FTPS transports
/// are tested against real servers in WartaPublishTests.
@Suite("warta publish", .serialized)
struct PublishCommandTests {
    static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let relative = walker.nextObject() as? String {
            guard walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            result[relative] = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
        }
        return result
    }

    @Test("builds, then sends the site and nothing of Warta's own; a second run sends nothing")
    func publishesTheBuiltSite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let share = site.root.appendingPathComponent("share/situs")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        #expect(try WartaProcess.run(["publish", "file://" + share.path + "/", "--root", site.root.path]).status == 0)
        let published = Self.files(in: share).filter { $0.key != ".warta-publish.json" }
        let built = Self.files(in: site.url("output"))
        #expect(!built.isEmpty)
        #expect(published == built, "the share holds the built site")
        #expect(built.keys.allSatisfy { !$0.hasPrefix(".warta") }, "the site has no file of Warta's own")

        let before = try FileManager.default.attributesOfItem(atPath: share.appendingPathComponent("index.html").path)[.modificationDate] as? Date
        #expect(try WartaProcess.run(["publish", "file://" + share.path + "/", "--root", site.root.path]).status == 0)
        let after = try FileManager.default.attributesOfItem(atPath: share.appendingPathComponent("index.html").path)[.modificationDate] as? Date
        #expect(before == after, "nothing changed, nothing sent")
    }

    @Test("a site that does not build is not published")
    func refusesAFailedBuild() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/news/rusak.md", "---\ntitle: Rusak\ndate: bukan tanggal\n---\nIsi.\n")
        let share = site.root.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        #expect(try WartaProcess.run(["publish", "file://" + share.path + "/", "--root", site.root.path]).status != 0)
        #expect(Self.files(in: share).isEmpty)
    }

    @Test("a password in site.yml's publish target is an error at its line")
    func passwordInSiteConfiguration() throws {
        let site = try TestSite()
        defer { site.remove() }
        let config = try site.read("content/site.yml")
        try site.write("content/site.yml", config + "publish: sftp://humas:rahasia@web.example.go.id/var/www/\n")
        let report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(report.diagnostics.contains { $0.severity == .error && $0.location.path == "content/site.yml" && $0.location.line == line })
        #expect(!report.diagnostics.map { $0.compilerStyle(in: .english) }.joined().contains("rahasia"), "the password is never printed")
    }
}
