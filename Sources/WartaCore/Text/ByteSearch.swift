import Foundation

package extension ArraySlice where Element == UInt8 {
    /// Whether `byte` occurs, found with `memchr`: the generic `contains` walks a byte at a time,
    /// and every file and page is searched like this (for a carriage return, for the root marker).
    package func containsByte(_ byte: UInt8) -> Bool {
        withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }
    }
}

package extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `flag` (0 or 1 for a byte, computed without a branch) is 1 for any byte. The flags
    /// of 256 bytes at a time are OR-ed with no branch per byte, a loop the compiler can turn into
    /// vector instructions; whole files and every value of every page are scanned like this.
    @inline(__always)
    package func containsFlagged(_ flag: (UInt8) -> UInt8) -> Bool {
        guard let base = baseAddress else { return false }
        var start = 0
        while start < count {
            let end = Swift.min(start &+ 256, count)
            var flags: UInt8 = 0
            for index in start..<end { flags |= flag(base[index]) }
            if flags != 0 { return true }
            start = end
        }
        return false
    }
}

package extension Array where Element == UInt8 {
    /// Where `pattern` first starts within `range`: each candidate first byte found with `memchr`,
    /// then the rest compared: the standard library's `firstRange(of:)` walks Characters, far
    /// slower on the template scans this serves.
    package func firstOffset(of pattern: StaticString, in range: Range<Int>) -> Int? {
        let length = pattern.utf8CodeUnitCount
        return withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            var start = range.lowerBound
            while start + length <= range.upperBound {
                guard let hit = memchr(base + start, Int32(pattern.utf8Start[0]), range.upperBound - start) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if offset + length > range.upperBound { return nil }
                if memcmp(base + offset, pattern.utf8Start, length) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
    }
}
