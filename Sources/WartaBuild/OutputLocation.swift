import Foundation
import WartaCore
import WartaLoad
import WartaRender
import WartaModel

/// Decides whether a folder may be used as the build's output, before anything is written.
///
/// Publishing removes files that the new site no longer has, so pointing the output at the wrong
/// folder could delete someone's work. Warta refuses the obvious mistakes and any existing folder
/// it did not create itself (recorded in the project's state folder, `SiteState.ownsOutput`).
package enum OutputLocation {
    package static func problems(output: URL, root: URL, site: SiteState) -> [OutputMessage.Refusal] {
        let out = canonical(output)
        let project = canonical(root)
        let home = canonical(FileManager.default.homeDirectoryForCurrentUser)
        var problems: [OutputMessage.Refusal] = []
        if out == "/" { problems.append(.fileSystemRoot) }
        if out == home { problems.append(.homeFolder) }
        if out == project || isInside(project, out) {
            problems.append(.projectFolder)
        }
        for protected in [ContentLayout.contentFolder, ContentLayout.templatesFolder, ProjectState.folderName] {
            let folder = canonical(root.appendingPathComponent(protected))
            if out == folder || isInside(out, folder) || isInside(folder, out) {
                problems.append(.protectedFolder(protected))
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                problems.append(.isAFile(path: output.path))
            } else if let entries = try? FileManager.default.contentsOfDirectory(atPath: out),
                      !entries.isEmpty, !site.ownsOutput {
                problems.append(.foreignFiles(path: output.path))
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
