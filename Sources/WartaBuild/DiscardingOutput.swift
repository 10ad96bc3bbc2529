import Foundation
import WartaCore

/// Accepts everything and keeps nothing: `warta check` renders the whole site to find every
/// problem without touching the disk.
package struct DiscardingOutput: OutputSink {
    package init() {}
    package func write(_ path: String, bytes: [UInt8]) throws -> PosixFiles.Signature? { nil }
    package func copy(_ path: String, from source: URL) throws -> PosixFiles.Signature? { nil }
}
