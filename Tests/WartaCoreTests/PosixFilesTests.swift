import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct PosixFilesTests {
    /// Sizes around the read's one spare byte and the 4 KiB pieces: every byte comes back, and
    /// nothing more.
    @Test func readsEveryByteOfFilesOfAnySize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warta-posix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [0, 1, 2, 4095, 4096, 4097, 100_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            let path = folder.appendingPathComponent("\(size).bin").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let read = try #require(PosixFiles.readWithSignature(path))
            #expect(read.bytes == bytes, "size \(size)")
            #expect(PosixFiles.contentsEqual(path, bytes))
        }
        #expect(PosixFiles.read(folder.appendingPathComponent("missing").path) == nil)
    }
}
