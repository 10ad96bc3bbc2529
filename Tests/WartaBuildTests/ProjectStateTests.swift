import Foundation
import Testing
@testable import WartaCore
@testable import WartaBuild
import WartaTestSupport

/// Warta's bookkeeping lives in `ROOT/.warta/`, never in the published site.
@Suite struct ProjectStateTests {
    static func project() throws -> FixtureProject {
        try FixtureProject(files: [
            "content/news/2024/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "tags: [x]\n"),
            "content/news/2024/b.md": FixtureProject.article(title: "B", date: "2024-01-02", extra: "draft: true\n"),
        ])
    }

    @Test func theOutputFolderHoldsTheSiteAndNothingOfWartasOwn() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        #expect(project.snapshot().keys.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted() == [])
        // The manifest, which names every content file (drafts included), is in the state folder.
        let cache = try String(contentsOf: URL(fileURLWithPath: project.cachePath), encoding: .utf8)
        #expect(cache.contains("news/2024/b.md"))
        #expect(!(project.page("index.html") ?? "").isEmpty)
    }

    /// A site last built before the state folder carries `.warta-output` and `.warta-cache` in
    /// `output/`: the next build takes the folder as its own, keeps unchanged files as they are
    /// (same dates), and leaves the old bookkeeping out of the site.
    @Test func aSiteBuiltBeforeTheStateFolderMovesWithoutRewritingItsFiles() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let before = project.snapshot()
        let state = ProjectState(root: project.root)
        let site = state.site(OutputLocation.canonical(project.output))
        try FileManager.default.moveItem(atPath: site.cachePath, toPath: project.output.path + "/" + SiteState.legacyCache)
        try Data("This folder is written by `warta build`.\n".utf8).write(to: project.output.appendingPathComponent(SiteState.legacyMarker))
        try FileManager.default.removeItem(atPath: state.folder)

        let report = project.build()
        #expect(report.errorLines == [])
        #expect(report.output?.written == 0)
        let after = project.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (bytes, date)) in before {
            #expect(after[path]?.0 == bytes && after[path]?.1 == date, "\(path) was rewritten")
        }
        #expect(site.ownsOutput)
        #expect(PosixFiles.kind(site.cachePath) == .file)
    }

    @Test func aFolderOfSomeoneElsesIsRefused() throws {
        let project = try Self.project()
        try project.write("output/laporan.docx", "penting")
        let report = project.build()
        #expect(report.errorLines.count == 1)
        #expect(project.exists("laporan.docx"))
    }

    @Test func theStateFolderIsNoOutputFolder() throws {
        let project = try Self.project()
        let report = SiteBuild.run(BuildOptions(root: project.root, output: project.root.appendingPathComponent(".warta/site")))
        #expect(report.errorLines.contains { $0.contains(".warta/") })
    }
}
