import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
import WartaTestSupport

/// Every folder under `Tests/Fixtures/Tables` is one table shaped as real sources export it (BPS,
/// Open Data portals, Indonesian and English spreadsheets) with `data.csv` and `data.md`, and
///  - `expected.txt`: every diagnostic it must produce, notes included, each with its hint;
///  - `expected-data.txt` (when it loads): the columns with their types, the rows as read (`total:` marks
///    a total row) and the notes, which is exactly what the charts and downloads are made from.
@Suite struct TableCorpusTests {
    static let corpus = FixtureProject.repositoryRoot.appendingPathComponent("Tests/Fixtures/Tables")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    static func load(_ name: String) throws -> (dataset: Dataset?, diagnostics: [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("warta-tables-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let statistics = root.appendingPathComponent("statistics")
        try FileManager.default.createDirectory(at: statistics, withIntermediateDirectories: true)
        for file in ["data.csv", "data.md"] {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name).appendingPathComponent(file),
                                             to: statistics.appendingPathComponent(file))
        }
        let log = DiagnosticLog()
        let content = ContentDirectory(root: root, log: log)
        let dataset = DatasetParser.parse(metadataPath: "statistics/data.md", in: content, defaultStyle: .indonesian, log: log)
        let lines = log.all.flatMap { diagnostic in
            [diagnostic.compilerStyle] + (diagnostic.hint.map { ["    hint: \($0.english)"] } ?? [])
        }
        return (dataset, lines)
    }

    static func dump(_ dataset: Dataset) -> [String] {
        var lines = ["columns: " + dataset.columns.map { "\($0.name):\($0.kind.rawValue)" }.joined(separator: ", ")]
        for (index, row) in dataset.rows.enumerated() {
            let cells = row.map { value -> String in
                switch value {
                case .text(let text): text
                case .number(let number): JSONText.number(number)
                case .missing: "—"
                }
            }
            lines.append((dataset.totalRows.contains(index) ? "total: " : "") + cells.joined(separator: " | "))
        }
        lines += dataset.notes.map { "note: " + $0 }
        return lines
    }

    static func expected(_ name: String, _ file: String) throws -> [String]? {
        let url = corpus.appendingPathComponent(name).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    @Test func corpusIsThere() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: TableCorpusTests.cases)
    func readsAsExpected(_ name: String) throws {
        let (dataset, diagnostics) = try Self.load(name)
        #expect(diagnostics == (try Self.expected(name, "expected.txt") ?? []))
        if let data = try Self.expected(name, "expected-data.txt") {
            let dataset = try #require(dataset)
            #expect(Self.dump(dataset) == data)
        }
    }
}
