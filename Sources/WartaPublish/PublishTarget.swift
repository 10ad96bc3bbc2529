import Foundation

/// Where a site is published: `sftp://user@host[:port]/path/`, `ftps://…` (explicit TLS, AUTH TLS),
/// `ftp://…` (unencrypted, with a warning) or `file:///mounted/folder/`.
///
/// An SFTP path is absolute on the server (`/~/` starts at the user's home, as in curl and sftp);
/// an FTP path is relative to the folder the login lands in. Credentials are never part of a target.
package struct PublishTarget: Equatable, Sendable, CustomStringConvertible {
    package enum Scheme: String, Sendable { case sftp, ftps, ftp, file }

    package let scheme: Scheme
    /// Nil when the URL names none: SFTP then logs in as the local user, FTP as ~/.netrc says.
    package let user: String?
    package let host: String
    package let port: Int?
    /// Decoded, starting and ending with `/`.
    package let path: String

    package init(scheme: Scheme, user: String?, host: String, port: Int?, path: String) {
        self.scheme = scheme
        self.user = user
        self.host = host
        self.port = port
        var path = path.hasPrefix("/") ? path : "/" + path
        if !path.hasSuffix("/") { path += "/" }
        self.path = path
    }

    /// The target as a user would write it; holds no secret.
    package var description: String {
        if scheme == .file { return "file://" + path }
        let userPart = user.map { $0 + "@" } ?? ""
        let portPart = port.map { ":\($0)" } ?? ""
        return "\(scheme.rawValue)://\(userPart)\(host)\(portPart)\(path)"
    }

    /// `host` or `host:port`, the name used in messages.
    package var hostLabel: String { port.map { "\(host):\($0)" } ?? host }

    /// Parses a target; a password in it, an unknown scheme or a malformed address is an error
    /// (target nil), plain ftp:// a warning beside the target.
    package static func parse(_ text: String) -> (target: PublishTarget?, problems: [PublishProblem]) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://") else { return (nil, [.invalidTarget(trimmed)]) }
        let schemeName = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard let scheme = Scheme(rawValue: schemeName) else {
            return (nil, [.unsupportedScheme(String(trimmed[..<schemeEnd.lowerBound]))])
        }
        guard let components = URLComponents(string: trimmed) else {
            // Never echo a malformed address that might hold a password.
            return (nil, [.invalidTarget(redact(trimmed))])
        }
        if components.password != nil { return (nil, [.passwordInTarget(redacted: redact(trimmed))]) }
        guard components.query == nil, components.fragment == nil else { return (nil, [.invalidTarget(trimmed)]) }
        let path = components.path.isEmpty ? "/" : components.path
        if scheme == .file {
            guard (components.host ?? "").isEmpty || components.host == "localhost", components.user == nil,
                  components.port == nil, path != "/" else { return (nil, [.invalidTarget(trimmed)]) }
            return (PublishTarget(scheme: .file, user: nil, host: "", port: nil, path: path), [])
        }
        guard let host = components.host, !host.isEmpty else { return (nil, [.invalidTarget(trimmed)]) }
        if let port = components.port, !(1...65535).contains(port) { return (nil, [.invalidTarget(trimmed)]) }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 }
        let target = PublishTarget(scheme: scheme, user: user, host: host, port: components.port, path: path)
        return (target, scheme == .ftp ? [.unencryptedFTP(host: target.hostLabel)] : [])
    }

    /// The text with whatever stands between `://` and `@` reduced to the user name.
    static func redact(_ text: String) -> String {
        guard let start = text.range(of: "://"),
              let at = text[start.upperBound...].firstIndex(of: "@") else { return text }
        let credentials = text[start.upperBound..<at]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(text[..<start.upperBound]) + user + ":***" + String(text[at...])
    }
}
