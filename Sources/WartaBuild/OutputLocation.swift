import Foundation
import WartaLoad
import WartaRender
import WartaModel

/// Decides whether a folder may be used as the build's output, before anything is written.
///
/// Publishing removes files that the new site no longer has, so pointing the output at the wrong
/// folder could delete someone's work. Warta refuses the obvious mistakes and any existing folder
/// it did not create itself (recorded in the project's state folder, `SiteState.ownsOutput`).
package enum OutputLocation {
    package static func problems(output: URL, root: URL, site: SiteState) -> [String] {
        let out = canonical(output)
        let project = canonical(root)
        let home = canonical(FileManager.default.homeDirectoryForCurrentUser)
        var problems: [String] = []
        if out == "/" { problems.append("the output folder cannot be the file system root") }
        if out == home { problems.append("the output folder cannot be your home folder") }
        if out == project || isInside(project, out) {
            problems.append("the output folder cannot be the project folder or contain it")
        }
        for protected in [ContentLayout.contentFolder, ContentLayout.templatesFolder, ProjectState.folderName] {
            let folder = canonical(root.appendingPathComponent(protected))
            if out == folder || isInside(out, folder) || isInside(folder, out) {
                problems.append("the output folder cannot be, contain or sit inside \(protected)/")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                problems.append("\(output.path) exists and is a file, not a folder")
            } else if let entries = try? FileManager.default.contentsOfDirectory(atPath: out),
                      !entries.isEmpty, !site.ownsOutput {
                problems.append("\(output.path) already holds files that Warta did not write; empty it or choose another output folder")
            }
        }
        return problems
    }

    /// The absolute path with symbolic links resolved, so `./output/..` cannot pass for something else.
    package static func canonical(_ url: URL) -> String {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    /// True when `path` lies strictly inside `folder`.
    package static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }
}
