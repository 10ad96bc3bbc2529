import Foundation

/// The record Warta keeps on the target (`.warta-publish.json`): for every file it put there, the
/// size, local modification time (nanoseconds since 1970) and SHA-256 of what was uploaded. Read at the start of a
/// publish so unchanged files are recognised without listing the server; written again as steps
/// complete, so a publish that was cut off resumes where it stopped.
public struct PublishManifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable, Codable {
        public let size: Int64
        public let modified: Int64
        public let sha256: String
    }

    public var files: [String: Entry]

    public init(files: [String: Entry] = [:]) { self.files = files }

    static let version = 1

    private struct Document: Codable {
        let version: Int
        let files: [String: Entry]
    }

    /// Sorted, one file per line: the same manifest gives the same bytes.
    func encoded() -> [UInt8] {
        var out = "{\"version\":\(Self.version),\"files\":{"
        var first = true
        for path in files.keys.sorted() {
            let entry = files[path]!
            out += first ? "\n" : ",\n"
            first = false
            out += Self.jsonString(path)
            out += ":{\"size\":\(entry.size),\"modified\":\(entry.modified),\"sha256\":\"\(entry.sha256)\"}"
        }
        out += "\n}}\n"
        return Array(out.utf8)
    }

    /// Nil when the bytes are not a manifest of this version.
    static func decode(_ bytes: [UInt8]) -> PublishManifest? {
        guard let document = try? JSONDecoder().decode(Document.self, from: Data(bytes)),
              document.version == version else { return nil }
        return PublishManifest(files: document.files)
    }

    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
