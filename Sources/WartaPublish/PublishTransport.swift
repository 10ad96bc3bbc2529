/// What the publisher needs from a target. Paths are relative to the target's folder
/// (`berita/x/index.html`); the transport maps them to the server.
protocol PublishTransport: AnyObject {
    /// The file's bytes, or nil when it does not exist.
    func read(_ path: String) throws(TransportFailure) -> [UInt8]?
    /// The entries of one folder (`""` is the target's own); empty when the folder does not exist.
    func list(_ directory: String) throws(TransportFailure) -> [RemoteEntry]
    /// Puts the local file at `path` whole or not at all: sent under a temporary name, renamed into
    /// place, its modification time set to `modified`. Missing folders are created.
    func upload(from localPath: String, size: Int64, modified: Int64, to path: String,
                progress: (Int64) -> Void) throws(TransportFailure)
    /// The same for bytes in memory (the manifest).
    func write(_ bytes: [UInt8], to path: String) throws(TransportFailure)
    /// Deletes a file; one already gone is no failure.
    func delete(_ path: String) throws(TransportFailure)
    /// Removes a folder if it is empty; one that still holds something stays, silently.
    func removeDirectoryIfEmpty(_ path: String) throws(TransportFailure)
    /// Makes the next operation open a new connection (after a dropped one).
    func reconnect()
}

/// A transport operation that failed: the problem to report, and whether the connection dropped
/// (worth retrying) or the server said no (retrying would not help).
struct TransportFailure: Error {
    let problem: PublishProblem
    let connectionDropped: Bool
}
