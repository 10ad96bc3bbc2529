import Foundation

/// pure-ftpd on 127.0.0.1 requiring TLS (explicit, AUTH TLS) with a self-signed certificate made
/// by openssl, one virtual user in its own password database, passive ports from a small range.
final class FTPServer {
    let folder: String
    let port: Int
    let home: String
    let user = "penerbit"
    let password = "sandi-uji-\(UUID().uuidString.prefix(6))"
    /// The certificate to trust (its own issuer).
    let certificate: String
    private var process: ServerProcess?
    private let passivePorts: ClosedRange<Int>

    init() throws {
        folder = try TestEnvironment.temporaryFolder("ftpd")
        port = TestProcesses.freePort()
        let base = 40_000 + Int.random(in: 0..<2_000) * 10
        passivePorts = base...(base + 9)
        home = folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        certificate = folder + "/cert.pem"
        try TestProcesses.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", folder + "/key.pem", "-out", certificate,
        ])
        let combined = try String(contentsOfFile: folder + "/key.pem", encoding: .utf8) + String(contentsOfFile: certificate, encoding: .utf8)
        try combined.write(toFile: folder + "/pure-ftpd.pem", atomically: true, encoding: .utf8)
        // pure-ftpd refuses virtual users mapped to root: as root the user becomes nobody (65534).
        let uid = TestEnvironment.isRoot ? 65534 : Int(getuid())
        let gid = TestEnvironment.isRoot ? 65534 : Int(getgid())
        if TestEnvironment.isRoot { chown(home, uid_t(uid), gid_t(gid)) }
        // A SHA-512 crypt hash: pure-pw's own argon2 costs seconds per login.
        let hash = try TestProcesses.run("/usr/bin/openssl", ["passwd", "-6", "-stdin"], input: password + "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // The home ends in /./: the user is kept inside it.
        try "\(user):\(hash):\(uid):\(gid)::\(home)/./::::::::::::\n".write(toFile: folder + "/passwd", atomically: true, encoding: .utf8)
        try TestProcesses.run("/usr/bin/pure-pw", ["mkdb", folder + "/passwd.pdb", "-f", folder + "/passwd"])
        try start()
    }

    func start() throws {
        process = try TestProcesses.start("/usr/sbin/pure-ftpd", [
            "-S", "127.0.0.1,\(port)", "-l", "puredb:\(folder)/passwd.pdb", "-E", "-D", "-H",
            "-p", "\(passivePorts.lowerBound):\(passivePorts.upperBound)", "-Y", "2",
            "-2", folder + "/pure-ftpd.pem", "-f", "none", "-c", "20", "-C", "20",
        ], log: folder + "/pure-ftpd.log")
        try TestProcesses.waitForPort(port)
    }

    func kill() { process?.kill(childrenOnly: false) }
    func killConnections() { process?.kill(childrenOnly: true) }
    func stop() { process?.stop() }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
