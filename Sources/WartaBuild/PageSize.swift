import WartaCore
/// Warns about pages too heavy for the phones on slow mobile data that most readers use.
package enum PageSize {
    /// Far above what any page of a well-kept site needs (the example site's pages are under 40 KB).
    package static let warningBytes = 1_000_000

    package static func check(_ path: String, bytes: Int, log: DiagnosticLog) {
        guard bytes > warningBytes else { return }
        log.warning(SourceLocation(path: path), .output(.pageTooLarge(path: path, kilobytes: bytes / 1000)), hint: .splitLargePage)
    }
}
