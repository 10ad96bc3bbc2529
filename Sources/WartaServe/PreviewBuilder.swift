import Foundation
import WartaCore
import WartaLoad
import WartaBuild
import WartaModel

/// Builds the project for the preview: into its own folder (never the user's `output/`), with the
/// preview's address as base URL so that canonical links and the feed point at the preview, and
/// through one `BuildSession` so that rebuilds can be incremental.
final class PreviewBuilder: @unchecked Sendable {
    let root: URL
    let output: URL
    let includeDrafts: Bool
    /// `http://127.0.0.1:8080`, without a trailing slash.
    let origin: String
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let queue = DispatchQueue(label: "warta.preview.build")
    private let lock = NSLock()
    private var session: BuildSession?
    private var sessionBasePath = ""
    private var site: SiteFacts

    struct SiteFacts: Sendable {
        /// The path of `base_url` in `site.yml` (`/dinsos/`); the preview serves the site under it.
        var basePath: String
        var title: String?
        var locale: SiteLocale
    }

    /// `--lang`, kept over every change of site.yml.
    let messageLanguage: Language?

    init(root: URL, output: URL, includeDrafts: Bool, origin: String, progress: (@Sendable (Int, Int) -> Void)? = nil,
         messageLanguage: Language? = nil) {
        self.root = root
        self.messageLanguage = messageLanguage
        self.site = SiteFacts(basePath: "/", title: nil, locale: SiteLocale(.indonesian, messages: messageLanguage))
        self.output = output
        self.includeDrafts = includeDrafts
        self.origin = origin
        self.progress = progress
        refreshSiteFacts()
    }

    var facts: SiteFacts {
        lock.lock(); defer { lock.unlock() }
        return site
    }

    /// Builds on a thread of its own: a build blocks while it renders, and the server's tasks
    /// should not wait for it.
    func build() async -> BuildReport {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.buildNow()) }
        }
    }

    func buildNow() -> BuildReport {
        let facts = refreshSiteFacts()
        // A new base path changes every canonical URL: start a new session for it.
        if session == nil || sessionBasePath != facts.basePath {
            var options = BuildOptions(root: root, output: output, baseURL: origin + facts.basePath, includeDrafts: includeDrafts,
                                       progress: progress)
            // The preview need not be swapped whole: file by file, an edit costs only the pages it changes.
            options.publishing = .fileByFile
            // It keeps the search index it finds but does not index (Pagefind reads every page), and says so.
            options.search = .pagefind
            session = BuildSession(options: options)
            sessionBasePath = facts.basePath
        }
        return session!.build()
    }

    /// Reads `site.yml` for what the server itself needs: where the site lives and its language.
    /// Problems in it are left to the build to report.
    @discardableResult
    private func refreshSiteFacts() -> SiteFacts {
        var facts = SiteFacts(basePath: "/", title: nil, locale: SiteLocale(.indonesian, messages: messageLanguage))
        if let config = SiteConfigFile.read(root: root) {
            facts = SiteFacts(basePath: Self.normalised(config.basePath), title: config.title,
                              locale: SiteLocale(siteLanguage: config.language, messages: messageLanguage))
        }
        lock.lock()
        site = facts
        lock.unlock()
        return facts
    }

    static func normalised(_ path: String) -> String {
        var path = path.isEmpty ? "/" : path
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}
