import Foundation

/// The record Warta keeps on the target (`.warta-publish.json`): for every file it put there, the
/// size, local modification time (nanoseconds since 1970) and SHA-256 of what was uploaded. Read at the start of a
/// publish so unchanged files are recognised without listing the server; written again as steps
/// complete, so a publish that was cut off resumes where it stopped.
package struct PublishManifest: Equatable, Sendable {
    package struct Entry: Equatable, Sendable, Codable {
        package let size: Int64
        package let modified: Int64
        package let sha256: String
    }

    package var files: [String: Entry]

    package init(files: [String: Entry] = [:]) { self.files = files }

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

    /// Nil when the bytes are not a manifest of this version. The lines `encoded()` writes are
    /// read directly (a tenth of the time JSONDecoder takes at ten thousand files); anything else,
    /// such as a manifest reformatted by hand, goes through JSONDecoder.
    static func decode(_ bytes: [UInt8]) -> PublishManifest? {
        if let manifest = decodeOwnLines(bytes) { return manifest }
        guard let document = try? JSONDecoder().decode(Document.self, from: Data(bytes)),
              document.version == version else { return nil }
        return PublishManifest(files: document.files)
    }

    private static func decodeOwnLines(_ bytes: [UInt8]) -> PublishManifest? {
        let header = Array("{\"version\":\(version),\"files\":{".utf8)
        let footer = Array("\n}}\n".utf8)
        guard bytes.starts(with: header), bytes.count >= header.count + footer.count,
              Array(bytes.suffix(footer.count)) == footer else { return nil }
        var files: [String: Entry] = [:]
        let body = bytes[header.count..<(bytes.count - footer.count)]
        if body.isEmpty { return PublishManifest(files: files) }
        for var line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropFirst() {
            if line.last == UInt8(ascii: ",") { line = line.dropLast() }
            // "path":{"size":N,"modified":N,"sha256":"hex"}; a path with escapes takes the slow road.
            guard line.first == UInt8(ascii: "\""),
                  let close = line.dropFirst().firstIndex(of: UInt8(ascii: "\"")),
                  !line[line.startIndex..<close].contains(UInt8(ascii: "\\")) else { return nil }
            let path = String(decoding: line[(line.startIndex + 1)..<close], as: UTF8.self)
            var rest = line[(close + 1)...]
            guard consume(&rest, ":{\"size\":"), let size = number(&rest),
                  consume(&rest, ",\"modified\":"), let modified = number(&rest),
                  consume(&rest, ",\"sha256\":\""), rest.count == 66,
                  rest.suffix(2).elementsEqual("\"}".utf8) else { return nil }
            files[path] = Entry(size: size, modified: modified, sha256: String(decoding: rest.prefix(64), as: UTF8.self))
        }
        return PublishManifest(files: files)
    }

    private static func consume(_ rest: inout ArraySlice<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard rest.count >= count else { return false }
        let matches = literal.withUTF8Buffer { rest.prefix(count).elementsEqual($0) }
        if matches { rest = rest.dropFirst(count) }
        return matches
    }

    private static func number(_ rest: inout ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        while let byte = rest.first, byte >= 48, byte <= 57 {
            value = value &* 10 &+ Int64(byte - 48)
            digits += 1
            rest = rest.dropFirst()
        }
        return digits > 0 && digits < 19 ? value : nil
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
