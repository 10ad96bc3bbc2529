import Dispatch
import Foundation

/// Maps over a collection on every core, keeping the input order so results stay deterministic.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let workers = min(items.count, 32)
        let chunk = (items.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = worker * chunk
            let end = min(items.count, start + chunk)
            guard start < end else { return }
            for index in start..<end { results.set(index, transform(items[index])) }
        }
        return results.values()
    }

    public static func compactMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R?) -> [R] {
        map(items, transform).compactMap { $0 }
    }
}

/// Storage each worker writes into at its own indexes only, so no lock is needed.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [R] { slots.map { $0! } }
}
