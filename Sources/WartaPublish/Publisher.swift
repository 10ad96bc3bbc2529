import Foundation

/// Publishes a built site folder to a target: `plan(siteFolder:)` compares the folder with what
/// the target holds and orders the work, `run(_:progress:)` does it over one connection, retrying
/// a dropped one and keeping the target's manifest current so an interrupted publish resumes.
package final class Publisher {
    package let target: PublishTarget
    package let options: PublishOptions
    private var transport: PublishTransport?

    package init(target: PublishTarget, options: PublishOptions = .standard()) {
        self.target = target
        self.options = options
    }

    private func connection() throws(PublishProblem) -> PublishTransport {
        if let transport { return transport }
        let made: PublishTransport = target.scheme == .file
            ? FolderTransport(root: target.path)
            : try CurlTransport(target: target, options: options)
        transport = made
        return made
    }

    // MARK: Planning

    /// What publishing `siteFolder` would change on the target. Connects (and so checks the
    /// host key and the login) but changes nothing.
    package func plan(siteFolder: String) throws(PublishProblem) -> PublishPlan {
        let folder = siteFolder.hasSuffix("/") && siteFolder.count > 1 ? String(siteFolder.dropLast()) : siteFolder
        let files = try SiteFile.scan(folder)
        if let unsafe = files.first(where: { !RemotePaths.isSafe($0.path) }) { throw .unpublishableName(path: unsafe.path) }
        let transport = try connection()
        var problems: [PublishProblem] = target.scheme == .ftp ? [.unencryptedFTP(host: target.hostLabel)] : []

        var known: [String: PublishManifest.Entry] = [:]
        var listed: [String: RemoteEntry]?
        var partials: [String] = []
        var outdated = false
        let stored = try attempt { () throws(TransportFailure) in try transport.read(RemotePaths.manifest) }
        if let stored, let manifest = PublishManifest.decode(stored) {
            let root = try attempt { () throws(TransportFailure) in try transport.list("") }
            partials = root.filter { !$0.isDirectory && RemotePaths.isPartialUpload($0.name) }.map(\.name)
            if Self.matches(manifest, root: root) {
                known = manifest.files
            } else {
                problems.append(.manifestStale(path: RemotePaths.manifest))
                let listing = try listAll(transport, partials: &partials)
                // A file whose size still agrees keeps the manifest's hash; the rest is judged by size and time.
                for (path, entry) in manifest.files where listing[path]?.size == entry.size { known[path] = entry }
                listed = listing
                outdated = true
            }
        } else {
            if stored != nil { problems.append(.manifestUnreadable(path: RemotePaths.manifest)) }
            listed = try listAll(transport, partials: &partials)
            outdated = true
        }

        var steps: [PublishPlan.Step] = []
        var starting = PublishManifest()
        var unchanged = 0
        var local = Set<String>()
        for file in files {
            local.insert(file.path)
            let absolute = folder + "/" + file.path
            if let entry = known[file.path] {
                if entry.size == file.size && entry.modified == file.modified {
                    starting.files[file.path] = entry
                    unchanged += 1
                    continue
                }
                // Rebuilt with the same bytes: nothing to send, only the recorded time moves.
                if entry.size == file.size, try SiteFile.hash(absolute) == entry.sha256 {
                    starting.files[file.path] = .init(size: file.size, modified: file.modified, sha256: entry.sha256)
                    outdated = true
                    unchanged += 1
                    continue
                }
                starting.files[file.path] = entry
                steps.append(.init(action: .upload(isNew: false), path: file.path, size: file.size,
                                   stage: PublishPlan.stage(uploading: file.path, isNew: false)))
            } else if let remote = listed?[file.path], !remote.isDirectory {
                if remote.size == file.size && remote.mayHaveBeenModified(at: file.modified / 1_000_000_000) {
                    starting.files[file.path] = .init(size: file.size, modified: file.modified, sha256: try SiteFile.hash(absolute))
                    unchanged += 1
                    continue
                }
                steps.append(.init(action: .upload(isNew: false), path: file.path, size: file.size,
                                   stage: PublishPlan.stage(uploading: file.path, isNew: false)))
            } else {
                steps.append(.init(action: .upload(isNew: true), path: file.path, size: file.size,
                                   stage: PublishPlan.stage(uploading: file.path, isNew: true)))
            }
        }

        // Only what Warta put there (the manifest says so) or its own leftovers are deleted.
        var deleted: [String] = []
        for (path, entry) in known where !local.contains(path) {
            starting.files[path] = entry
            deleted.append(path)
        }
        deleted += partials
        let foreign = (listed ?? [:]).filter { !$0.value.isDirectory && known[$0.key] == nil && !local.contains($0.key) }.keys.sorted()
        if !foreign.isEmpty {
            problems.append(.foreignFilesKept(count: foreign.count, examples: Array(foreign.prefix(3))))
        }
        var occupied = Set<String>()
        for path in local.union(foreign) { for parent in RemotePaths.parents(of: path) { occupied.insert(parent) } }
        var emptied = Set<String>()
        for path in deleted {
            steps.append(.init(action: .delete, path: path, size: 0, stage: .deletion))
            for parent in RemotePaths.parents(of: path) where !occupied.contains(parent) { emptied.insert(parent) }
        }
        for folderPath in emptied { steps.append(.init(action: .removeFolder, path: folderPath, size: 0, stage: .folderRemoval)) }

        return PublishPlan(target: target, siteFolder: folder, steps: PublishPlan.ordered(steps), problems: problems,
                           unchangedCount: unchanged, startingManifest: starting, manifestOutdated: outdated)
    }

    /// Whether the target's top folder still holds the manifest's top-level files at their
    /// recorded sizes: a cheap sign that nobody replaced the site by other means.
    private static func matches(_ manifest: PublishManifest, root: [RemoteEntry]) -> Bool {
        var sizes: [String: Int64] = [:]
        for entry in root where !entry.isDirectory { sizes[entry.name] = entry.size }
        for (path, entry) in manifest.files where !path.contains("/") {
            guard sizes[path] == entry.size else { return false }
        }
        return true
    }

    /// Every file under the target, by path; Warta's leftover partial uploads go to `partials`.
    private func listAll(_ transport: PublishTransport, partials: inout [String]) throws(PublishProblem) -> [String: RemoteEntry] {
        var files: [String: RemoteEntry] = [:]
        var folders = [""]
        var partialSet = Set(partials)
        while let folderPath = folders.popLast() {
            let entries = try attempt { () throws(TransportFailure) in try transport.list(folderPath) }
            for entry in entries {
                let path = folderPath.isEmpty ? entry.name : folderPath + "/" + entry.name
                if entry.isDirectory {
                    folders.append(path)
                } else if RemotePaths.isPartialUpload(entry.name) {
                    partialSet.insert(path)
                } else if path != RemotePaths.manifest {
                    files[path] = entry
                }
            }
        }
        partials = partialSet.sorted()
        return files
    }

    private func attempt<T>(_ operation: () throws(TransportFailure) -> T) throws(PublishProblem) -> T {
        do {
            return try operation()
        } catch {
            throw error.problem
        }
    }

    // MARK: Running

    /// Carries out the plan in its order. After a dropped connection the step is tried again
    /// (with a growing pause, `options.retries` times); when the connection stays down the run
    /// stops with `.connectionLost`, and the manifest already on the target lets the next run
    /// send only what is still missing.
    package func run(_ plan: PublishPlan, progress: (PublishProgress) -> Void = { _ in }) throws(PublishProblem) -> PublishSummary {
        let transport = try connection()
        let started = Date()
        var manifest = plan.startingManifest
        var dirty = plan.manifestOutdated
        var sinceRecord = 0
        var uploaded = 0, deleted = 0, removed = 0, retries = 0
        var bytesDone: Int64 = 0
        let total = plan.uploadBytes
        let count = plan.steps.count

        func retrying<T>(_ index: Int, _ step: PublishPlan.Step?, _ operation: () throws(TransportFailure) -> T) throws(PublishProblem) -> T {
            var delay = options.retryDelay
            var attempt = 0
            while true {
                do {
                    return try operation()
                } catch {
                    guard error.connectionDropped, attempt < options.retries else {
                        guard error.connectionDropped, case .connectionFailed(_, let detail) = error.problem else { throw error.problem }
                        throw .connectionLost(host: target.hostLabel, completed: index, total: count, attempts: attempt + 1, detail: detail)
                    }
                    attempt += 1
                    retries += 1
                    progress(PublishProgress(index: index, count: count, step: step, phase: .retrying(attempt: attempt, afterSeconds: delay),
                                             bytesDone: bytesDone, bytesTotal: total))
                    Thread.sleep(forTimeInterval: delay)
                    delay *= 2
                    transport.reconnect()
                }
            }
        }

        func record(_ index: Int) throws(PublishProblem) {
            let bytes = manifest.encoded()
            try retrying(index, nil) { () throws(TransportFailure) in try transport.write(bytes, to: RemotePaths.manifest) }
            dirty = false
            sinceRecord = 0
            progress(PublishProgress(index: index, count: count, step: nil, phase: .recorded, bytesDone: bytesDone, bytesTotal: total))
        }

        for (index, step) in plan.steps.enumerated() {
            progress(PublishProgress(index: index, count: count, step: step, phase: .started, bytesDone: bytesDone, bytesTotal: total))
            switch step.action {
            case .upload:
                let absolute = plan.siteFolder + "/" + step.path
                var info = stat()
                guard stat(absolute, &info) == 0 else {
                    throw .siteFolderUnreadable(path: absolute, reason: String(cString: strerror(errno)))
                }
                let entry = PublishManifest.Entry(size: Int64(info.st_size), modified: SiteFile.nanoseconds(info.st_mtim),
                                                  sha256: try SiteFile.hash(absolute))
                let before = bytesDone
                try retrying(index, step) { () throws(TransportFailure) in
                    try transport.upload(from: absolute, size: entry.size, modified: entry.modified / 1_000_000_000, to: step.path) { sent in
                        progress(PublishProgress(index: index, count: count, step: step, phase: .sending(bytes: sent),
                                                 bytesDone: before + sent, bytesTotal: total))
                    }
                }
                bytesDone = before + entry.size
                manifest.files[step.path] = entry
                uploaded += 1
            case .delete:
                try retrying(index, step) { () throws(TransportFailure) in try transport.delete(step.path) }
                manifest.files[step.path] = nil
                deleted += 1
            case .removeFolder:
                try retrying(index, step) { () throws(TransportFailure) in try transport.removeDirectoryIfEmpty(step.path) }
                removed += 1
            }
            dirty = true
            sinceRecord += 1
            progress(PublishProgress(index: index, count: count, step: step, phase: .finished, bytesDone: bytesDone, bytesTotal: total))
            if sinceRecord >= options.checkpointSteps && index < count - 1 { try record(index + 1) }
        }
        if dirty { try record(count) }
        return PublishSummary(uploaded: uploaded, deleted: deleted, foldersRemoved: removed, bytes: bytesDone,
                              seconds: Date().timeIntervalSince(started), retries: retries, problems: plan.problems)
    }
}
