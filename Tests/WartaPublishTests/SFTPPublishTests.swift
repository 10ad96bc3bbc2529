import Foundation
import Testing
@testable import WartaPublish

/// Against OpenSSH's sshd on 127.0.0.1, started here. Skipped where openssh-server is not
/// installed, except in CI (CI=true), where its absence fails the run.
@Suite(.serialized, .enabled(if: TestEnvironment.sshdAvailable || TestEnvironment.inCI,
                             "needs /usr/sbin/sshd (Debian openssh-server; .ci/run installs it)"))
final class SFTPPublishTests {
    let server: SSHServer
    /// Stands in for the user's home: .ssh/known_hosts and .ssh/id_ed25519 live here.
    let home: String
    let root: String

    init() throws {
        try #require(TestEnvironment.sshdAvailable, "sshd is not installed")
        server = try SSHServer()
        home = try TestEnvironment.temporaryFolder("home")
        try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
        // The plain case: the key where ssh keeps it, the host already known.
        try FileManager.default.copyItem(atPath: server.userKey, toPath: home + "/.ssh/id_ed25519")
        try server.knownHostsLine().write(toFile: home + "/.ssh/known_hosts", atomically: true, encoding: .utf8)
        root = server.folder + "/www/situs"
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    private var target: PublishTarget {
        PublishTarget.parse("sftp://\(server.user)@127.0.0.1:\(server.port)\(root)/").target!
    }

    private var scenarios: PublishScenarios {
        let target = target
        return PublishScenarios(root: root, options: PublishOptions(home: home, environment: [:])) { options in
            Publisher(target: target, options: options)
        }
    }

    @Test func firstPublishChangeAndDeletion() throws {
        try scenarios.firstPublishChangeAndDeletion()
    }

    @Test func killedMidUploadResumesOnTheNextRun() throws {
        try scenarios.killedMidUploadResumes(kill: { server.kill() }, restart: { try server.start() })
    }

    @Test func droppedConnectionIsRetriedInTheSameRun() throws {
        try scenarios.droppedConnectionRetried(killConnections: { server.killConnections() })
    }

    @Test func aKeyTheServerDoesNotKnowIsRefusedAndNothingChanges() throws {
        let stranger = home + "/orang-lain"
        try SSHServer.keygen(stranger)
        var options = PublishOptions(home: home, environment: ["WARTA_PUBLISH_KEY": stranger])
        options.retries = 0
        let secret = try String(contentsOfFile: stranger, encoding: .utf8)
        try scenarios.refusedLoginChangesNothing(options, secret: secret)
    }

    @Test func aMissingKeyFileIsNamed() throws {
        let options = PublishOptions(home: home, environment: ["WARTA_PUBLISH_KEY": home + "/tidak-ada"])
        #expect(throws: PublishProblem.keyFileMissing(path: home + "/tidak-ada")) {
            try Publisher(target: target, options: options).plan(siteFolder: try SiteFixture().folder)
        }
    }

    @Test func anUnknownHostIsRefusedUntilAcceptedAndAChangedKeyAlways() throws {
        try FileManager.default.removeItem(atPath: home + "/.ssh/known_hosts")
        var site = try SiteFixture()
        try site.build(articles: ["a"])
        let fingerprint = try server.hostKeyFingerprint()
        do {
            _ = try Publisher(target: target, options: PublishOptions(home: home, environment: [:])).plan(siteFolder: site.folder)
            Issue.record("an unknown host was trusted")
        } catch {
            #expect(error == .unknownHostKey(host: "127.0.0.1:\(server.port)", keyType: "ssh-ed25519", fingerprint: fingerprint,
                                             knownHosts: home + "/.ssh/known_hosts"))
            #expect(error.english.contains("--accept-new-host-key"))
        }
        #expect(!FileManager.default.fileExists(atPath: root), "nothing was uploaded")

        var accepting = PublishOptions(home: home, environment: [:])
        accepting.acceptNewHostKey = true
        let publisher = Publisher(target: target, options: accepting)
        _ = try publisher.run(try publisher.plan(siteFolder: site.folder))
        let known = try String(contentsOfFile: home + "/.ssh/known_hosts", encoding: .utf8)
        #expect(known == (try server.knownHostsLine()))
        // Known now: no option needed.
        #expect(try Publisher(target: target, options: PublishOptions(home: home, environment: [:])).plan(siteFolder: site.folder).isEmpty)

        let before = try PublishedFolder.identities(root)
        try server.replaceHostKey()
        try site.build(articles: ["b", "a"])
        do {
            _ = try Publisher(target: target, options: accepting).plan(siteFolder: site.folder)
            Issue.record("a changed host key was trusted")
        } catch {
            #expect(error == .changedHostKey(host: "127.0.0.1:\(server.port)", keyType: "ssh-ed25519",
                                             fingerprint: try server.hostKeyFingerprint(), knownHosts: home + "/.ssh/known_hosts"))
        }
        #expect(try PublishedFolder.identities(root) == before)
        #expect(try String(contentsOfFile: home + "/.ssh/known_hosts", encoding: .utf8) == known, "known_hosts kept as it was")
    }
}
