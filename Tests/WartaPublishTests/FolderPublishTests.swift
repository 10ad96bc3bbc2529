import Foundation
import Testing
@testable import WartaPublish

/// Publishing to a mounted folder, and what every transport shares: the plan's order, the
/// manifest and its fallback, foreign files, the dry run.
@Suite struct FolderPublishTests {
    private func scenarios() throws -> PublishScenarios {
        let root = try TestEnvironment.temporaryFolder("share") + "/situs"
        let options = PublishOptions(home: "/nonexistent", environment: [:])
        return PublishScenarios(root: root, options: options) { options in
            Publisher(target: PublishTarget.parse("file://" + root + "/").target!, options: options)
        }
    }

    @Test func firstPublishChangeAndDeletion() throws {
        try scenarios().firstPublishChangeAndDeletion()
    }

    @Test func orderPutsAssetsAndNewPagesFirstAndTheHomePageLast() throws {
        let scenarios = try scenarios()
        var site = try SiteFixture()
        try site.build(articles: ["c", "b", "a"])
        let plan = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        let stages = plan.steps.map(\.stage)
        #expect(stages == stages.sorted(), "stages in order")
        #expect(plan.steps.last?.path == "index.html")
        let paths = plan.steps.map(\.path)
        #expect(paths.firstIndex(of: "assets/style.css")! < paths.firstIndex(of: "berita/a/index.html")!)
        #expect(paths.firstIndex(of: "berita/a/index.html")! < paths.firstIndex(of: "berita/index.html")!)
        #expect(paths.firstIndex(of: "feed.xml")! < paths.firstIndex(of: "index.html")!)
        #expect(plan.steps.first { $0.path == "topik/bansos/index.html" }?.stage == .listPage)
        #expect(plan.steps.first { $0.path == "404.html" }?.stage == .newPage)
        _ = try scenarios.publisher(nil).run(plan)

        // Five articles: a third list page appears, and page 2 (changed) links to it.
        #expect(try allFiles(scenarios.root).contains("berita/halaman/2/index.html"))
        try site.build(articles: ["e", "d", "c", "b", "a"])
        let more = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        let morePaths = more.steps.map(\.path)
        #expect(morePaths.firstIndex(of: "berita/halaman/3/index.html")! < morePaths.firstIndex(of: "berita/halaman/2/index.html")!)
        #expect(morePaths.firstIndex(of: "berita/halaman/2/index.html")! < morePaths.firstIndex(of: "berita/index.html")!)
        try scenarios.publishCheckingLinks(site)
    }

    @Test func dryRunListsEveryStepAndChangesNothing() throws {
        let scenarios = try scenarios()
        var site = try SiteFixture()
        try site.build(articles: ["a"])
        let plan = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        let text = plan.rendered()
        #expect(text.hasPrefix("Rencana publikasi ke file://\(scenarios.root)/"))
        #expect(text.contains("unggah baru / upload new    berita/a/index.html"))
        #expect(text.contains("\(plan.uploadCount) berkas diunggah"))
        #expect(text.contains("files to upload"))
        #expect(!FileManager.default.fileExists(atPath: scenarios.root), "planning wrote nothing")
    }

    @Test func withoutAManifestTheTargetIsComparedBySizeAndTimeAndForeignFilesStay() throws {
        let scenarios = try scenarios()
        var site = try SiteFixture()
        try site.build(articles: ["b", "a"])
        // The site copied by hand (times kept, as `cp -p` does), plus the host's own file.
        try FileManager.default.createDirectory(atPath: (scenarios.root as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try TestProcesses.run("/bin/cp", ["-rp", site.folder, scenarios.root])
        try "Options -Indexes\n".write(toFile: scenarios.root + "/.htaccess", atomically: true, encoding: .utf8)
        try site.write("berita/a/index.html", Array("<!doctype html><p>baru</p>\n".utf8))

        let plan = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        #expect(plan.steps.map(\.path) == ["berita/a/index.html"])
        #expect(plan.problems == [.foreignFilesKept(count: 1, examples: [".htaccess"])])
        _ = try scenarios.publisher(nil).run(plan)
        #expect(FileManager.default.fileExists(atPath: scenarios.root + "/.htaccess"))
        #expect(try scenarios.publisher(nil).plan(siteFolder: site.folder).isEmpty)

        // Someone replaces the home page by hand: the manifest is stale, the target is listed again.
        try "<!doctype html><p>ditimpa</p>".write(toFile: scenarios.root + "/index.html", atomically: true, encoding: .utf8)
        let stale = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        #expect(stale.problems.contains(.manifestStale(path: ".warta-publish.json")))
        #expect(stale.steps.map(\.path) == ["index.html"])

        // A manifest that is not one is reported and rewritten.
        try "rusak".write(toFile: scenarios.root + "/.warta-publish.json", atomically: true, encoding: .utf8)
        let unreadable = try scenarios.publisher(nil).plan(siteFolder: site.folder)
        #expect(unreadable.problems.contains(.manifestUnreadable(path: ".warta-publish.json")))
        _ = try scenarios.publisher(nil).run(unreadable)
        #expect(try scenarios.publisher(nil).plan(siteFolder: site.folder).isEmpty)
    }

    @Test func aMissingSiteFolderIsAProblem() throws {
        let scenarios = try scenarios()
        #expect(throws: PublishProblem.siteFolderUnreadable(path: "/nonexistent/output", reason: "tidak ada / missing")) {
            try scenarios.publisher(nil).plan(siteFolder: "/nonexistent/output")
        }
    }
}
