/// A 64-bit hash that is the same in every process, for fingerprints kept between builds (Swift's
/// `Hasher` is seeded per process). Not cryptographic: it tells whether inputs changed, it does not
/// defend against anyone. Bytes are mixed eight at a time, so hashing a file costs far less than
/// reading it.
package struct StableHasher {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    private static let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    package init() {}

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* Self.k1
        a = (a << 31) | (a >> 33)
        b = (b &+ word) &* Self.k2
        b = (b << 27) | (b >> 37)
        b ^= a
    }

    package mutating func combine(bytes: UnsafeRawBufferPointer) {
        var index = 0
        let count = bytes.count
        length &+= UInt64(count)
        mix(UInt64(count))
        while index + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail ^ 0xFF)
    }

    package mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(bytes: $0) }
    }

    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    package mutating func combine(_ text: String?) {
        if let text { mix(1); combine(text) } else { mix(0) }
    }

    package mutating func combine(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }
    package mutating func combine(_ value: Int64) { mix(UInt64(bitPattern: value)) }
    package mutating func combine(_ value: UInt64) { mix(value) }
    package mutating func combine(_ value: Bool) { mix(value ? 3 : 2) }

    package func finalize() -> UInt64 {
        var h = a ^ (b &* Self.k1) ^ length
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }
}
