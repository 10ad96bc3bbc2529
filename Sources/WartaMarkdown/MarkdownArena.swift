import CCmark
import CMarkdownArena

/// The memory cmark parses and renders a document in (the `CMarkdownArena` target): carved from
/// one block per thread and given back all at once when the document is done.
///
/// cmark makes a few hundred small allocations per article (a node, a buffer for each paragraph and
/// each string it copies) and frees every one again. Through malloc that is a visible share of a
/// build, and it grows with the heap (glibc's search for a free chunk). In the arena an allocation
/// moves a cursor (figures in docs/performance.md). Each thread keeps one block sized for the largest document seen (up to 4 MiB), so a
/// thread rendering thousands of articles allocates from malloc only for the first few.
package enum MarkdownArena {
    /// Runs `body` with cmark's allocator pointing at this thread's arena; what cmark allocated
    /// there is reclaimed when the outermost document ends, so nothing from it may be kept.
    package static func document<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        markdown_arena_begin()
        defer { markdown_arena_end() }
        return body(allocator)
    }

    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: markdown_arena_calloc, realloc: markdown_arena_realloc, free: markdown_arena_free))
        return memory
    }()
}
