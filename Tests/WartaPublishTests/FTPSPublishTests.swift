import Foundation
import Testing
@testable import WartaPublish

/// Against pure-ftpd on 127.0.0.1 with TLS required (explicit FTPS), started here. Skipped where
/// pure-ftpd or openssl is not installed, except in CI (CI=true), where their absence fails the run.
@Suite(.serialized, .enabled(if: (TestEnvironment.pureFTPdAvailable && TestEnvironment.opensslAvailable) || TestEnvironment.inCI,
                             "needs pure-ftpd and openssl (Debian pure-ftpd, openssl; .ci/run installs them)"))
final class FTPSPublishTests {
    let server: FTPServer
    let home: String

    init() throws {
        try #require(TestEnvironment.pureFTPdAvailable && TestEnvironment.opensslAvailable, "pure-ftpd or openssl is not installed")
        server = try FTPServer()
        home = try TestEnvironment.temporaryFolder("home")
        // The password where curl and ftp clients keep it.
        try "machine 127.0.0.1 login \(server.user) password \(server.password)\n"
            .write(toFile: home + "/.netrc", atomically: true, encoding: .utf8)
        chmod(home + "/.netrc", 0o600)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    private var target: PublishTarget {
        PublishTarget.parse("ftps://\(server.user)@127.0.0.1:\(server.port)/www/situs/").target!
    }

    private var options: PublishOptions {
        var options = PublishOptions(home: home, environment: [:])
        options.certificateAuthorityFile = server.certificate
        return options
    }

    private var scenarios: PublishScenarios {
        let target = target
        return PublishScenarios(root: server.home + "/www/situs", options: options) { options in
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

    @Test func aWrongPasswordIsRefusedAndNothingChanges() throws {
        var options = options
        options.environment["WARTA_PUBLISH_PASSWORD"] = "salah-sandi-42"
        options.retries = 0
        try scenarios.refusedLoginChangesNothing(options, secret: "salah-sandi-42")
    }

    @Test func anUntrustedCertificateIsRefused() throws {
        var site = try SiteFixture()
        try site.build(articles: ["a"])
        do {
            _ = try Publisher(target: target, options: PublishOptions(home: home, environment: [:])).plan(siteFolder: site.folder)
            Issue.record("a self-signed certificate was trusted")
        } catch {
            guard case .certificateRejected(let host, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(host == "127.0.0.1:\(server.port)")
        }
        #expect(!FileManager.default.fileExists(atPath: server.home + "/www"))
    }

    @Test func withoutAnyPasswordItSaysWhereItLooked() throws {
        let bare = try TestEnvironment.temporaryFolder("bare")
        #expect(throws: PublishProblem.noCredentials(user: server.user, host: "127.0.0.1:\(server.port)",
                                                     searched: ["WARTA_PUBLISH_PASSWORD", bare + "/.netrc"])) {
            try Publisher(target: target, options: PublishOptions(home: bare, environment: [:])).plan(siteFolder: try SiteFixture().folder)
        }
    }
}
