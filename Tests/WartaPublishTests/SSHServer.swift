import Foundation

/// OpenSSH's sshd on 127.0.0.1 with its SFTP subsystem: its own config, a throw-away host key and
/// a user key authorised for the current user, all in a temporary folder.
final class SSHServer {
    let folder: String
    let port: Int
    let user: String
    /// A private key the server accepts, and the host key's public half.
    let userKey: String
    private(set) var hostKey: String
    private var process: ServerProcess?

    init() throws {
        folder = try TestEnvironment.temporaryFolder("sshd")
        port = TestProcesses.freePort()
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        userKey = folder + "/user_key"
        hostKey = folder + "/host_key"
        try Self.keygen(hostKey)
        try Self.keygen(userKey)
        try FileManager.default.copyItem(atPath: userKey + ".pub", toPath: folder + "/authorized_keys")
        // Privilege separation: sshd started by root chroots its unprivileged child into /run/sshd.
        if TestEnvironment.isRoot {
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
        }
        try writeConfig()
        try start()
    }

    static func keygen(_ path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: path + ".pub")
        try TestProcesses.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "warta-test", "-f", path])
    }

    private func writeConfig() throws {
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(hostKey)
        PidFile \(folder)/sshd.pid
        AuthorizedKeysFile \(folder)/authorized_keys
        # The temporary folder is not owned like a home; the keys in it are the test's own.
        StrictModes no
        PermitRootLogin prohibit-password
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        UseDNS no
        LogLevel VERBOSE
        Subsystem sftp internal-sftp -l INFO

        """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
    }

    func start() throws {
        process = try TestProcesses.start("/usr/sbin/sshd", ["-D", "-e", "-f", folder + "/sshd_config"], log: folder + "/sshd.log")
        try TestProcesses.waitForPort(port)
    }

    /// The server and every connection it serves, gone at once (a crash, a pulled cable).
    func kill() { process?.kill(childrenOnly: false) }
    /// Only the processes serving connections: the server keeps listening.
    func killConnections() { process?.kill(childrenOnly: true) }

    /// A new host key, as after a reinstalled or impersonated server.
    func replaceHostKey() throws {
        stop()
        try Self.keygen(hostKey)
        try start()
    }

    func stop() { process?.stop() }

    /// `SHA256:…` of the host key, as ssh-keygen computes it.
    func hostKeyFingerprint() throws -> String {
        let line = try TestProcesses.run("/usr/bin/ssh-keygen", ["-l", "-E", "sha256", "-f", hostKey + ".pub"])
        return String(line.split(separator: " ")[1])
    }

    /// A known_hosts line for this server.
    func knownHostsLine() throws -> String {
        let publicKey = try String(contentsOfFile: hostKey + ".pub", encoding: .utf8).split(separator: " ")
        return "[127.0.0.1]:\(port) \(publicKey[0]) \(publicKey[1])\n"
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
