import Foundation

extension ArraySlice where Element == UInt8 {
    /// Whether `byte` occurs, found with `memchr`: the generic `contains` walks a byte at a time,
    /// and every file and page is searched like this (for a carriage return, for the root marker).
    func containsByte(_ byte: UInt8) -> Bool {
        withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }
    }
}
