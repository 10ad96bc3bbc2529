import Foundation
import WartaCore
import WartaModel
import WartaLoad
import WartaSite
import WartaRender

/// Repeated builds of one project, as `warta serve` makes them after every save; a one-off build
/// is a session used once (`SiteBuild`).
///
/// Every build takes the same named steps (`steps(_:)`), top to bottom:
///
///     lockProject → checkOutputFolder → listInputs → skipIfNothingChanged
///       → loadTemplates → loadContent → checkReferences → planSite      (or: reuseSiteWithEditedArticles)
///       → chooseWork → render → checkAnchors → indexForSearch → publish → record
///
/// Full, incremental and in-place builds differ only in what the steps find already done:
///
/// - parsed content files are kept with their file's size, dates and inode (`SourceCache`): a file
///   that did not change is not read or parsed again;
/// - the parsed templates are kept while no template file changes;
/// - the manifest of the last successful build (`BuildManifest`, saved in the project's state
///   folder for the next process) holds a fingerprint of everything each output file was made from
///   (`PageFingerprints`): `chooseWork` renders only files whose fingerprint changed;
/// - the site as last built: when the only changes are to existing news articles, and none of
///   them moves (same address, date, tags and programmes, not a draft), the site, its index, its
///   topics and its plan are kept and only the edited articles are replaced
///   (`reuseSiteWithEditedArticles`): the build costs what the pages showing them cost.
///
/// Every build still reports the same problems as a full one: problems found in files that were not
/// parsed or rendered again are reported again from what was kept. `build()` calls are serialised;
/// a session may be shared between threads.
package final class BuildSession: @unchecked Sendable {
    package let options: BuildOptions

    private let lock = NSLock()
    private let sources: SourceCache
    /// False for `SiteBuild.run`'s session, which builds once: it keeps nothing for a next build
    /// (but the manifest), which spares memory on a large site.
    private let keepsState: Bool
    private let project: ProjectState
    private var templates: (hash: UInt64, set: TemplateSet)?
    /// The last successful build's manifest; read from the state folder before the first build.
    private var manifest: BuildManifest?
    private var triedStoredManifest = false
    /// Whether the output folder is known to hold exactly `manifest`'s files (it was listed, or
    /// only this session has written to it since).
    private var outputListed = false
    /// The site as last published by this session.
    private var state: State?
    /// Writes the manifest and removes the replaced site after a build returns; the next build
    /// (or the end of the session) waits for it.
    private let afterPublishing = DispatchQueue(label: "warta.after-publishing")
    /// Pagefind, looked for once per session (asking Python where it is takes a moment).
    private var searchIndexer: SearchIndexer??

    private struct State {
        var inputs: Inputs
        var site: Site
        var environment: RenderEnvironment
        var plan: SitePlan
        var hashes: [String: UInt64]
        var fingerprints: PageFingerprints
        /// Content path → index in `site.news` (made when first needed: a one-off build never does).
        var newsIndex: [String: Int]?
        /// For each article, the planned files (indexes into `plan.entries`) whose fingerprint
        /// reads it: what an edit of the article in place can change.
        var readers: [[Int32]]
        var loadDiagnostics: [Diagnostic]
        var counts: BuildManifest.Counts

        /// The news array, taken out of everything here that holds it (the site, the environment,
        /// the fingerprints), so that the caller's is the only reference and replacing an article
        /// in it copies nothing.
        mutating func takeNews() -> [NewsArticle] {
            let news = site.news
            replaceNews(with: [])
            return news
        }

        /// `news` as the news of the site, the environment and the fingerprints (news taken with
        /// `takeNews()` goes back this way).
        mutating func replaceNews(with news: [NewsArticle]) {
            site.news = news
            environment = RenderEnvironment(site: site, reusing: environment)
            fingerprints = fingerprints.withSite(site)
        }
    }

    /// What a build reads, listed with sizes and dates (`listInputs`).
    private struct Inputs {
        var content: ContentDirectory
        var walkDiagnostics: [Diagnostic]
        var templatesPath: String
        var templateSignatures: [String: PosixFiles.Signature]
        var options: UInt64
        /// Pagefind, when the build was asked to index the site and it is installed.
        var searchIndexer: SearchIndexer?

        var manifestInputs: BuildManifest.Inputs { BuildManifest.Inputs(content: content, templates: templateSignatures) }
    }

    /// The site ready to render: loaded and planned in full, or the last build's with edited articles.
    private struct PreparedSite {
        var site: Site
        var environment: RenderEnvironment
        var plan: SitePlan
        var hashes: [String: UInt64]
        var fingerprints: PageFingerprints
        var counts: BuildManifest.Counts
        var loadDiagnostics: [Diagnostic]
        /// Set for an in-place build: the last build's state, which goes back if this build fails.
        var reused: ReusedState?
    }

    /// The session's state while an in-place build works on it, taken out of the session so that
    /// replacing articles copies nothing.
    private struct ReusedState {
        var state: State
        var edits: [EditedArticle]
        var previousArticles: [NewsArticle]

        /// The last build's state as it was, for a build that did not publish.
        func restored(news: [NewsArticle]) -> State {
            var news = news
            for (edit, article) in zip(edits, previousArticles) { news[edit.index] = article }
            var state = state
            state.replaceNews(with: news)
            return state
        }
    }

    /// The files a build renders and those it keeps as published.
    private struct Work {
        var items: [(entry: SitePlan.Entry, inputs: UInt64)]
        var kept: [String]
        /// Outputs carried over from the last manifest (all of them, for an in-place build).
        var outputs: [String: BuildManifest.Output]
        var readers: [[Int32]]
    }

    private struct EditedArticle {
        var index: Int
        var article: NewsArticle
        var entry: SourceCache.Entry
        var previousDiagnostics: [Diagnostic]
    }

    private typealias Rendered = (path: String, output: BuildManifest.Output)

    package convenience init(options: BuildOptions) {
        self.init(options: options, keepsState: true)
    }

    package init(options: BuildOptions, keepsState: Bool) {
        HeapSettings.applied
        self.options = options
        self.keepsState = keepsState
        self.sources = SourceCache(storing: keepsState)
        self.project = ProjectState(root: options.root)
    }

    deinit {
        afterPublishing.sync {}
    }

    package func build() -> BuildReport {
        lock.lock(); defer { lock.unlock() }
        afterPublishing.sync {}
        return ParallelMap.$threadLimit.withValue(options.jobs) {
            let run = BuildRun(language: state.map { $0.site.config.locale.messages })
            steps(run)
            return run.finish { Self.language(of: options.root) }
        }
    }

    // MARK: The steps

    private func steps(_ run: BuildRun) {
        let projectLock: ProjectLock?
        if options.output != nil {
            guard let taken = lockProject(run) else { return }
            projectLock = taken
        } else {
            projectLock = nil
        }
        // Held until what runs after the build (removing the replaced site, saving the manifest)
        // is done too: the next build must not start on a half-removed tree.
        defer { if let projectLock { afterPublishing.async { withExtendedLifetime(projectLock) {} } } }
        let site = options.output.map { project.site(OutputLocation.canonical($0)) }
        if let site, !checkOutputFolder(site, run) { return }
        let inputs = listInputs()
        if let site, skipIfNothingChanged(inputs, site: site, run) { return }

        let prepared: PreparedSite
        if site != nil, let edits = articlesEditedInPlace(inputs) {
            guard let reused = reuseSiteWithEditedArticles(edits, inputs: inputs, run) else { return }
            prepared = reused
        } else {
            run.log.report(contentsOf: inputs.walkDiagnostics)
            let templates = loadTemplates(inputs, run)
            guard let loaded = loadContent(inputs, run) else { return }
            checkReferences(loaded.site, run)
            guard let templates, let planned = planSite(loaded, templates: templates, inputs: inputs, run) else { return }
            prepared = planned
        }
        run.fill(prepared.counts)
        var published = false
        defer {
            // An in-place build that did not publish leaves the session's state as it was; one
            // whose publishing failed leaves none (`publish` cleared it).
            if !published, let reused = prepared.reused, manifest != nil { state = reused.restored(news: prepared.site.news) }
        }

        let staged: StagedOutput?
        do {
            staged = try site.map { try StagedOutput(site: $0, publishing: options.publishing) }
        } catch {
            run.log.error(SourceLocation(path: options.output?.path ?? "output"), .output(.cannotPrepare(reason: error.localizedDescription)))
            return
        }
        let work = chooseWork(prepared, staged: staged, run)
        do {
            try staged?.keep(work.kept)
        } catch {
            run.log.error(SourceLocation(path: options.output?.path ?? "output"), .output(.cannotPrepare(reason: error.localizedDescription)))
            staged?.discard()
            return
        }
        let rendered = render(work.items, prepared: prepared, content: inputs.content, sink: staged ?? DiscardingOutput(), run)
        checkAnchors(prepared, staged: staged, run)

        guard let staged, let site else { return }
        if run.log.hasErrors {
            staged.discard()
            return
        }
        indexForSearch(staged, inputs: inputs, plan: prepared.plan, run)
        guard publish(staged, site: site, run) else { return }
        record(rendered, work: work, prepared: prepared, inputs: inputs, site: site, staged: staged)
        published = true
    }

    /// One build of the project at a time: a second waits for the first, then fails if it does not end.
    private func lockProject(_ run: BuildRun) -> ProjectLock? {
        switch ProjectLock.acquire(project.lockPath, waitingUpTo: options.lockWait, waiting: { options.waitingForLock?() }) {
        case .success(let lock):
            return lock
        case .failure(.stillHeld(let seconds)):
            run.log.error(SourceLocation(path: options.root.path), .output(.anotherBuildRunning(seconds: seconds)))
        case .failure(.unavailable(let path, let reason)):
            run.log.error(SourceLocation(path: path), .output(.lockUnavailable(reason: reason)))
        }
        return nil
    }

    private func checkOutputFolder(_ site: SiteState, _ run: BuildRun) -> Bool {
        for problem in OutputLocation.problems(output: URL(fileURLWithPath: site.output), root: options.root, site: site) {
            run.log.error(SourceLocation(path: options.output?.path ?? site.output), .output(.refused(problem)))
        }
        return !run.log.hasErrors
    }

    private func listInputs() -> Inputs {
        let walkLog = DiagnosticLog()
        let content = ContentDirectory(root: options.root.appendingPathComponent(ContentLayout.contentFolder), log: walkLog)
        let templatesPath = options.root.appendingPathComponent(ContentLayout.templatesFolder).standardizedFileURL.path
        var templateSignatures: [String: PosixFiles.Signature] = [:]
        for entry in PosixFiles.list(templatesPath) where entry.kind == .file {
            templateSignatures[entry.path] = entry.signature
        }
        if options.search == .pagefind, searchIndexer == nil { searchIndexer = .some(SearchIndexer.locate()) }
        let indexer = options.search == .pagefind ? searchIndexer ?? nil : nil
        var optionsHasher = StableHasher()
        optionsHasher.combine(options.baseURL)
        optionsHasher.combine(options.includeDrafts)
        // The search page says whether it can search.
        optionsHasher.combine(indexer != nil)
        return Inputs(content: content, walkDiagnostics: walkLog.all, templatesPath: templatesPath,
                      templateSignatures: templateSignatures, options: optionsHasher.finalize(), searchIndexer: indexer)
    }

    /// Pagefind indexes the staged site, so the index and the pages it describes are published
    /// together. A build that wrote or removed no page keeps the published index; the preview,
    /// which publishes file by file, keeps it too and says when it is older than the pages.
    /// Asked to index the site, a build without Pagefind says so, as a note rather than a problem:
    /// the site works without search, and its search page explains.
    private func indexForSearch(_ staged: StagedOutput, inputs: Inputs, plan: SitePlan, _ run: BuildRun) {
        guard let indexer = inputs.searchIndexer else {
            if options.search == .pagefind {
                run.log.report(Diagnostic(.note, SourceLocation(path: ContentLayout.siteConfigurationPath),
                                          .service(.searchIndexerMissing), hint: .installPagefind))
                run.report.searchIndex = .notInstalled
            }
            return
        }
        var published: [String] = []
        PosixFiles.walk(staged.directoryPath + "/" + SiteRoutes.searchIndex) { relative, kind in
            if kind != .directory { published.append(SiteRoutes.searchIndex + relative) }
        }
        let planned = Set(plan.entries.lazy.map(\.path).filter { $0.hasSuffix(".html") })
        let pageRemoved = manifest?.outputs.keys.contains { $0.hasSuffix(".html") && !planned.contains($0) } ?? false
        let current = !published.isEmpty && !staged.anyPageWritten && !pageRemoved
        if current || staged.publishing == .fileByFile {
            do {
                try staged.keep(published)
            } catch {
                run.log.warning(SourceLocation(path: SiteRoutes.searchIndex), .service(.cannotKeepSearchIndex(reason: error.localizedDescription)))
            }
            if !current {
                run.log.report(Diagnostic(.note, SourceLocation(path: SiteRoutes.searchIndex),
                                          .service(published.isEmpty ? .previewHasNoSearchIndex : .previewSearchIndexOutOfDate),
                                          hint: .buildMakesSearchIndex))
            }
            run.report.searchIndex = current ? .reused : .outOfDate
            return
        }
        let started = DispatchTime.now()
        if let problem = indexer.index(site: staged.stagingPath) {
            try? FileManager.default.removeItem(atPath: staged.stagingPath + "/" + SiteRoutes.searchIndex)
            run.log.warning(SourceLocation(path: SiteRoutes.searchIndex), .service(problem),
                            hint: .runPagefindForDetails)
            run.report.searchIndex = .failed
            return
        }
        run.report.searchIndex = .indexed(seconds: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
    }

    /// True when the published site is what this build would write: nothing changed since this
    /// session (or, for a first build, the process that wrote the manifest) last published.
    private func skipIfNothingChanged(_ inputs: Inputs, site: SiteState, _ run: BuildRun) -> Bool {
        if let state, let manifest, state.inputs.options == inputs.options, state.inputs.templateSignatures == inputs.templateSignatures,
           state.inputs.walkDiagnostics == inputs.walkDiagnostics, state.inputs.content.files == inputs.content.files,
           state.inputs.content.fileSignatures == inputs.content.fileSignatures {
            reportNothingChanged(manifest, run)
            return true
        }
        if manifest == nil && !triedStoredManifest {
            triedStoredManifest = true
            manifest = site.storedManifest()
            outputListed = false
        }
        if state == nil, let previous = manifest, previous.engine == BuildManifest.currentEngine, previous.options == inputs.options,
           previous.inputs == inputs.manifestInputs, publishedFilesIntact(previous, in: site.output),
           PosixFiles.kind(site.cachePath) == .file {
            reportNothingChanged(previous, run)
            return true
        }
        return false
    }

    private func loadTemplates(_ inputs: Inputs, _ run: BuildRun) -> (hash: UInt64, set: TemplateSet)? {
        let hash = Self.hashFiles(in: inputs.templatesPath, signatures: inputs.templateSignatures)
        if let cached = templates, cached.hash == hash { return cached }
        templates = TemplateSet.load(from: options.root.appendingPathComponent(ContentLayout.templatesFolder), log: run.log).map { (hash, $0) }
        return templates
    }

    private func loadContent(_ inputs: Inputs, _ run: BuildRun) -> ContentLoader.Loaded? {
        let loaded = ContentLoader(includeDrafts: options.includeDrafts).load(inputs.content, log: run.log, cache: sources)
        if state != nil { sources.keepOnly(Set(inputs.content.files)) }  // a first build parsed exactly these
        if let loaded { run.language = loaded.site.config.locale.messages }
        return loaded
    }

    private func checkReferences(_ site: Site, _ run: BuildRun) {
        SiteReferences.check(site, log: run.log)
    }

    /// Every output file the site has, with what each is made from.
    private func planSite(_ loaded: ContentLoader.Loaded, templates: (hash: UInt64, set: TemplateSet), inputs: Inputs,
                          _ run: BuildRun) -> PreparedSite? {
        var site = loaded.site
        if let baseURL = options.baseURL {
            site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let environment = RenderEnvironment(site: site, templates: templates.set, searchIndexed: inputs.searchIndexer != nil, log: run.log)
        let plan = SitePlan(site: site, topics: environment.topics, datasetsWithCharts: Set(environment.datasetCharts.keys))
        // Collisions are usually the echo of a duplicate slug already reported; name them only when alone.
        for (path, count) in plan.collisions.sorted(by: { $0.key < $1.key }) where !run.log.hasErrors {
            run.log.error(SourceLocation(path: "content"), .output(.collision(pages: count, path: path)))
        }
        SiteReferences.checkTaskPaths(site, plan: plan, log: run.log)
        let counts = BuildManifest.Counts(pages: plan.entries.filter { $0.path.hasSuffix(".html") }.count, news: site.news.count,
                                          programs: site.programs.count, datasets: site.datasets.count)
        var global = StableHasher()
        global.combine(BuildManifest.currentEngine)
        global.combine(inputs.options)
        global.combine(templates.hash)
        for (path, hash) in loaded.hashes.filter({ !$0.key.hasPrefix(ContentLayout.Folder.news.prefix) }).sorted(by: { $0.key < $1.key }) {
            global.combine(path)
            global.combine(hash)
        }
        let fingerprints = PageFingerprints(global: global.finalize(), site: site, topics: environment.topics, plan: plan,
                                            hashes: loaded.hashes, content: inputs.content)
        return PreparedSite(site: site, environment: environment, plan: plan, hashes: loaded.hashes, fingerprints: fingerprints,
                            counts: counts, loadDiagnostics: run.log.all, reused: nil)
    }

    /// The changed files as articles edited in place, or nil when any change is of another kind (a
    /// file that is not a published article, a new address, date, tag or programme, a problem in
    /// the file): those go through a full build.
    private func articlesEditedInPlace(_ inputs: Inputs) -> [EditedArticle]? {
        guard let state, manifest != nil, state.inputs.options == inputs.options,
              state.inputs.templateSignatures == inputs.templateSignatures,
              state.inputs.walkDiagnostics == inputs.walkDiagnostics, state.inputs.content.files == inputs.content.files else { return nil }
        let content = inputs.content
        let changed = content.files.indices.filter { content.fileSignatures[$0] != state.inputs.content.fileSignatures[$0] }
            .map { content.files[$0] }
        var edits: [EditedArticle] = []
        let scratch = DiagnosticLog()
        let newsIndex = state.newsIndex ?? {
            var index: [String: Int] = [:]
            for (position, article) in state.site.news.enumerated() { index[article.body.contentPath] = position }
            self.state?.newsIndex = index
            return index
        }()
        for path in changed {
            guard path.hasPrefix(ContentLayout.Folder.news.prefix), path.hasSuffix(".md"), let index = newsIndex[path] else { return nil }
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

    /// The last build's site, index, topics and plan, with the edited articles in place of the old.
    /// The session's state is taken out while the build works on it, so that changing it in place
    /// copies nothing; `record` (or a failure) puts it back.
    private func reuseSiteWithEditedArticles(_ edits: [EditedArticle], inputs: Inputs, _ run: BuildRun) -> PreparedSite? {
        guard var state = self.state else { return nil }
        self.state = nil
        // The edited articles replace the old ones in the news array itself: copying the array
        // (every other article, each a dozen reference-counted fields) was a quarter of an edit's
        // time on a large site. If the build does not publish, the old articles go back.
        var news = state.takeNews()
        let previousArticles = edits.map { news[$0.index] }
        for edit in edits { news[edit.index] = edit.article }
        var site = state.site
        site.news = news
        var hashes = state.hashes
        for edit in edits { hashes[edit.article.body.contentPath] = edit.entry.hash }
        var loadDiagnostics = state.loadDiagnostics
        for edit in edits {
            for old in edit.previousDiagnostics {
                if let position = loadDiagnostics.firstIndex(of: old) { loadDiagnostics.remove(at: position) }
            }
            loadDiagnostics += edit.entry.diagnostics
        }
        run.log.report(contentsOf: loadDiagnostics)
        let environment = RenderEnvironment(site: site, reusing: state.environment)
        let fingerprints = state.fingerprints.updating(site: site, hashes: hashes, content: inputs.content, changed: edits.map(\.index))
        return PreparedSite(site: site, environment: environment, plan: state.plan, hashes: hashes, fingerprints: fingerprints,
                            counts: state.counts, loadDiagnostics: loadDiagnostics,
                            reused: ReusedState(state: state, edits: edits, previousArticles: previousArticles))
    }

    /// Which files to render: those whose fingerprint changed since they were written (all of them
    /// without a manifest, only the readers of the edited articles in place); the others are kept
    /// and their problems reported again.
    private func chooseWork(_ prepared: PreparedSite, staged: StagedOutput?, _ run: BuildRun) -> Work {
        let plan = prepared.plan, environment = prepared.environment, fingerprints = prepared.fingerprints
        let previousOutputs = staged == nil ? [:] : (manifest?.outputs ?? [:])
        if let reused = prepared.reused {
            let readers = reused.state.readers
            var candidates = Set<Int32>()
            for edit in reused.edits { candidates.formUnion(readers[edit.index]) }
            var items: [(entry: SitePlan.Entry, inputs: UInt64)] = []
            for candidate in candidates.sorted() {
                let entry = plan.entries[Int(candidate)]
                let inputs = fingerprints.inputs(entry)
                if let old = previousOutputs[entry.path],
                   old.fingerprint == PageFingerprints.withLinks(inputs, old.dependencies, index: environment.index) { continue }
                items.append((entry, inputs))
            }
            let renderedPaths = Set(items.map(\.entry.path))
            var kept: [String] = []
            kept.reserveCapacity(plan.entries.count - items.count)
            for entry in plan.entries where !renderedPaths.contains(entry.path) {
                kept.append(entry.path)
                if let diagnostics = previousOutputs[entry.path]?.diagnostics, !diagnostics.isEmpty { run.log.report(contentsOf: diagnostics) }
            }
            run.report.renderedCount = items.count
            run.report.reusedCount = kept.count
            return Work(items: items, kept: kept, outputs: previousOutputs, readers: readers)
        }

        let verify = !outputListed, outputPath = staged?.directoryPath, collectReaders = keepsState
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
        var items: [(entry: SitePlan.Entry, inputs: UInt64)] = []
        var kept: [String] = []
        var known = 0
        var readers = [[Int32]](repeating: [], count: collectReaders ? prepared.site.news.count : 0)
        for (position, (entry, decision)) in zip(plan.entries, decisions).enumerated() {
            for article in decision.reads where readers[Int(article)].last != Int32(position) {
                readers[Int(article)].append(Int32(position))
            }
            if decision.known { known += 1 }
            if decision.reused {
                kept.append(entry.path)
                if let diagnostics = previousOutputs[entry.path]?.diagnostics, !diagnostics.isEmpty { run.log.report(contentsOf: diagnostics) }
            } else if entry.item.listsWholeSite {
                listings.append((entry, decision.inputs))
            } else {
                items.append((entry, decision.inputs))
            }
        }
        let listed = ListedNews(site: prepared.site, topics: prepared.environment.topics)
        let order = items.map { listed.renderingOrder(of: $0.entry.item) }
        items = listings + items.indices.sorted { (order[$0], $0) < (order[$1], $1) }.map { items[$0] }
        run.report.renderedCount = items.count
        run.report.reusedCount = kept.count
        if previousOutputs.count != known {
            // Outputs no longer planned must not linger in the manifest.
            let planned = Set(plan.entries.map(\.path))
            outputs = outputs.filter { planned.contains($0.key) }
        }
        return Work(items: items, kept: kept, outputs: outputs, readers: readers)
    }

    /// Renders `work` on every core into `sink`, noting each file's links and problems.
    private func render(_ work: [(entry: SitePlan.Entry, inputs: UInt64)], prepared: PreparedSite, content: ContentDirectory,
                        sink: any OutputSink, _ run: BuildRun) -> [Rendered] {
        let environment = prepared.environment, plan = prepared.plan
        let renderer = PageRenderer(environment: environment)
        let progress = BuildProgress(total: work.count, report: options.progress)
        // Pages written to disk are read back only if a link points into them; pages that are not
        // written keep their ids here.
        let declaresIds = !(sink is StagedOutput)
        defer { environment.finishedRendering() }
        let log = run.log
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

    /// Links to `#fragment`s that no page has.
    private func checkAnchors(_ prepared: PreparedSite, staged: StagedOutput?, _ run: BuildRun) {
        run.log.report(contentsOf: prepared.environment.anchors.problems(readingPagesFrom: staged.map { [$0.stagingPath, $0.directoryPath] } ?? []))
    }

    private func publish(_ staged: StagedOutput, site: SiteState, _ run: BuildRun) -> Bool {
        do {
            let previousFiles = outputListed ? manifest.map { Set($0.outputs.keys) } : nil
            run.report.output = try staged.publish(previousFiles: previousFiles)
            try site.recordOwnership()
            project.forgetSitesWithoutOutput()
            return true
        } catch {
            run.log.error(SourceLocation(path: staged.directory.path), .output(.publishingFailed(reason: error.localizedDescription)))
            manifest = nil
            state = nil
            outputListed = false
            try? FileManager.default.removeItem(atPath: site.cachePath)
            return false
        }
    }

    /// Notes what was published, for the next build: the manifest (saved after the build returns)
    /// and, in a session that keeps state, the site as built.
    private func record(_ rendered: [Rendered], work: Work, prepared: PreparedSite, inputs: Inputs, site: SiteState,
                        staged: StagedOutput) {
        var outputs = work.outputs
        outputs.reserveCapacity(outputs.count + rendered.count)
        for (path, var output) in rendered {
            if output.size < 0, let signature = PosixFiles.signature(site.output + "/" + path) {
                output = BuildManifest.Output(fingerprint: output.fingerprint, written: signature, dependencies: output.dependencies,
                                              diagnostics: output.diagnostics)
            }
            outputs[path] = output
        }
        var next = manifest ?? BuildManifest()
        next.engine = BuildManifest.currentEngine
        next.options = inputs.options
        next.global = prepared.fingerprints.global
        next.counts = prepared.counts
        next.inputs = inputs.manifestInputs
        next.outputs = outputs
        next.loadDiagnostics = prepared.loadDiagnostics
        manifest = next
        outputListed = true
        if keepsState {
            state = State(inputs: inputs, site: prepared.site, environment: prepared.environment, plan: prepared.plan,
                          hashes: prepared.hashes, fingerprints: prepared.fingerprints, newsIndex: prepared.reused?.state.newsIndex,
                          readers: work.readers, loadDiagnostics: prepared.loadDiagnostics, counts: prepared.counts)
        }
        let threadLimit = options.jobs, saved = next
        afterPublishing.async {
            staged.removeReplaced()
            // Without a manifest the next process simply builds everything.
            do {
                let bytes = ParallelMap.$threadLimit.withValue(threadLimit) { saved.serialized() }
                try PosixFiles.write(bytes, to: site.cachePath + ".new")
                if rename(site.cachePath + ".new", site.cachePath) != 0 { throw PosixFiles.failure(site.cachePath) }
            } catch {
                try? FileManager.default.removeItem(atPath: site.cachePath)
            }
        }
    }

    // MARK: Shared by the steps

    /// A build with nothing to do reports what the build that wrote `manifest` found.
    private func reportNothingChanged(_ manifest: BuildManifest, _ run: BuildRun) {
        run.log.report(contentsOf: manifest.loadDiagnostics)
        for output in manifest.outputs.values where !output.diagnostics.isEmpty { run.log.report(contentsOf: output.diagnostics) }
        run.fill(manifest.counts)
        run.report.output = StagedOutput.Summary(written: 0, unchanged: manifest.outputs.count, removed: 0)
        run.report.reusedCount = manifest.outputs.count
    }

    /// The site's language when this build did not load the site (nothing changed, or it failed
    /// early): read from site.yml alone, which costs far less than loading the site.
    private static func language(of root: URL) -> Language {
        SiteConfigFile.read(root: root)?.locale.messages ?? .indonesian
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
