import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

/// Every folder under `Tests/Fixtures/Malformed` is a small broken project (files laid over the
/// minimal fixture site) with `expected.txt`: the exact diagnostics it must produce, and nothing else.
@Suite struct MalformedCorpusTests {
    static let corpus = FixtureProject.repositoryRoot.appendingPathComponent("Tests/Fixtures/Malformed")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    static func project(for name: String) throws -> FixtureProject {
        let project = try FixtureProject()
        let folder = corpus.appendingPathComponent(name)
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard relative != "expected.txt", FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            try project.write(relative, bytes: [UInt8](try Data(contentsOf: url)))
        }
        return project
    }

    static func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.filter { $0.severity != .note }.flatMap { diagnostic in
            [diagnostic.compilerStyle] + (diagnostic.hint.map { ["    hint: \($0.english)"] } ?? [])
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: MalformedCorpusTests.cases)
    func producesExactlyTheExpectedDiagnostics(_ name: String) throws {
        let project = try Self.project(for: name)
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let report = project.build()
        #expect(Self.lines(report) == expected)
        if !report.succeeded {
            #expect(!project.exists("index.html"), "a failed build must publish nothing")
        }
    }

    /// The manifest keeps the problems of files an incremental build does not read again: each must
    /// come back from it as the same typed value, to be printed in whichever language is asked for.
    @Test(arguments: MalformedCorpusTests.cases)
    func everyProblemSurvivesTheManifest(_ name: String) throws {
        let report = try Self.project(for: name).check()
        for diagnostic in report.diagnostics {
            #expect(MessageCoding.value(Message.self, from: MessageCoding.text(diagnostic.message)) == diagnostic.message)
            if let hint = diagnostic.hint {
                #expect(MessageCoding.value(Hint.self, from: MessageCoding.text(hint)) == hint)
            }
        }
    }
}
