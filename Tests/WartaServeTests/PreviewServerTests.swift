import Foundation
import Testing
@testable import WartaServe
import WartaCore
import WartaModel
import WartaLoad
import WartaBuild
import WartaTestSupport

/// Collects what the server reports, for tests to wait on.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func record(_ event: PreviewEvent) { lock.withLock { events.append(event) } }

    var listeningURL: String? {
        lock.withLock {
            events.lazy.compactMap { if case .listening(let url) = $0 { return url } else { return nil } }.first
        }
    }

    var builds: [BuildReport] {
        lock.withLock { events.compactMap { if case .built(let report, _) = $0 { return report } else { return nil } } }
    }
}

@Suite("warta serve, end to end over HTTP on 127.0.0.1")
struct PreviewServerTests {
    static let article = "content/news/2024/bantuan-pangan-non-tunai-yang-perlu-diketahui.md"
    static let articlePage = "/dinsos/berita/bantuan-pangan-non-tunai-yang-perlu-diketahui/"

    @Test("serves the site, rebuilds on save, reloads, reports a failed build in the browser, stops cleanly", .timeLimit(.minutes(1)))
    func editorsLoop() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let log = EventLog()
        let server = PreviewServer(
            options: PreviewOptions(root: site.root, port: 0, pollInterval: .milliseconds(100), handlesSignals: false),
            onEvent: { log.record($0) })
        let running = Task { try await server.run() }

        // The server listens after its first build, which on a loaded machine takes a while.
        #expect(await eventually(within: 90) { log.listeningURL != nil })
        let port = try #require(server.port)
        #expect(log.listeningURL == "http://127.0.0.1:\(port)/dinsos/")

        // The site, under the base URL's path, with the right types.
        let root = try await LoopbackHTTP.request("/", port: port)
        #expect(root.status == 302)
        #expect(root.header("Location") == "/dinsos/")
        let home = try await LoopbackHTTP.request("/dinsos/", port: port)
        #expect(home.status == 200)
        #expect(home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.text.contains("Dinas Sosial Kota Pontianak"))
        #expect(home.text.contains(#"<script src="/_warta/live.js""#))
        #expect(home.text.contains("/_warta/live.js\" data-warta-version=\"") && home.text.hasSuffix("</body>\n</html>\n"))
        let canonical = "http://127.0.0.1:\(port)/dinsos/"
        #expect(home.text.contains(canonical), "canonical and feed URLs point at the preview")
        for (path, type) in [
            ("/dinsos/assets/style.css", "text/css; charset=utf-8"),
            ("/dinsos/feed.xml", "application/atom+xml; charset=utf-8"),
            ("/dinsos/sitemap.xml", "application/xml; charset=utf-8"),
            ("/dinsos/statistik/kemiskinan/kemiskinan.csv", "text/csv; charset=utf-8"),
            ("/dinsos/statistik/kemiskinan/kemiskinan.json", "application/json; charset=utf-8"),
            ("/dinsos/statistik/kemiskinan/kemiskinan.svg", "image/svg+xml"),
        ] {
            let response = try await LoopbackHTTP.request(path, port: port)
            #expect(response.status == 200, "\(path)")
            #expect(response.header("Content-Type") == type, "\(path)")
            #expect(!response.text.contains("_warta"), "only HTML gets the script: \(path)")
        }
        let folder = try await LoopbackHTTP.request("/dinsos/berita", port: port)
        #expect(folder.status == 301)
        #expect(folder.header("Location") == "/dinsos/berita/")
        let missing = try await LoopbackHTTP.request("/dinsos/tidak-ada/", port: port)
        #expect(missing.status == 404)
        #expect(missing.text.contains(UIStrings.indonesian.notFoundTitle), "the site's own 404 page")
        let outside = try await LoopbackHTTP.request("/lain/", port: port)
        #expect(outside.status == 404)
        let hidden = try await LoopbackHTTP.request("/dinsos/.warta-output", port: port)
        #expect(hidden.status == 404)
        let head = try await LoopbackHTTP.request("/dinsos/", port: port, method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") == home.header("Content-Length"))

        // The script is added as pages are sent, never written to disk.
        let onDisk = try String(contentsOf: server.buildFolder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("_warta"))
        let script = try await LoopbackHTTP.request("/_warta/live.js", port: port)
        #expect(script.status == 200)
        #expect(script.text.contains("EventSource") && script.text.contains(PreviewStrings.indonesian.close))

        // A browser listening for rebuilds.
        let events = try EventListener(port: port)
        defer { events.close() }
        #expect(await eventually { events.count("hello") == 1 })

        // Save an article: the page is rebuilt and the browser is told to reload.
        let original = try site.read(Self.article)
        let marker = "Kalimat penanda uji pratinjau."
        try site.write(Self.article, original + "\n" + marker + "\n")
        #expect(await eventually { events.count("reload") == 1 })
        let edited = try await LoopbackHTTP.request(Self.articlePage, port: port)
        #expect(edited.text.contains(marker))
        let rebuild = try #require(log.builds.last)
        let files = try #require(rebuild.output)
        #expect(files.written >= 1 && files.written < files.written + files.unchanged, "only changed files are written")

        // Break it: the problem reaches the browser, the last good page stays served.
        try site.write(Self.article, (original + "\n" + marker + "\n").replacingOccurrences(of: "date: 2024-12-10", with: "date: 2024-13-45"))
        #expect(await eventually { events.count("problems") == 1 })
        #expect(events.text.contains(#""location":"\#(Self.article):3:7""#))
        #expect(events.text.contains(#""line":"date: 2024-13-45""#))
        #expect(events.text.contains(PreviewStrings.indonesian.problemsTitle))
        let status = try await LoopbackHTTP.request("/_warta/status", port: port)
        #expect(status.text.contains(#""ok":false"#))
        let stillServed = try await LoopbackHTTP.request(Self.articlePage, port: port)
        #expect(stillServed.status == 200 && stillServed.text.contains(marker))
        // A page opened now gets the overlay at once.
        let late = try EventListener(port: port)
        defer { late.close() }
        #expect(await eventually { late.count("problems") == 1 })

        // Fix it: the overlay goes, pages reload.
        try site.write(Self.article, original)
        #expect(await eventually { events.count("reload") == 2 })
        #expect(try await LoopbackHTTP.request("/_warta/status", port: port).text.contains(#""ok":true"#))
        #expect(try await !LoopbackHTTP.request(Self.articlePage, port: port).text.contains(marker))

        // Stop: open event streams end, run() returns, the port is free again.
        await server.stop()
        try await running.value
        #expect(await eventually(within: 5) { events.hasEnded && late.hasEnded })
        await #expect(throws: (any Error).self) { try await LoopbackHTTP.request("/dinsos/", port: port) }
    }

    @Test("a port already in use is a clear error, before anything is built")
    func portInUse() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let first = PreviewServer(options: PreviewOptions(root: site.root, port: 0, handlesSignals: false))
        let running = Task { try await first.run() }
        defer { running.cancel() }
        #expect(await eventually { first.port != nil })
        let port = try #require(first.port)
        // Wait until the first server really listens.
        #expect(await eventually(within: 90) { (try? await LoopbackHTTP.request("/_warta/status", port: port)) != nil })

        let second = PreviewServer(options: PreviewOptions(root: site.root, port: port, handlesSignals: false))
        await #expect(throws: PreviewError.portInUse(host: "127.0.0.1", port: port)) { try await second.run() }
        #expect(PreviewError.portInUse(host: "127.0.0.1", port: port).description.contains("already in use"))
        await first.stop()
        try await running.value
    }

    @Test("a project without content/ is refused")
    func noProject() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("warta-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let server = PreviewServer(options: PreviewOptions(root: empty, port: 0, handlesSignals: false))
        await #expect(throws: PreviewError.noProject(empty.path)) { try await server.run() }
    }
}
