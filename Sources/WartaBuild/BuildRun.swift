import Foundation
import WartaCore

/// One build in progress: the problems found so far and the report they end up in. Each of
/// `BuildSession`'s steps adds to it; `finish()` turns it into the `BuildReport`.
final class BuildRun {
    let log = DiagnosticLog()
    var report = BuildReport(diagnostics: [], output: nil, pageCount: 0, newsCount: 0, programCount: 0, datasetCount: 0, seconds: 0)
    /// The site's language once known (from the loaded site or the session's last build).
    var language: Language?
    private let started = DispatchTime.now()

    init(language: Language?) {
        self.language = language
    }

    func fill(_ counts: BuildManifest.Counts) {
        report.pageCount = counts.pages
        report.newsCount = counts.news
        report.programCount = counts.programs
        report.datasetCount = counts.datasets
    }

    func finish(languageOfProject fallback: () -> Language) -> BuildReport {
        report.diagnostics = log.all
        report.language = language ?? fallback()
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }
}
