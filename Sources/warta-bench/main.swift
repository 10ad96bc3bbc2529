import Foundation
import WartaBuild

/// Measurements `make bench` and `make bench-check` need that the command line cannot give:
/// rebuilds through one `BuildSession`, as `warta serve` makes them, and a full build in a
/// program that links the engine alone.
///
///   warta-bench session ROOT OUTPUT [--edits N]     one-article edits rebuilt through a session
///   warta-bench build ROOT OUTPUT                   one full build, as `warta build` makes it
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
guard arguments.count >= 3 else { fail("usage: warta-bench session ROOT OUTPUT [--edits N] | build ROOT OUTPUT") }
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL

switch arguments[1] {
case "session":
    guard arguments.count >= 4 else { fail("usage: warta-bench session ROOT OUTPUT [--edits N]") }
    let output = URL(fileURLWithPath: arguments[3]).standardizedFileURL
    let edits = option("--edits", default: 10)
    let session = BuildSession(options: BuildOptions(root: root, output: output))
    let start = now()
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
    /// Saves `text` into the article (when given), then times the session's next build.
    func timedBuild(saving text: String?) throws -> (milliseconds: Double, report: BuildReport) {
        if let text { try text.write(to: file, atomically: false, encoding: .utf8) }
        pause()
        let start = now()
        let report = session.build()
        return (milliseconds(now() - start), report)
    }
    for round in 0..<edits {
        let unchanged = try timedBuild(saving: nil)
        noop.append(unchanged.milliseconds)
        guard unchanged.report.succeeded, unchanged.report.renderedCount == 0 else {
            fail("a build with nothing changed rendered \(unchanged.report.renderedCount) files")
        }

        // A paragraph added to the body: only the article's own page changes.
        let edited = try timedBuild(saving: original + "\nParagraf tambahan \(round).\n")
        body.append(edited.milliseconds)
        bodyRendered.append(edited.report.renderedCount)
        guard edited.report.succeeded else { fail("the body edit failed to build") }
        try restore()

        // A new title: the article, its neighbours, the lists and topics showing it, the feed.
        let renamed = try timedBuild(saving: original.replacingOccurrences(of: "title: \"", with: "title: \"Diperbarui \(round): "))
        title.append(renamed.milliseconds)
        titleRendered.append(renamed.report.renderedCount)
        guard renamed.report.succeeded else { fail("the title edit failed to build") }
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

case "build":
    // The engine of `warta build` without the command line around it (argument parsing, the
    // preview server's libraries): what `make bench-check` counts instructions of under valgrind.
    guard arguments.count >= 4 else { fail("usage: warta-bench build ROOT OUTPUT") }
    let report = SiteBuild.run(BuildOptions(root: root, output: URL(fileURLWithPath: arguments[3]).standardizedFileURL))
    guard report.succeeded else { fail("the build failed: \(report.diagnostics.filter { $0.severity == .error }.prefix(3))") }
    print("{\"pages\": \(report.pageCount)}")

default:
    fail("unknown command \(arguments[1])")
}
