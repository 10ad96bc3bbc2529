import Foundation
import WartaCore
import WartaModel
import WartaLoad
import WartaSite
import WartaRender

/// Repeated builds of one project, as `warta serve` makes them after every save.
///
/// A session is where state kept between builds belongs, so that a later build redoes only what a
/// change affects:
///
/// - parsed content files, each with its file's size, dates and inode (`SourceCache`): a file that
///   did not change is not read or parsed again;
/// - the parsed templates, kept while no template file changes;
/// - the manifest of the last successful build (`BuildManifest`, also saved as
///   `output/.warta-cache` for the next process): a fingerprint of everything each output file
///   was made from (`PageFingerprints`). Only files whose fingerprint changed are rendered;
/// - the site as last built. When the only changes are to existing news articles, and none of
///   them moves (same address, date, tags and programmes, not a draft), the site, its index, its
///   topics and its plan are kept and only the edited articles are replaced: the build costs
///   about what the pages showing them cost, however large the site.
///
/// Every build still reports the same problems as `warta build`: problems found in files that
/// were not parsed or rendered again are reported again from what was kept. When nothing at all
/// changed (content, templates, options, the Warta binary, the published files), nothing is
/// loaded or rendered. Within a session the output folder is taken to hold what the session last
/// published; its first build checks that against the folder.
///
/// `build()` calls are serialised; a session may be shared between threads.
package final class BuildSession: @unchecked Sendable {
    package let options: BuildOptions

    private let lock = NSLock()
    private let sources: SourceCache
    /// False for `SiteBuild.run`'s session, which builds once: it keeps nothing for a next build
    /// (but the manifest), which spares memory on a large site.
    private let keepsState: Bool
    private var templates: (hash: UInt64, set: TemplateSet)?
    /// The last successful build's manifest; read from the output folder before the first build.
    private var manifest: BuildManifest?
    private var triedStoredManifest = false
    /// Whether the output folder is known to hold exactly `manifest`'s files (it was listed, or
    /// only this session has written to it since).
    private var outputListed = false
    /// The site as last published by this session.
    private var state: State?
    /// Writes the manifest after a build returns; the next build (or the end of the session) waits.
    private let manifestWriter = DispatchQueue(label: "warta.manifest")

    private struct State {
        package var content: ContentDirectory
        package var walkDiagnostics: [Diagnostic]
        package var templateSignatures: [String: PosixFiles.Signature]
        package var options: UInt64
        package var site: Site
        package var environment: RenderEnvironment
        package var plan: SitePlan
        package var hashes: [String: UInt64]
        package var fingerprints: PageFingerprints
        /// Content path → index in `site.news` (made when first needed: a one-off build never does).
        package var newsIndex: [String: Int]?
        /// For each article, the planned files (indexes into `plan.entries`) whose fingerprint
        /// reads it: what an edit of the article in place can change.
        package var readers: [[Int32]]
        package var loadDiagnostics: [Diagnostic]
        package var counts: BuildManifest.Counts

        /// The news array, taken out of everything here that holds it (the site, the environment,
        /// the fingerprints), so that the caller's is the only reference and replacing an article
        /// in it copies nothing.
        package mutating func takeNews() -> [NewsArticle] {
            let news = site.news
            replaceNews(with: [])
            return news
        }

        /// `news` as the news of the site, the environment and the fingerprints (news taken with
        /// `takeNews()` goes back this way).
        package mutating func replaceNews(with news: [NewsArticle]) {
            site.news = news
            environment = RenderEnvironment(site: site, reusing: environment)
            fingerprints = fingerprints.withSite(site)
        }
    }

    package convenience init(options: BuildOptions) {
        self.init(options: options, keepsState: true)
    }

    package init(options: BuildOptions, keepsState: Bool) {
        HeapSettings.applied
        self.options = options
        self.keepsState = keepsState
        self.sources = SourceCache(storing: keepsState)
    }

    deinit {
        manifestWriter.sync {}
    }

    package func build() -> BuildReport {
        lock.lock(); defer { lock.unlock() }
        manifestWriter.sync {}
        return ParallelMap.$threadLimit.withValue(options.jobs) { run() }
    }

    private func run() -> BuildReport {
        let started = DispatchTime.now()
        let log = DiagnosticLog()
        var language = state.map { $0.site.config.locale.messages }
        var report = BuildReport(diagnostics: [], output: nil, pageCount: 0, newsCount: 0, programCount: 0, datasetCount: 0, seconds: 0)
        func finish() -> BuildReport {
            report.diagnostics = log.all
            report.language = language ?? Self.language(of: options.root)
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return report
        }

        if let output = options.output {
            for problem in OutputLocation.problems(output: output, root: options.root) {
                log.error(SourceLocation(path: output.path), .output(.refused(problem)))
            }
            if log.hasErrors { return finish() }
        }

        // What the build reads, listed with sizes and dates.
        let walkLog = DiagnosticLog()
        let content = ContentDirectory(root: options.root.appendingPathComponent(ContentDirectory.folderName), log: walkLog)
        let templatesPath = options.root.appendingPathComponent(TemplateSet.folderName).standardizedFileURL.path
        var templateSignatures: [String: PosixFiles.Signature] = [:]
        for entry in PosixFiles.list(templatesPath) where entry.kind == .file {
            templateSignatures[entry.path] = entry.signature
        }
        var optionsHasher = StableHasher()
        optionsHasher.combine(options.baseURL)
        optionsHasher.combine(options.includeDrafts)
        let optionsHash = optionsHasher.finalize()
        let walkDiagnostics = walkLog.all

        let outputPath = options.output?.standardizedFileURL.path
        var edits: [EditedArticle]?
        if options.output != nil, let state, let manifest, state.options == optionsHash, state.templateSignatures == templateSignatures,
           state.walkDiagnostics == walkDiagnostics, state.content.files == content.files {
            let changed = content.files.indices.filter { content.fileSignatures[$0] != state.content.fileSignatures[$0] }.map { content.files[$0] }
            if changed.isEmpty {
                // Nothing changed since this session last published.
                reportNothingChanged(manifest, log: log, report: &report)
                return finish()
            }
            edits = inPlaceEdits(changed, in: content, state: state)
        }
        if let edits, let outputPath {
            buildInPlace(edits, content: content, outputPath: outputPath, log: log, report: &report)
            return finish()
        }

        let inputs = BuildManifest.Inputs(content: content, templates: templateSignatures)
        if let outputPath {
            if manifest == nil && !triedStoredManifest {
                triedStoredManifest = true
                manifest = PosixFiles.read(outputPath + "/" + BuildManifest.fileName).flatMap(BuildManifest.init(bytes:))
                outputListed = false
            }
            if state == nil, let previous = manifest, previous.engine == BuildManifest.currentEngine, previous.options == optionsHash,
               previous.inputs == inputs, publishedFilesIntact(previous, in: outputPath) {
                // Nothing changed: the site on disk is what this build would write.
                reportNothingChanged(previous, log: log, report: &report)
                return finish()
            }
        }
        log.report(contentsOf: walkDiagnostics)

        let templatesHash = Self.hashFiles(in: templatesPath, signatures: templateSignatures)
        let templateSet: TemplateSet?
        if let cached = templates, cached.hash == templatesHash {
            templateSet = cached.set
        } else {
            templateSet = TemplateSet.load(from: options.root.appendingPathComponent(TemplateSet.folderName), log: log)
            templates = templateSet.map { (templatesHash, $0) }
        }
        let loaded = ContentLoader(includeDrafts: options.includeDrafts).load(content, log: log, cache: sources)
        if let loaded { SiteReferences.check(loaded.site, log: log) }
        if state != nil { sources.keepOnly(Set(content.files)) }  // a first build parsed exactly these
        if let loaded { language = loaded.site.config.locale.messages }
        guard var site = loaded?.site, let hashes = loaded?.hashes, let templateSet else { return finish() }
        if let baseURL = options.baseURL {
            site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }

        let environment = RenderEnvironment(site: site, templates: templateSet, log: log)
        let plan = SitePlan(site: site, topics: environment.topics, datasetsWithCharts: Set(environment.datasetCharts.keys))
        // Collisions are usually the echo of a duplicate slug already reported; name them only when alone.
        for (path, count) in plan.collisions.sorted(by: { $0.key < $1.key }) where !log.hasErrors {
            log.error(SourceLocation(path: "content"), .output(.collision(pages: count, path: path)))
        }
        let counts = BuildManifest.Counts(pages: plan.entries.filter { $0.path.hasSuffix(".html") }.count, news: site.news.count,
                                          programs: site.programs.count, datasets: site.datasets.count)
        fill(&report, counts: counts)

        let staged: StagedOutput?
        do {
            staged = try options.output.map { try StagedOutput(directory: $0) }
        } catch {
            log.error(SourceLocation(path: options.output?.path ?? "output"), .output(.cannotPrepare(reason: error.localizedDescription)))
            return finish()
        }
        let loadDiagnostics = log.all

        // Which files need rendering: those whose fingerprint changed since they were written.
        var global = StableHasher()
        global.combine(BuildManifest.currentEngine)
        global.combine(optionsHash)
        global.combine(templatesHash)
        for (path, hash) in hashes.filter({ !$0.key.hasPrefix("news/") }).sorted(by: { $0.key < $1.key }) {
            global.combine(path)
            global.combine(hash)
        }
        let fingerprints = PageFingerprints(global: global.finalize(), site: site, topics: environment.topics, plan: plan,
                                            hashes: hashes, content: content)
        let previousOutputs = staged == nil ? [:] : (manifest?.outputs ?? [:])
        var (outputs, rendered, readers) = renderChanged(plan: plan, environment: environment, fingerprints: fingerprints,
                                                         previousOutputs: previousOutputs, verify: !outputListed, content: content,
                                                         staged: staged, outputPath: outputPath, collectReaders: keepsState,
                                                         log: log, report: &report)
        log.report(contentsOf: environment.anchors.problems(readingPagesFrom: staged.map { [$0.stagingPath, $0.directoryPath] } ?? []))

        guard let staged, let outputPath else { return finish() }
        if log.hasErrors {
            staged.discard()
            return finish()
        }
        do {
            let previousFiles = outputListed ? manifest.map { Set($0.outputs.keys) } : nil
            report.output = try staged.publish(previousFiles: previousFiles, keeping: [BuildManifest.fileName])
        } catch {
            publishingFailed(error, staged: staged, outputPath: outputPath, log: log)
            return finish()
        }
        record(rendered, in: &outputs, outputPath: outputPath)

        var next = BuildManifest()
        next.engine = BuildManifest.currentEngine
        next.options = optionsHash
        next.global = fingerprints.global
        next.counts = counts
        next.inputs = inputs
        next.outputs = outputs
        next.loadDiagnostics = loadDiagnostics
        manifest = next
        outputListed = true
        let newsIndex: [String: Int]? = nil
        if keepsState {
            state = State(content: content, walkDiagnostics: walkDiagnostics, templateSignatures: templateSignatures, options: optionsHash,
                          site: site, environment: environment, plan: plan, hashes: hashes, fingerprints: fingerprints,
                          newsIndex: newsIndex, readers: readers, loadDiagnostics: loadDiagnostics, counts: counts)
        }
        saveManifest(next, outputPath: outputPath)
        return finish()
    }

    // MARK: Articles edited in place

    private struct EditedArticle {
        package var index: Int
        package var article: NewsArticle
        package var entry: SourceCache.Entry
        package var previousDiagnostics: [Diagnostic]
    }

    /// The changed files as articles edited in place, or nil when any change is of another kind (a
    /// file that is not a published article, a new address, date, tag or programme, a problem in
    /// the file): those go through a full build.
    private func inPlaceEdits(_ changed: [String], in content: ContentDirectory, state: State) -> [EditedArticle]? {
        var edits: [EditedArticle] = []
        let scratch = DiagnosticLog()
        let newsIndex = state.newsIndex ?? {
            var index: [String: Int] = [:]
            for (position, article) in state.site.news.enumerated() { index[article.body.contentPath] = position }
            self.state?.newsIndex = index
            return index
        }()
        for path in changed {
            guard path.hasPrefix("news/"), path.hasSuffix(".md"), let index = newsIndex[path] else { return nil }
            let previousDiagnostics = sources.diagnostics(of: path) ?? []
            let entry = ContentLoader.parseNews(path, in: content, config: state.site.config, cache: sources, log: scratch)
            guard case .news(let parsed?) = entry.value, !entry.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            let old = state.site.news[index]
            guard parsed.slug == old.slug, parsed.date == old.date, parsed.isDraft == old.isDraft,
                  parsed.tags.map(\.value) == old.tags.map(\.value), parsed.programs.map(\.value) == old.programs.map(\.value),
                  parsed.body.contentPath == old.body.contentPath else { return nil }
            edits.append(EditedArticle(index: index, article: parsed, entry: entry, previousDiagnostics: previousDiagnostics))
        }
        return edits
    }

    private func buildInPlace(_ edits: [EditedArticle], content: ContentDirectory, outputPath: String, log: DiagnosticLog,
                              report: inout BuildReport) {
        // Taken out of the session while the build works on them, so that changing them in place
        // copies nothing; put back (changed only if the build succeeds) at the end.
        guard var state = self.state, var manifest = self.manifest else { return }
        self.state = nil
        self.manifest = nil
        var keep = true
        var succeeded = false
        // The edited articles replace the old ones in the news array itself: copying the array
        // (every other article, each a dozen reference-counted fields) was a quarter of an edit's
        // time on a large site. If the build fails, the old articles go back.
        var news = state.takeNews()
        let previousArticles = edits.map { news[$0.index] }
        for edit in edits { news[edit.index] = edit.article }
        defer {
            if keep {
                if !succeeded {
                    for (edit, article) in zip(edits, previousArticles) { news[edit.index] = article }
                    state.replaceNews(with: news)
                }
                self.state = state
                self.manifest = manifest
            }
        }

        var loadDiagnostics = state.loadDiagnostics
        for edit in edits {
            for old in edit.previousDiagnostics {
                if let position = loadDiagnostics.firstIndex(of: old) { loadDiagnostics.remove(at: position) }
            }
            loadDiagnostics += edit.entry.diagnostics
        }
        log.report(contentsOf: loadDiagnostics)
        fill(&report, counts: state.counts)

        var site = state.site
        site.news = news
        var hashes = state.hashes
        for edit in edits { hashes[edit.article.body.contentPath] = edit.entry.hash }
        let environment = RenderEnvironment(site: site, reusing: state.environment)
        let fingerprints = state.fingerprints.updating(site: site, hashes: hashes, content: content, changed: edits.map(\.index))

        // Only files whose fingerprint reads an edited article can have changed.
        var candidates = Set<Int32>()
        for edit in edits { candidates.formUnion(state.readers[edit.index]) }
        var work: [(entry: SitePlan.Entry, inputs: UInt64)] = []
        for candidate in candidates.sorted() {
            let entry = state.plan.entries[Int(candidate)]
            let inputs = fingerprints.inputs(entry)
            if let old = manifest.outputs[entry.path],
               old.fingerprint == PageFingerprints.withLinks(inputs, old.dependencies, index: environment.index) { continue }
            work.append((entry, inputs))
        }
        let staged: StagedOutput
        do {
            staged = try StagedOutput(directory: URL(fileURLWithPath: outputPath))
        } catch {
            log.error(SourceLocation(path: outputPath), .output(.cannotPrepare(reason: error.localizedDescription)))
            return
        }
        let rendered = render(work, plan: state.plan, environment: environment, content: content, sink: staged, log: log)
        log.report(contentsOf: environment.anchors.problems(readingPagesFrom: [staged.stagingPath, staged.directoryPath]))
        // Problems kept from the files not rendered again.
        let renderedPaths = Set(work.map(\.entry.path))
        for (path, output) in manifest.outputs where !output.diagnostics.isEmpty && !renderedPaths.contains(path) {
            log.report(contentsOf: output.diagnostics)
        }
        report.renderedCount = work.count
        report.reusedCount = state.plan.entries.count - work.count
        if log.hasErrors {
            staged.discard()
            return
        }
        do {
            report.output = try staged.publishChanged(total: state.plan.entries.count)
        } catch {
            keep = false
            publishingFailed(error, staged: staged, outputPath: outputPath, log: log)
            return
        }
        record(rendered, in: &manifest.outputs, outputPath: outputPath)
        manifest.loadDiagnostics = loadDiagnostics
        manifest.inputs = BuildManifest.Inputs(content: content, templates: state.templateSignatures)
        succeeded = true
        state.content = content
        state.site = site
        state.environment = environment
        state.hashes = hashes
        state.fingerprints = fingerprints
        state.loadDiagnostics = loadDiagnostics
        saveManifest(manifest, outputPath: outputPath)
    }

    // MARK: Steps shared by both kinds of build

    private typealias Rendered = (path: String, output: BuildManifest.Output)

    /// Renders the files whose fingerprint changed (all of them without `previousOutputs`); returns
    /// the outputs kept as they were, those rendered, and for each article the files reading it.
    private func renderChanged(plan: SitePlan, environment: RenderEnvironment, fingerprints: PageFingerprints,
                               previousOutputs: [String: BuildManifest.Output], verify: Bool, content: ContentDirectory,
                               staged: StagedOutput?, outputPath: String?, collectReaders: Bool, log: DiagnosticLog,
                               report: inout BuildReport) -> ([String: BuildManifest.Output], [Rendered], [[Int32]]) {
        let decisions = ParallelMap.map(plan.entries) { entry -> (inputs: UInt64, reused: Bool, known: Bool, reads: [Int32]) in
            var reads: [Int32] = []
            let inputs = collectReaders ? fingerprints.inputs(entry) { reads.append(Int32($0)) } : fingerprints.inputs(entry)
            guard let outputPath, let previous = previousOutputs[entry.path] else { return (inputs, false, false, reads) }
            guard previous.fingerprint == PageFingerprints.withLinks(inputs, previous.dependencies, index: environment.index),
                  !verify || previous.matches(PosixFiles.signature(outputPath + "/" + entry.path)) else { return (inputs, false, true, reads) }
            return (inputs, true, true, reads)
        }
        var outputs = previousOutputs
        // Files listing the whole site (sitemap, feed) go first, while no card or text made for
        // lists is held yet: rendered last, their size would add to the build's peak memory.
        var listings: [(entry: SitePlan.Entry, inputs: UInt64)] = []
        var work: [(entry: SitePlan.Entry, inputs: UInt64)] = []
        var kept: [String] = []
        var known = 0
        var readers = [[Int32]](repeating: [], count: collectReaders ? environment.site.news.count : 0)
        for (position, (entry, decision)) in zip(plan.entries, decisions).enumerated() {
            for article in decision.reads where readers[Int(article)].last != Int32(position) {
                readers[Int(article)].append(Int32(position))
            }
            if decision.known { known += 1 }
            if decision.reused {
                kept.append(entry.path)
                if let diagnostics = previousOutputs[entry.path]?.diagnostics, !diagnostics.isEmpty { log.report(contentsOf: diagnostics) }
            } else if entry.item.listsWholeSite {
                listings.append((entry, decision.inputs))
            } else {
                work.append((entry, decision.inputs))
            }
        }
        let listed = ListedNews(site: environment.site, topics: environment.topics)
        let order = work.map { listed.renderingOrder(of: $0.entry.item) }
        work = listings + work.indices.sorted { (order[$0], $0) < (order[$1], $1) }.map { work[$0] }
        staged?.keep(kept)
        let rendered = render(work, plan: plan, environment: environment, content: content, sink: staged ?? DiscardingOutput(), log: log)
        report.renderedCount = work.count
        report.reusedCount = kept.count
        if previousOutputs.count != known {
            // Outputs no longer planned must not linger in the manifest.
            let planned = Set(plan.entries.map(\.path))
            outputs = outputs.filter { planned.contains($0.key) }
        }
        return (outputs, rendered, readers)
    }

    /// Renders `work` on every core into `sink`, noting each file's links and problems.
    private func render(_ work: [(entry: SitePlan.Entry, inputs: UInt64)], plan: SitePlan, environment: RenderEnvironment,
                        content: ContentDirectory, sink: any OutputSink, log: DiagnosticLog) -> [Rendered] {
        let renderer = PageRenderer(environment: environment)
        let progress = BuildProgress(total: work.count, report: options.progress)
        // Pages written to disk are read back only if a link points into them; pages that are not
        // written keep their ids here.
        let declaresIds = !(sink is StagedOutput)
        defer { environment.finishedRendering() }
        return ParallelMap.map(work) { item -> Rendered in
            defer { progress.advance() }
            let entry = item.entry
            let entryLog = DiagnosticLog()
            let links = LinkDependencies()
            var written: PosixFiles.Signature?
            do {
                switch links.recording({ renderer.render(entry, plan: plan, content: content, log: entryLog) }) {
                case .bytes(let bytes):
                    if declaresIds, entry.path.hasSuffix("index.html") {
                        environment.anchors.declare(page: String(entry.path.dropLast("index.html".count)), html: bytes)
                    }
                    if entry.path.hasSuffix(".html") { PageSize.check(entry.path, bytes: bytes.count, log: entryLog) }
                    written = try sink.write(entry.path, bytes: bytes)
                case .copy(let source): written = try sink.copy(entry.path, from: source)
                }
            } catch {
                entryLog.error(SourceLocation(path: entry.path), .output(.cannotWrite(path: entry.path, reason: error.localizedDescription)))
            }
            let diagnostics = entryLog.all
            if !diagnostics.isEmpty { log.report(contentsOf: diagnostics) }
            return (entry.path, BuildManifest.Output(fingerprint: PageFingerprints.withLinks(item.inputs, links.files, index: environment.index),
                                                      written: written, dependencies: links.files, diagnostics: diagnostics))
        }
    }

    /// Notes where each rendered file now is on disk, for the next build.
    private func record(_ rendered: [Rendered], in outputs: inout [String: BuildManifest.Output], outputPath: String) {
        outputs.reserveCapacity(outputs.count + rendered.count)
        for (path, var output) in rendered {
            if output.size < 0, let signature = PosixFiles.signature(outputPath + "/" + path) {
                output = BuildManifest.Output(fingerprint: output.fingerprint, written: signature, dependencies: output.dependencies,
                                              diagnostics: output.diagnostics)
            }
            outputs[path] = output
        }
    }

    private func publishingFailed(_ error: Error, staged: StagedOutput, outputPath: String, log: DiagnosticLog) {
        log.error(SourceLocation(path: staged.directory.path), .output(.publishingFailed(reason: error.localizedDescription)))
        manifest = nil
        state = nil
        outputListed = false
        try? FileManager.default.removeItem(atPath: outputPath + "/" + BuildManifest.fileName)
    }

    /// The site's language when this build did not load the site (nothing changed, or it failed
    /// early): read from site.yml alone, which costs far less than loading the site.
    private static func language(of root: URL) -> Language {
        let file = root.appendingPathComponent("content/site.yml")
        guard let bytes = PosixFiles.read(file.path), case .success(let text) = SourceText.decode(bytes, path: "content/site.yml"),
              let config = SiteConfigParser.parse(text, log: DiagnosticLog()) else { return .indonesian }
        return config.locale.messages
    }

    /// A build with nothing to do reports what the build that wrote `manifest` found.
    private func reportNothingChanged(_ manifest: BuildManifest, log: DiagnosticLog, report: inout BuildReport) {
        log.report(contentsOf: manifest.loadDiagnostics)
        for output in manifest.outputs.values where !output.diagnostics.isEmpty { log.report(contentsOf: output.diagnostics) }
        fill(&report, counts: manifest.counts)
        report.output = StagedOutput.Summary(written: 0, unchanged: manifest.outputs.count, removed: 0)
        report.reusedCount = manifest.outputs.count
    }

    private func fill(_ report: inout BuildReport, counts: BuildManifest.Counts) {
        report.pageCount = counts.pages
        report.newsCount = counts.news
        report.programCount = counts.programs
        report.datasetCount = counts.datasets
    }

    /// Saves the manifest once the build has returned; `build()` and the end of the session wait
    /// for it. Without a manifest the next process simply builds everything.
    private func saveManifest(_ manifest: BuildManifest, outputPath: String) {
        let threadLimit = options.jobs
        manifestWriter.async {
            let cachePath = outputPath + "/" + BuildManifest.fileName
            do {
                let bytes = ParallelMap.$threadLimit.withValue(threadLimit) { manifest.serialized() }
                try PosixFiles.write(bytes, to: cachePath + ".new")
                if rename(cachePath + ".new", cachePath) != 0 { throw PosixFiles.failure(cachePath) }
            } catch {
                try? FileManager.default.removeItem(atPath: cachePath)
            }
        }
    }

    /// True when every file the manifest lists is in the output folder as it was written. (Files
    /// added there by hand are not looked for: the next build that changes anything removes them.)
    private func publishedFilesIntact(_ manifest: BuildManifest, in outputPath: String) -> Bool {
        let outputs = Array(manifest.outputs)
        let intact = ParallelMap.map(Array(stride(from: 0, to: outputs.count, by: 512))) { start in
            outputs[start..<min(outputs.count, start + 512)].allSatisfy { $0.value.matches(PosixFiles.signature(outputPath + "/" + $0.key)) }
        }
        return !intact.contains(false)
    }

    /// One hash over the files of a folder (the templates), in path order.
    private static func hashFiles(in folder: String, signatures: [String: PosixFiles.Signature]) -> UInt64 {
        var hasher = StableHasher()
        for path in signatures.keys.sorted() {
            hasher.combine(path)
            hasher.combine(PosixFiles.read(folder + "/" + path) ?? [])
        }
        return hasher.finalize()
    }
}
