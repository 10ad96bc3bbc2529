import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory cmark parses and renders a document in: carved from one block per thread and given
/// back all at once when the document is done.
///
/// cmark makes a few hundred small allocations per article (a node, a buffer for each paragraph and
/// each string it copies) and frees every one again. Through malloc that was about a twentieth of a
/// build's instructions, and it grows with the heap: on a 100,000-article site glibc's search for a
/// free chunk took twice its share of a 10,000-article build. Here an allocation moves a cursor.
///
/// cmark's allocator interface has no context pointer, so the arena is found through a per-thread
/// key; it lives as long as its thread and keeps one block sized for the largest document seen (up
/// to `keptCapacity`), so a thread rendering thousands of articles allocates from malloc only
/// for the first few.
final class MarkdownArena {
    /// Size of a block when nothing bigger is needed.
    private static let firstBlockSize = 64 * 1024
    /// A block larger than this (one very long document) is returned once its document is done.
    private static let keptCapacity = 4 * 1024 * 1024
    /// Each allocation is preceded by its size and aligned as malloc's would be.
    private static let headerSize = 16

    private var blocks: [(start: UnsafeMutableRawPointer, size: Int)] = []
    private var cursor: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?
    /// The most recent allocation, which can grow or be given back in place.
    private var last: UnsafeMutableRawPointer?
    /// Documents under way on this thread: a fenced block's renderer may render Markdown of its own
    /// while the article around it is still a tree in this arena.
    private var depth = 0

    deinit {
        for block in blocks { free(block.start) }
    }

    /// Runs `body` with cmark's allocator pointing at this thread's arena; what cmark allocated
    /// there is reclaimed when the outermost document ends, so nothing from it may be kept.
    static func document<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        let arena = current
        arena.depth += 1
        defer {
            arena.depth -= 1
            if arena.depth == 0 { arena.reset() }
        }
        return body(allocator)
    }

    private static var current: MarkdownArena {
        if let stored = pthread_getspecific(threadKey) {
            return Unmanaged<MarkdownArena>.fromOpaque(stored).takeUnretainedValue()
        }
        let arena = MarkdownArena()
        pthread_setspecific(threadKey, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { stored in
            #if canImport(Glibc)
            guard let stored else { return }
            #endif
            Unmanaged<MarkdownArena>.fromOpaque(stored).release()
        }
        precondition(created == 0, "no thread key left for cmark's arena")
        return key
    }()

    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                precondition(!overflow, "cmark asked for more memory than exists")
                return MarkdownArena.current.allocate(bytes, zeroed: true)
            },
            realloc: { pointer, size in MarkdownArena.current.reallocate(pointer, to: size) },
            free: { pointer in MarkdownArena.current.release(pointer) }))
        return memory
    }()

    private static func rounded(_ size: Int) -> Int { (size + 15) & ~15 }

    private func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer {
        let needed = Self.headerSize + Self.rounded(size)
        if cursor == nil || end! - cursor! < needed { addBlock(holding: needed) }
        let header = cursor!
        header.storeBytes(of: size, as: Int.self)
        let pointer = header + Self.headerSize
        cursor = header + needed
        last = pointer
        if zeroed { memset(pointer, 0, size) }
        return pointer
    }

    private func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(size, zeroed: false) }
        let header = pointer - Self.headerSize
        let oldSize = header.load(as: Int.self)
        if pointer == last, end! - pointer >= Self.rounded(size) {
            header.storeBytes(of: size, as: Int.self)
            cursor = pointer + Self.rounded(size)
            return pointer
        }
        if size <= oldSize { return pointer }
        let moved = allocate(size, zeroed: false)
        moved.copyMemory(from: pointer, byteCount: oldSize)
        return moved
    }

    /// Only the most recent allocation is really given back; the rest waits for the document's end.
    private func release(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer, pointer == last else { return }
        cursor = pointer - Self.headerSize
        last = nil
    }

    private func addBlock(holding needed: Int) {
        let size = max(needed, blocks.last.map { $0.size * 2 } ?? Self.firstBlockSize)
        guard let start = malloc(size) else { fatalError("out of memory while parsing Markdown") }
        blocks.append((start, size))
        cursor = start
        end = start + size
    }

    /// Keeps one block as large as everything this document used (so the next one of its size fits
    /// in it), unless that would hold on to more than `keptCapacity`.
    private func reset() {
        last = nil
        guard blocks.count > 1 || (blocks.first?.size ?? 0) > Self.keptCapacity else {
            cursor = blocks.first?.start
            return
        }
        let used = blocks.reduce(0) { $0 + $1.size }
        for block in blocks { free(block.start) }
        blocks = []
        cursor = nil
        end = nil
        if used <= Self.keptCapacity { addBlock(holding: used) }
    }
}
