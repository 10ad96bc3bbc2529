import Foundation

/// How to publish: where the user's SSH files and ~/.netrc are, the environment credentials come
/// from, and the retry policy. Tests point `home` at a temporary folder; the CLI uses `standard()`.
package struct PublishOptions: Sendable {
    /// The folder holding `.ssh/known_hosts`, `.ssh/id_*` and `.netrc`.
    package var home: String
    /// Where WARTA_PUBLISH_KEY, WARTA_PUBLISH_PASSWORD, WARTA_PUBLISH_KEY_PASSPHRASE,
    /// WARTA_PUBLISH_CA_FILE, SSH_AUTH_SOCK and USER are read.
    package var environment: [String: String]
    /// A private key file (the CLI's key option); wins over WARTA_PUBLISH_KEY and ~/.ssh/id_*.
    package var keyFile: String?
    /// Trust a host seen for the first time and add its key to known_hosts; a changed key is
    /// refused all the same.
    package var acceptNewHostKey = false
    /// Extra CA certificates (PEM) to verify an FTPS server with; WARTA_PUBLISH_CA_FILE otherwise.
    package var certificateAuthorityFile: String?
    /// Attempts after a dropped connection before giving up, and the first pause (doubled each time).
    package var retries = 4
    package var retryDelay: Double = 1
    /// The manifest on the target is brought up to date after this many completed steps (and at
    /// the end): what a rerun after a kill sends again at most.
    package var checkpointSteps = 200
    package var connectTimeoutSeconds = 20

    package init(home: String, environment: [String: String]) {
        self.home = home
        self.environment = environment
    }

    /// The user's own home and environment.
    package static func standard() -> PublishOptions {
        let environment = ProcessInfo.processInfo.environment
        return PublishOptions(home: environment["HOME"] ?? NSHomeDirectory(), environment: environment)
    }

    var knownHostsPath: String { home + "/.ssh/known_hosts" }
    var netrcPath: String { home + "/.netrc" }
    var password: String? { environment["WARTA_PUBLISH_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 } }
    var keyPassphrase: String? { environment["WARTA_PUBLISH_KEY_PASSPHRASE"].flatMap { $0.isEmpty ? nil : $0 } }
    var caFile: String? { certificateAuthorityFile ?? environment["WARTA_PUBLISH_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 } }
    var agentAvailable: Bool { !(environment["SSH_AUTH_SOCK"] ?? "").isEmpty }

    /// The key file to offer: the option, WARTA_PUBLISH_KEY, or the first of ~/.ssh/id_ed25519,
    /// id_ecdsa, id_rsa that exists (as ssh tries them).
    func resolvedKeyFile() throws(PublishProblem) -> String? {
        if let named = keyFile ?? environment["WARTA_PUBLISH_KEY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard FileManager.default.isReadableFile(atPath: named) else { throw .keyFileMissing(path: named) }
            return named
        }
        return defaultKeyFiles.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    var defaultKeyFiles: [String] { ["id_ed25519", "id_ecdsa", "id_rsa"].map { home + "/.ssh/" + $0 } }

    /// The local user name SFTP logs in as when the target names none.
    var localUser: String {
        if let user = environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "root"
    }
}
