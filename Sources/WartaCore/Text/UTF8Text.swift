/// Strings made from UTF-8 bytes that are nearly all ASCII: every content file and every article's
/// HTML.
///
/// The standard library checks a buffer for ASCII eight bytes at a time, but a single other byte
/// anywhere (an em dash, a curly quote from cmark's smart punctuation) sends it through the whole
/// buffer a byte at a time, a visible share of a large build. Here the ASCII runs
/// are found a word at a time and taken through that fast path, and only the few non-ASCII runs
/// between them are decoded on their own. A multi-byte sequence never holds an ASCII byte, so the
/// runs split the text where its scalars split and the result is the same string.
package enum UTF8Text {
    /// The bytes Windows editors (Notepad, Excel's "CSV UTF-8") put at the start of a file.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` without a leading byte order mark: the one rule for every file Warta reads.
    package static func droppingByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes
    }

    /// The text, or nil when the bytes are not valid UTF-8.
    package static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        build(bytes) { String(validating: $0, as: UTF8.self) }
    }

    /// The text with each invalid sequence replaced by U+FFFD, as `String(decoding:as:)` does.
    package static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        build(bytes) { String(decoding: $0, as: UTF8.self) }!
    }

    package static func validated(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { validated($0) }
    }

    package static func repaired(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { repaired($0) }
    }

    private static func build(_ bytes: UnsafeBufferPointer<UInt8>, nonASCII decode: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        let count = bytes.count
        var index = asciiRunEnd(base, from: 0, count: count)
        guard index < count else { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(count)
        var asciiStart = 0
        while index < count {
            let runEnd = nonASCIIRunEnd(base, from: index, count: count)
            text += String(decoding: UnsafeBufferPointer(rebasing: bytes[asciiStart..<index]), as: UTF8.self)
            guard let run = decode(UnsafeBufferPointer(rebasing: bytes[index..<runEnd])) else { return nil }
            text += run
            asciiStart = runEnd
            index = asciiRunEnd(base, from: runEnd, count: count)
        }
        text += String(decoding: UnsafeBufferPointer(rebasing: bytes[asciiStart..<count]), as: UTF8.self)
        return text
    }

    private static func asciiRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count,
              UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < count, base[index] < 0x80 { index += 1 }
        return index
    }

    private static func nonASCIIRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index < count, base[index] >= 0x80 { index += 1 }
        return index
    }
}
