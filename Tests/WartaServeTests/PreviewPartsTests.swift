import Foundation
import Testing
@testable import WartaServe
import WartaCore
import WartaModel
import WartaLoad
import WartaBuild
import WartaTestSupport

@Suite("preview server parts")
struct PreviewPartsTests {
    @Test("the reload script goes before the last </body>, whatever its case, or at the end")
    func injection() {
        let tag = LiveReload.scriptTag(version: "v")
        let page = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        #expect(String(decoding: LiveReload.inject(into: Array(page.utf8), version: "v"), as: UTF8.self)
                == "<html><body><p>&lt;/body&gt;</p>\(tag)</BODY></html>")
        #expect(String(decoding: LiveReload.inject(into: Array("<p>x".utf8), version: "v"), as: UTF8.self) == "<p>x\(tag)")
    }

    @Test("content types as a web host sends them", arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("statistik/a/a.svg", "image/svg+xml"), ("sitemap.xml", "application/xml; charset=utf-8"),
        ("feed.xml", "application/atom+xml; charset=utf-8"), ("statistik/a/a.json", "application/json; charset=utf-8"),
        ("statistik/a/a.csv", "text/csv; charset=utf-8"), ("media/foto.JPG", "image/jpeg"), ("media/p.png", "image/png"),
        ("media/x.webp", "image/webp"), ("robots.txt", "text/plain; charset=utf-8"), ("media/laporan", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(ContentTypes.forPath(path) == type)
    }

    @Test("snapshots see added, changed and removed files, and ignore editors' temporary files")
    func snapshots() throws {
        let site = try TestSite()
        defer { site.remove() }
        let before = ContentSnapshot(root: site.root, folders: ["content", "templates"])
        #expect(before.files["content/site.yml"] != nil)
        try site.write("content/pages/baru.md", "---\ntitle: Baru\n---\n")
        try site.write("content/pages/.baru.md.swp", "x")
        try site.write("content/pages/baru.md~", "x")
        try FileManager.default.removeItem(at: site.url("content/pages/faq.md"))
        try site.write("templates/page.mustache", try site.read("templates/page.mustache") + "\n")
        let after = ContentSnapshot(root: site.root, folders: ["content", "templates"])
        #expect(after.changes(since: before) == ["content/pages/baru.md", "content/pages/faq.md", "templates/page.mustache"])
        #expect(after.changes(since: after).isEmpty)
    }

    @Test("the hub tells new listeners where things stand and everyone what changed")
    func hub() async {
        let hub = ReloadHub()
        let build = ReloadHub.LastBuild(succeeded: true, seconds: 0.1, pages: 1, written: 1, unchanged: 0, removed: 0)
        hub.buildFinished(problems: nil, changedFiles: true, basePath: "/dinsos/", lastBuild: build)
        var iterator = hub.subscribe().makeAsyncIterator()
        #expect(await iterator.next() == "retry: 1000\n\n")
        #expect(await iterator.next() == "event: hello\ndata: {\"version\":\"\(hub.serverID)-1\",\"base\":\"\\/dinsos\\/\"}\n\n")
        hub.buildFinished(problems: nil, changedFiles: false, basePath: "/dinsos/", lastBuild: build)
        #expect(await iterator.next() == "event: ok\ndata: {}\n\n")
        hub.close()
        #expect(await iterator.next() == nil)
        #expect(hub.listenerCount == 0)
    }

    @Test("problems carry the file, line, message, offending line and caret, labelled in the site's language")
    func problems() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = "content/pages/faq.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "title:", with: "titel:"))
        let report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        let problems = try #require(PreviewProblems(report: report, root: site.root, locale: SiteLocale(.indonesian)))
        #expect(problems.title == "Situs tidak dapat dibangun")
        let first = try #require(problems.problems.first { $0.location.hasPrefix(path) })
        #expect(first.line?.hasPrefix("titel:") == true || first.line?.hasPrefix("---") == true)
        #expect(first.caret?.hasSuffix("^") == true)
        #expect(["kesalahan", "peringatan"].contains(first.severityLabel))
        #expect(PreviewProblems(report: SiteBuild.run(BuildOptions(root: TestSite.repository, output: nil)),
                                root: site.root, locale: SiteLocale(.indonesian)) == nil)
    }

    @Test("the overlay speaks the language of messages: the site's, or --lang's")
    func problemsInEnglish() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = "content/pages/faq.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "title:", with: "titel:"))
        let report = SiteBuild.run(BuildOptions(root: site.root, output: nil))
        let problems = try #require(PreviewProblems(report: report, root: site.root, locale: SiteLocale(.indonesian, messages: .english)))
        #expect(problems.title == PreviewStrings.english.problemsTitle && problems.hintLabel == "Hint")
        #expect(problems.summary.hasSuffix("warning") || problems.summary.hasSuffix("warnings"))
        let missing = try #require(problems.problems.first { $0.location.hasPrefix(path) && $0.severity == "error" })
        #expect(missing.severityLabel == "error")
        #expect(missing.message == "missing required field `title`")
        #expect(LiveReload.script(strings: PreviewStrings(.english)).contains(PreviewStrings.english.disconnected))
        #expect(LiveReload.placeholderPage(strings: PreviewStrings(.english), siteTitle: nil).contains("<html lang=\"en\">"))
    }
}
