import Foundation
import WartaCore

/// Where rendered files go. `check` uses `DiscardingOutput`; `build` a `StagedOutput`.
package protocol OutputSink: Sendable {
    /// Returns the size, dates and inode the file will have once published, when it is on disk.
    @discardableResult func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature?
    @discardableResult func copy(_ path: String, from source: URL) throws -> PosixFiles.Signature?
}
