import Dispatch
import Foundation

/// Maps over a collection on every core, keeping the input order so results stay deterministic.
///
/// Workers take items in small batches from a shared counter rather than fixed slices, so a run of
/// expensive items (long list pages next to each other) does not leave one core idle at the end.
package enum ParallelMap {
    /// At most this many threads for the maps made while it is bound (`warta build --jobs`); nil
    /// means one per core. A task-local rather than a parameter: every step of a build maps, and a
    /// limit set for one build must not reach another running at the same time.
    @TaskLocal package static var threadLimit: Int?

    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let workers = min(items.count, max(1, threadLimit ?? ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let cursor = Cursor(count: items.count, batch: max(1, min(64, items.count / 64)))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let range = cursor.next() {
                for index in range { results.set(index, transform(items[index])) }
            }
        }
        return results.values()
    }
}

/// Hands out consecutive index ranges to whichever worker asks next.
private final class Cursor: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0
    private let count: Int
    private let batch: Int

    package init(count: Int, batch: Int) {
        self.count = count
        self.batch = batch
    }

    package func next() -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard position < count else { return nil }
        let start = position
        position = min(count, start + batch)
        return start..<position
    }
}

/// Storage each worker writes into at its own indexes only, so no lock is needed.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>

    package init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    package func set(_ index: Int, _ value: R) { slots[index] = value }

    package func values() -> [R] { slots.map { $0! } }
}
