import Foundation
import PropertyBased
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

@Suite struct FrontMatterTests {
    @Test func splitsFieldsFromBodyWithLineNumbers() throws {
        let split = try FrontMatter.split("---\ntitle: A\ndate: 2024-01-01\n---\nBody\nmore\n", path: "a.md").get()
        #expect(split.yaml == "title: A\ndate: 2024-01-01")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\nmore\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func reportsMissingAndUnclosedFrontMatter() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("title: A\n", path: "a.md").get() }
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: A\n", path: "a.md").get() }
        for text in ["title: A\n", "---\ntitle: A\n", "---", "---\n", "", " ---\na\n---\n"] {
            #expect(FrontMatter.bodyStart(Array(text.utf8)[...]) == nil, "\(text)")
        }
    }

    /// YAML's own end marker closes too, and either fence may have blanks after it.
    @Test func closesWithDotsOrDashesFollowedByBlanks() throws {
        let text = "--- \t\nsummary: a --- b\n... \nBody ---\n---\n"
        let split = try FrontMatter.split(text, path: "a.md").get()
        #expect(split.yaml == "summary: a --- b")
        #expect(split.body == "Body ---\n---\n")
        #expect(split.bodyFirstLine == 4)
        let bytes = Array(text.utf8)
        #expect(FrontMatter.bodyStart(bytes[...]) == bytes.count - split.body.utf8.count)
        #expect(FrontMatter.bodyStart(Array("---\n---".utf8)[...]) == 7)
    }

    @Test func textDecodingNormalisesLineEndingsAndRejectsOtherEncodings() throws {
        let decoded = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8), path: "x.md").get()
        #expect(decoded.text == "a\nb\nc\n")
        let latin1: [UInt8] = Array("judul\nKe".utf8) + [0xE9] + Array("camatan\n".utf8)
        #expect(throws: Diagnostic.self) { try SourceText.decode(latin1, path: "x.md").get() }
        if case .failure(let problem) = SourceText.decode(latin1, path: "x.md") {
            #expect(problem.location == SourceLocation(path: "x.md", line: 2, column: 3))
        }
    }

    /// Whatever the body holds, splitting gives back exactly the YAML and the body that were joined.
    @Test func splitIsTheInverseOfJoining() async {
        let line = Gen<Character?>.element(of: ["a", " ", "-", ":", "#", "é", "👍"] as [Character]).map { $0! }.string(of: 0...8)
        await propertyCheck(count: 300, input: line.array(of: 0...5), line.array(of: 0...6)) { yamlLines, bodyLines in
            // A line of `---` (trailing blanks allowed) is the closing fence, so the YAML cannot hold one.
            let yaml = yamlLines.filter { !($0.hasPrefix("---") && $0.dropFirst(3).allSatisfy { $0 == " " }) }
            let text = "---\n" + yaml.map { $0 + "\n" }.joined() + "---\n" + bodyLines.joined(separator: "\n")
            let split = try FrontMatter.split(text, path: "p.md").get()
            #expect(split.yaml == yaml.joined(separator: "\n"))
            #expect(split.body == bodyLines.joined(separator: "\n"))
            #expect(split.bodyFirstLine == yaml.count + 3)
            let bytes = Array(text.utf8)
            #expect(FrontMatter.bodyStart(bytes[...]).map { String(decoding: bytes[$0...], as: UTF8.self) } == split.body)
        }
    }
}
