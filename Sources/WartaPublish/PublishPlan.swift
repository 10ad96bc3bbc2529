/// What a publish will do, in the order it does it. The order never leaves a broken link online:
/// assets (style sheets, scripts, images, downloads) and new pages go first, then changed pages,
/// then the pages that list others (sections, topics, pagination, feed, sitemap) and the home
/// page last of the uploads; deletions come after every page that linked to them was replaced,
/// emptied folders after that, and the manifest is written last.
package struct PublishPlan: Sendable {
    package enum Stage: Int, Sendable, Comparable {
        case asset, newPage, changedPage, listPage, homePage, deletion, folderRemoval

        package static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package struct Step: Sendable, Equatable {
        package enum Action: Sendable, Equatable {
            case upload(isNew: Bool)
            case delete
            case removeFolder
        }

        package let action: Action
        /// Relative to the site folder and the target (`berita/x/index.html`, a folder `berita/x`).
        package let path: String
        /// Bytes to send (0 for deletions).
        package let size: Int64
        package let stage: Stage
    }

    package let target: PublishTarget
    package let siteFolder: String
    package let steps: [Step]
    /// Warnings met while planning (unencrypted FTP, a stale manifest, foreign files kept).
    package let problems: [PublishProblem]
    /// Files the target already holds as they are.
    package let unchangedCount: Int

    /// The manifest as the target stands before the first step: every file known to be there.
    let startingManifest: PublishManifest
    /// Whether the manifest must be written even if no step runs (it was missing, stale, or
    /// modification times changed without the content changing).
    let manifestOutdated: Bool

    package var uploadCount: Int { steps.count { if case .upload = $0.action { true } else { false } } }
    package var deletionCount: Int { steps.count { $0.action == .delete } }
    package var uploadBytes: Int64 { steps.reduce(0) { $0 + $1.size } }
    package var isEmpty: Bool { steps.isEmpty && !manifestOutdated }

    /// The stage a file's upload belongs to, from Warta's URL layout.
    static func stage(uploading path: String, isNew: Bool) -> Stage {
        if path == "index.html" { return .homePage }
        if isListing(path) { return .listPage }
        if path.hasSuffix(".html") || path.hasSuffix(".htm") { return isNew ? .newPage : .changedPage }
        return .asset
    }

    /// Pages whose content is a list of other pages: a section's first page (`berita/index.html`),
    /// every numbered page after it (`…/halaman/2/`), topic pages, the feed and the sitemaps.
    static func isListing(_ path: String) -> Bool {
        if path == "feed.xml" || (path.hasPrefix("sitemap") && path.hasSuffix(".xml") && !path.contains("/")) { return true }
        guard path.hasSuffix("index.html") else { return false }
        if path.contains("/halaman/") || path.hasPrefix("topik/") { return true }
        return path.split(separator: "/").count == 2
    }

    /// Sorts steps into publishing order. Within the list pages, new ones come first (a changed
    /// page 4 may link to a new page 5) and deeper ones before shallower; folders are removed
    /// deepest first.
    static func ordered(_ steps: [Step]) -> [Step] {
        steps.sorted { a, b in
            if a.stage != b.stage { return a.stage < b.stage }
            switch a.stage {
            case .listPage:
                let aNew = a.action == .upload(isNew: true), bNew = b.action == .upload(isNew: true)
                if aNew != bNew { return aNew }
                let aDepth = a.path.count { $0 == "/" }, bDepth = b.path.count { $0 == "/" }
                if aDepth != bDepth { return aDepth > bDepth }
            case .folderRemoval:
                let aDepth = a.path.count { $0 == "/" }, bDepth = b.path.count { $0 == "/" }
                if aDepth != bDepth { return aDepth > bDepth }
            default: break
            }
            return a.path < b.path
        }
    }

    /// The plan as text, for `--dry-run`: one line per step, then a summary, Indonesian with English.
    package func rendered() -> String {
        var lines = ["Rencana publikasi ke \(target) / Publish plan for \(target)"]
        for step in steps {
            switch step.action {
            case .upload(let isNew):
                let label = isNew ? "unggah baru / upload new  " : "unggah ubah / upload changed"
                lines.append("  \(label)  \(step.path) (\(NumberText.indonesian(step.size)) bita / bytes)")
            case .delete:
                lines.append("  hapus / delete               \(step.path)")
            case .removeFolder:
                lines.append("  hapus folder / remove folder \(step.path)/")
            }
        }
        if !steps.isEmpty || manifestOutdated {
            lines.append("  tulis catatan / write record  \(RemotePaths.manifest)")
        }
        let bytes = uploadBytes
        lines.append("\(NumberText.indonesian(uploadCount)) berkas diunggah (\(NumberText.indonesian(bytes)) bita), "
            + "\(NumberText.indonesian(deletionCount)) dihapus, \(NumberText.indonesian(unchangedCount)) tidak berubah / "
            + "\(NumberText.english(uploadCount)) files to upload (\(NumberText.english(bytes)) bytes), "
            + "\(NumberText.english(deletionCount)) to delete, \(NumberText.english(unchangedCount)) unchanged")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Whole numbers grouped by thousands: `11.314` in Indonesian, `11,314` in English.
enum NumberText {
    static func indonesian(_ value: some BinaryInteger) -> String { grouped(value, separator: ".") }
    static func english(_ value: some BinaryInteger) -> String { grouped(value, separator: ",") }

    private static func grouped(_ value: some BinaryInteger, separator: Character) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
