import Foundation

/// What `warta build` and `warta check` are asked to do.
package struct BuildOptions: Sendable {
    /// The project folder, holding `content/` and `templates/`.
    package var root: URL
    /// Where the site is written; nil for `check`, which writes nothing.
    package var output: URL?
    /// Replaces `base_url` from `site.yml`, e.g. for a staging host.
    package var baseURL: String?
    package var includeDrafts: Bool
    /// Threads to build with; nil for one per core. The output is the same for any number.
    package var jobs: Int?
    /// Called from rendering threads with (files done, files planned), for progress bars.
    package var progress: (@Sendable (Int, Int) -> Void)?
    /// How the new site replaces the old (see `StagedOutput`): whole for `warta build`; the
    /// preview publishes file by file, so an edit does not cost a link per unchanged file.
    package var publishing: StagedOutput.Publishing = .wholeSite
    /// How long a build waits for another build of the project to finish before it gives up.
    package var lockWait: Double = 60
    /// Called once when the build starts waiting for another build of the project.
    package var waitingForLock: (@Sendable () -> Void)?
    /// Whether to index the site for its search page with Pagefind, when it is installed (see
    /// `SearchIndexer`). Off by default, so tests and benchmarks build the pages alone; `warta
    /// build` and `warta serve` turn it on.
    package var search: SearchIndexing = .off

    package enum SearchIndexing: Sendable, Equatable {
        case off
        case pagefind
    }

    package init(root: URL, output: URL?, baseURL: String? = nil, includeDrafts: Bool = false, jobs: Int? = nil,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.jobs = jobs
        self.progress = progress
    }
}
