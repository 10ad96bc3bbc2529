import Foundation

/// A build as named steps: load content and templates, plan every output file, render the plan
/// in parallel into a staging area, and publish only if nothing went wrong. `warta check` runs the
/// very same steps with output discarded, so the two can never disagree about what is an error.
public enum SiteBuild {
    /// One complete build; `BuildSession` is the entry point for repeated builds of one project.
    public static func run(_ options: BuildOptions) -> BuildReport {
        BuildSession(options: options).build()
    }

    static func runSteps(_ options: BuildOptions) -> BuildReport {
        let started = DispatchTime.now()
        let log = DiagnosticLog()
        var report = BuildReport(diagnostics: [], output: nil, pageCount: 0, newsCount: 0, programCount: 0, datasetCount: 0, seconds: 0)
        func finish() -> BuildReport {
            report.diagnostics = log.all
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return report
        }

        if let output = options.output {
            for problem in OutputLocation.problems(output: output, root: options.root) {
                log.error(SourceLocation(path: output.path), "refusing to write the site here: \(problem)")
            }
            if log.hasErrors { return finish() }
        }

        let content = ContentDirectory(root: options.root.appendingPathComponent("content"), log: log)
        let loaded = ContentLoader(includeDrafts: options.includeDrafts).load(content, log: log)
        let templates = TemplateSet.load(from: options.root.appendingPathComponent("templates"), log: log)
        if let loaded { report.language = MessageLanguage.forSite(loaded.config.language) }
        guard var site = loaded, let templates else { return finish() }
        if let baseURL = options.baseURL {
            site.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }

        let environment = RenderEnvironment(site: site, templates: templates, log: log)
        let plan = SitePlan(site: site, topics: environment.topics, datasetsWithCharts: Set(environment.datasetCharts.keys))
        // Collisions are usually the echo of a duplicate slug already reported; name them only when alone.
        for (path, count) in plan.collisions.sorted(by: { $0.key < $1.key }) where !log.hasErrors {
            log.error(SourceLocation(path: "content"), "\(count) pages would be written to the same file \(path); rename one of them")
        }
        report.pageCount = plan.entries.filter { $0.path.hasSuffix(".html") }.count
        report.newsCount = site.news.count
        report.programCount = site.programs.count
        report.datasetCount = site.datasets.count

        let staged: StagedOutput?
        do {
            staged = try options.output.map { try StagedOutput(directory: $0) }
        } catch {
            log.error(SourceLocation(path: options.output?.path ?? "output"), "cannot prepare the output folder: \(error.localizedDescription)")
            return finish()
        }
        let sink: any OutputSink = staged ?? DiscardingOutput()
        let renderer = PageRenderer(environment: environment)
        let progress = BuildProgress(total: plan.entries.count, report: options.progress)
        _ = ParallelMap.map(plan.entries) { entry -> Bool in
            defer { progress.advance() }
            do {
                switch renderer.render(entry, plan: plan, content: content, log: log) {
                case .bytes(let bytes):
                    if entry.path.hasSuffix("index.html") {
                        environment.anchors.declare(page: String(entry.path.dropLast("index.html".count)), html: bytes)
                    }
                    if entry.path.hasSuffix(".html") { PageSize.check(entry.path, bytes: bytes.count, log: log) }
                    try sink.write(entry.path, bytes: bytes)
                case .copy(let source): try sink.copy(entry.path, from: source)
                }
            } catch {
                log.error(SourceLocation(path: entry.path), "cannot write \(entry.path): \(error.localizedDescription)")
            }
            return true
        }

        log.report(contentsOf: environment.anchors.problems())

        if let staged {
            if log.hasErrors {
                staged.discard()
            } else {
                do {
                    report.output = try staged.publish()
                } catch {
                    log.error(SourceLocation(path: staged.directory.path), "publishing failed: \(error.localizedDescription)")
                }
            }
        }
        return finish()
    }
}
