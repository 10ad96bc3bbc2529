import Foundation
import WartaCore
import WartaModel

/// Parsed content files kept between the builds of a `BuildSession`, each with the size, dates and
/// inode its file had when read, the hash of its bytes, and the problems found in it. A file whose
/// signature has not changed is neither read nor parsed again; its problems are reported again.
package final class SourceCache: @unchecked Sendable {
    package enum Value: Sendable {
        case config(SiteConfig?)
        case news(NewsArticle?)
        case program(Program?)
        case page(StaticPage?)
        case dataset(Dataset?)

        package var news: NewsArticle? { if case .news(let article) = self { return article }; return nil }
        package var program: Program? { if case .program(let program) = self { return program }; return nil }
        package var page: StaticPage? { if case .page(let page) = self { return page }; return nil }
        package var dataset: Dataset? { if case .dataset(let dataset) = self { return dataset }; return nil }
    }

    package struct Key: Equatable, Sendable {
        package var signature: PosixFiles.Signature
        /// The second file read with this one (a dataset's CSV).
        package var companion: PosixFiles.Signature?
        /// What else the parse depended on (the site's time zone for dates).
        package var context: String
    }

    package struct Entry: Sendable {
        package var value: Value
        package var hash: UInt64
        package var diagnostics: [Diagnostic]
        package var key: Key?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// False for a build made once: nothing it parses is asked for again.
    package let storing: Bool

    package init(storing: Bool = true) {
        self.storing = storing
    }

    /// The problems found when `path` was last parsed.
    package func diagnostics(of path: String) -> [Diagnostic]? {
        lock.lock(); defer { lock.unlock() }
        return entries[path]?.diagnostics
    }

    package func hash(of path: String) -> UInt64? {
        lock.lock(); defer { lock.unlock() }
        return entries[path]?.hash
    }

    /// Forgets files no longer in `content/`.
    package func keepOnly(_ paths: Set<String>) {
        lock.lock(); defer { lock.unlock() }
        entries = entries.filter { paths.contains($0.key) }
    }

    private func cached(_ path: String, _ key: Key) -> Entry? {
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[path], entry.key == key else { return nil }
        return entry
    }

    private func store(_ path: String, _ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        entries[path] = entry
    }

    /// Parses `path` (relative to `content/`) unless an entry for the file as it is now exists.
    /// `parse` gets the decoded text (nil when it could not be read or decoded; the problem is
    /// already reported), the file's signature when read, and the log to report into.
    package static func parse(_ path: String, alongWith companion: String? = nil, in content: ContentDirectory, context: String = "",
                      cache: SourceCache, log: DiagnosticLog,
                      _ parse: (SourceText?, PosixFiles.Signature?, DiagnosticLog) -> Value) -> Entry {
        let companionSignature = companion.flatMap { content.signature(of: $0) }
        if let signature = content.signature(of: path),
           let entry = cache.cached(path, Key(signature: signature, companion: companionSignature, context: context)) {
            log.report(contentsOf: entry.diagnostics)
            return entry
        }
        let local = DiagnosticLog()
        var hasher = StableHasher()
        let read = PosixFiles.readWithSignature(content.basePath + "/" + path)
        var value: Value
        if companion != nil {
            // The parser reads its files itself (and reports on them); only their bytes are hashed here.
            hasher.combine(read?.bytes ?? [])
            hasher.combine(companion.flatMap { PosixFiles.read(content.basePath + "/" + $0) } ?? [])
            value = parse(nil, read?.signature, local)
        } else if let read {
            hasher.combine(read.bytes)
            switch SourceText.decode(read.bytes, path: content.displayPath(path)) {
            case .success(let text):
                local.report(contentsOf: text.warnings)
                value = parse(text, read.signature, local)
            case .failure(let problem): local.report(problem); value = parse(nil, read.signature, local)
            }
        } else {
            local.error(SourceLocation(path: content.displayPath(path)), .file(.cannotRead))
            value = parse(nil, nil, local)
        }
        let diagnostics = local.all
        log.report(contentsOf: diagnostics)
        let key = read.map { Key(signature: $0.signature, companion: companionSignature, context: context) }
        let entry = Entry(value: value, hash: hasher.finalize(), diagnostics: diagnostics, key: key)
        if key != nil && cache.storing { cache.store(path, entry) }
        return entry
    }
}
