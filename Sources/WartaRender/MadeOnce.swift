import Foundation

/// Values made on first use by whichever rendering thread needs them, then shared by all. Two
/// threads may make the same value at the same moment; both make equal values and one is kept.
///
/// With a `limit`, the values made longest ago are forgotten beyond it, and made again if asked
/// for again: memory stays bounded however large the site, and pages rendered in an order that
/// asks for the same values close together rarely make one twice.
package final class MadeOnce<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int?
    /// Keys in the order their values were made, from `oldest` on.
    private var made: [Key] = []
    private var oldest = 0

    package init(limit: Int? = nil) {
        self.limit = limit
    }

    package func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] { lock.unlock(); return value }
        lock.unlock()
        let value = make()
        lock.lock()
        defer { lock.unlock() }
        guard values.updateValue(value, forKey: key) == nil, let limit else { return value }
        made.append(key)
        while values.count > limit {
            values[made[oldest]] = nil
            oldest += 1
        }
        if oldest > limit {
            made.removeFirst(oldest)
            oldest = 0
        }
        return value
    }

    /// Forgets every value, to free its memory.
    package func removeAll() {
        lock.lock(); defer { lock.unlock() }
        values = [:]
        made = []
        oldest = 0
    }
}
