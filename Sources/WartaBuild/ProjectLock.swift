import Foundation
import WartaCore

/// One build of a project at a time: an advisory lock (`flock`) on `ROOT/.warta/lock`, held while
/// a build writes. Two builds started together (a double click, a cron job and a person, `warta
/// serve` and `warta build`) would otherwise publish into one folder at once and leave a site that
/// is neither's. The lock is released when the process ends, however it ends.
package final class ProjectLock: @unchecked Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    package enum Failure: Error, Equatable {
        /// Another build held the lock for the whole wait.
        case stillHeld(seconds: Int)
        /// The lock file could not be made (the project folder is read-only, say).
        case unavailable(path: String, reason: String)
    }

    /// Takes the lock, waiting up to `seconds` for another build to finish; `waiting` is called
    /// once, when the wait begins, so the person at the terminal knows why nothing happens.
    package static func acquire(_ path: String, waitingUpTo seconds: Double,
                                waiting: () -> Void) -> Result<ProjectLock, Failure> {
        do {
            try PosixFiles.makeDirectories(PosixFiles.parent(of: path))
        } catch {
            return .failure(.unavailable(path: path, reason: String(cString: strerror(errno))))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.unavailable(path: path, reason: String(cString: strerror(errno)))) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .success(ProjectLock(descriptor: descriptor)) }
        waiting()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            usleep(50_000)
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .success(ProjectLock(descriptor: descriptor)) }
        }
        close(descriptor)
        return .failure(.stillHeld(seconds: Int(seconds.rounded())))
    }
}
