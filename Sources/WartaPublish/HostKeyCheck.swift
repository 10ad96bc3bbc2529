import CCurl
import Foundation

/// Decides, for curl, whether to trust an SSH server's host key, as ssh does with known_hosts:
/// a known key passes; an unknown one is refused unless accepting new keys was asked for (then it
/// is appended to known_hosts); a changed one is always refused. Remembers why it refused.
final class HostKeyCheck {
    let knownHostsPath: String
    let acceptNew: Bool
    let hostEntry: String
    private(set) var refusal: PublishProblem?

    init(knownHostsPath: String, acceptNew: Bool, host: String, port: Int?) {
        self.knownHostsPath = knownHostsPath
        self.acceptNew = acceptNew
        // known_hosts writes a non-standard port as [host]:port.
        self.hostEntry = port.map { $0 == 22 ? host : "[\(host)]:\($0)" } ?? host
        self.label = port.map { "\(host):\($0)" } ?? host
    }

    private let label: String

    func reset() { refusal = nil }

    func decide(found: curl_khkey, match: curl_khmatch) -> curl_khstat {
        let blob: [UInt8]
        if found.len > 0 {
            blob = [UInt8](UnsafeRawBufferPointer(start: found.key, count: found.len))
        } else {
            blob = found.key.flatMap { Data(base64Encoded: String(cString: $0)) }.map { [UInt8]($0) } ?? []
        }
        let type = Self.keyType(blob)
        let fingerprint = Self.fingerprint(blob)
        switch match {
        case CURLKHMATCH_OK:
            return CURLKHSTAT_FINE
        case CURLKHMATCH_MISSING where acceptNew:
            do {
                try append(type: type, blob: blob)
                return CURLKHSTAT_FINE
            } catch {
                refusal = .knownHostsUnwritable(path: knownHostsPath, reason: error.localizedDescription)
                return CURLKHSTAT_REJECT
            }
        case CURLKHMATCH_MISSING:
            refusal = .unknownHostKey(host: label, keyType: type, fingerprint: fingerprint, knownHosts: knownHostsPath)
            return CURLKHSTAT_REJECT
        default:
            refusal = .changedHostKey(host: label, keyType: type, fingerprint: fingerprint, knownHosts: knownHostsPath)
            return CURLKHSTAT_REJECT
        }
    }

    /// Appends one line, leaving every existing line as it was (curl's own writer would rewrite
    /// the whole file from what libssh2 understood of it).
    private func append(type: String, blob: [UInt8]) throws {
        let directory = (knownHostsPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let line = "\(hostEntry) \(type) \(Data(blob).base64EncodedString())\n"
        guard let existing = FileManager.default.contents(atPath: knownHostsPath) else {
            guard FileManager.default.createFile(atPath: knownHostsPath, contents: Data(line.utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            return
        }
        let separator = existing.last.map { $0 == UInt8(ascii: "\n") ? "" : "\n" } ?? ""
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: knownHostsPath))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((separator + line).utf8))
    }

    /// The key's algorithm, the first string of its wire form (`ssh-ed25519`).
    static func keyType(_ blob: [UInt8]) -> String {
        guard blob.count >= 4 else { return "?" }
        let length = Int(blob[0]) << 24 | Int(blob[1]) << 16 | Int(blob[2]) << 8 | Int(blob[3])
        guard length > 0, blob.count >= 4 + length else { return "?" }
        return String(decoding: blob[4..<4 + length], as: UTF8.self)
    }

    /// `SHA256:…` as `ssh-keygen -l` prints it.
    static func fingerprint(_ blob: [UInt8]) -> String {
        var sha = SHA256()
        sha.update(blob)
        var text = Data(sha.finish()).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return "SHA256:" + text
    }
}
