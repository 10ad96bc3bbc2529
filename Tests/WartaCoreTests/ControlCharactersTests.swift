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

@Suite struct ControlCharactersTests {
    /// Every byte value at every position of short texts, and around the edges of the chunks the
    /// scan ORs its flags over (256 bytes): it finds exactly the bytes the byte-at-a-time rule finds.
    @Test func theScanFindsEveryControlCharacterWherever() {
        var cases = (1...19).flatMap { length in (0..<length).map { (length, $0) } }
        for length in [255, 256, 257, 520] {
            cases += [0, 1, 254, 255, 256, 257, 511, 512, length - 1].filter { $0 < length }.map { (length, $0) }
        }
        for (length, position) in cases {
            for byte in UInt8(0)...UInt8(0xFF) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                bytes[position] = byte
                let expected = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
                #expect(bytes.withUnsafeBufferPointer(ControlCharacters.containsReplaced) == expected,
                        "byte \(byte) at \(position) of \(length)")
            }
        }
    }

    @Test func replacedByTheReplacementCharacter() {
        #expect(ControlCharacters.replaced(in: "judul\u{1}\tberita\n") == "judul\u{FFFD}\tberita\n")
        #expect(ControlCharacters.replaced(in: "Rp 1.000 – é\r\n") == "Rp 1.000 – é\r\n")
        #expect(ControlCharacters.replaced(in: "0123456789abcdef\u{7}") == "0123456789abcdef\u{FFFD}")
    }
}
