import Foundation
import WartaKit

/// Measurements `make bench` needs that the command line cannot give: rebuilds through one
/// `BuildSession`, as `warta serve` makes them, and the template renderer on its own.
///
///   warta-bench session ROOT OUTPUT [--edits N]     one-article edits rebuilt through a session
///   warta-bench templates ROOT [--pages N]          render a list page N times (profiling aid)
///
/// Prints one JSON object on standard output.

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func milliseconds(_ ns: UInt64) -> Double { Double(ns) / 1e6 }
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}
func option(_ name: String, default value: Int) -> Int {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count,
          let number = Int(CommandLine.arguments[index + 1]) else { return value }
    return number
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: warta-bench session ROOT OUTPUT [--edits N] | templates ROOT [--pages N]") }
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL

switch arguments[1] {
case "session":
    guard arguments.count >= 4 else { fail("usage: warta-bench session ROOT OUTPUT [--edits N]") }
    let output = URL(fileURLWithPath: arguments[3]).standardizedFileURL
    let edits = option("--edits", default: 10)
    let session = BuildSession(options: BuildOptions(root: root, output: output))
    var start = now()
    let first = session.build()
    let firstTime = milliseconds(now() - start)
    guard first.succeeded else { fail("the first build failed: \(first.diagnostics.filter { $0.severity == .error }.prefix(3))") }

    // The article edited: the one in the middle of the news folder, so that it has neighbours.
    let news = root.appendingPathComponent("content/news")
    var articles: [String] = []
    if let walker = FileManager.default.enumerator(atPath: news.path) {
        while let path = walker.nextObject() as? String { if path.hasSuffix(".md") { articles.append(path) } }
    }
    articles.sort()
    guard !articles.isEmpty else { fail("no news in \(news.path)") }
    let file = news.appendingPathComponent(articles[articles.count / 2])
    let original = try String(contentsOf: file, encoding: .utf8)

    var noop: [Double] = []
    var body: [Double] = [], bodyRendered: [Int] = []
    var title: [Double] = [], titleRendered: [Int] = []
    func restore() throws {
        try original.write(to: file, atomically: false, encoding: .utf8)
        guard session.build().succeeded else { fail("the restoring build failed") }
    }
    // Between saves the session has finished its work (the manifest is written after a build
    // returns); an editor's saves are at least this far apart.
    func pause() { Thread.sleep(forTimeInterval: 0.2) }
    for round in 0..<edits {
        pause()
        start = now()
        let unchanged = session.build()
        noop.append(milliseconds(now() - start))
        guard unchanged.succeeded, unchanged.renderedCount == 0 else { fail("a build with nothing changed rendered \(unchanged.renderedCount) files") }

        // A paragraph added to the body: only the article's own page changes.
        try (original + "\nParagraf tambahan \(round).\n").write(to: file, atomically: false, encoding: .utf8)
        pause()
        start = now()
        let edited = session.build()
        body.append(milliseconds(now() - start))
        bodyRendered.append(edited.renderedCount)
        guard edited.succeeded else { fail("the body edit failed to build") }
        try restore()

        // A new title: the article, its neighbours, the lists and topics showing it, the feed.
        let retitled = original.replacingOccurrences(of: "title: \"", with: "title: \"Diperbarui \(round): ")
        try retitled.write(to: file, atomically: false, encoding: .utf8)
        pause()
        start = now()
        let renamed = session.build()
        title.append(milliseconds(now() - start))
        titleRendered.append(renamed.renderedCount)
        guard renamed.succeeded else { fail("the title edit failed to build") }
        try restore()
    }

    let result: [String: Any] = [
        "files": first.renderedCount,
        "first_build_ms": firstTime,
        "noop_ms": median(noop),
        "body_edit_ms": median(body),
        "body_edit_rendered": bodyRendered.max() ?? 0,
        "title_edit_ms": median(title),
        "title_edit_rendered": titleRendered.max() ?? 0,
        "edits": edits,
        "article": articles[articles.count / 2],
    ]
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))

case "templates":
    let pages = option("--pages", default: 20_000)
    let log = DiagnosticLog()
    guard let templates = TemplateSet.load(from: root.appendingPathComponent("templates"), log: log) else { fail("cannot load templates") }
    let item: [String: Any] = [
        "title": "Penyaluran Bansos Tahap II di Pontianak Kota", "url": "../../../berita/penyaluran-bansos-00042/index.html",
        "date": "Selasa, 12 November 2024", "datetime": "2024-11-12T00:00:00+07:00", "isSample": false,
        "summary": "Ringkasan berita yang cukup panjang untuk sebuah daftar, dengan satu atau dua kalimat.",
        "tags": [["name": "bansos", "url": "../../../topik/bansos/index.html"], ["name": "pkh", "url": "../../../topik/pkh/index.html"]] as [[String: Any]],
    ]
    let strings = ["news": "Berita", "tags": "Topik", "pagination": "Navigasi halaman", "previousPage": "← Halaman sebelumnya",
                   "nextPage": "Halaman berikutnya →", "feedTitle": "Berita", "topics": "Topik", "skipToContent": "Langsung ke isi",
                   "mainMenu": "Menu utama", "address": "Alamat", "noNewsYet": "Belum ada berita"]
    let context: [String: Any] = [
        "lang": "id", "t": strings,
        "site": ["title": "Dinas Sosial", "description": "Informasi", "home": "../../../index.html", "stylesheet": "../../../assets/style.css",
                 "feed": "../../../feed.xml", "topics": "../../../topik/index.html",
                 "organisation": ["name": "Dinas Sosial", "address": "Pontianak"] as [String: Any]] as [String: Any],
        "menu": [["title": "Beranda", "url": "../../../index.html", "current": false], ["title": "Berita", "url": "../../../berita/index.html", "current": true]],
        "page": ["title": "Berita – Halaman 5 dari 1000", "fullTitle": "Berita – Dinas Sosial", "description": "Informasi", "canonical": "https://example.go.id/berita/halaman/5/", "ogType": "website", "isHome": false] as [String: Any],
        "heading": "Berita", "items": Array(repeating: item, count: 10),
        "pagination": ["label": "Halaman 5 dari 1000", "previous": "../4/index.html", "next": "../6/index.html",
                       "pages": [1, 3, 4, 5, 6, 7, 1000].map { ["number": $0, "url": "../\($0)/index.html", "current": $0 == 5, "gap": false] as [String: Any] }] as [String: Any],
    ]
    let start = now()
    var bytes = 0
    for _ in 0..<pages { bytes += templates.renderBytes(context, template: "news-list").count }
    let elapsed = now() - start
    print("{\"pages\": \(pages), \"bytes_per_page\": \(bytes / pages), \"us_per_page\": \(Double(elapsed) / Double(pages) / 1000)}")

default:
    fail("unknown command \(arguments[1])")
}
