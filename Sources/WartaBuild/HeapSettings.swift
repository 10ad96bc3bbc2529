import CMalloc

/// How the process's `malloc` serves a build.
///
/// glibc raises its mmap threshold to the size of the largest mapped block freed so far. After the
/// first multi-megabyte buffer (a sitemap, a feed) is freed, every page buffer below that size is
/// carved out of the heap between the cards and models that live for the whole build, and its
/// space is never given back: on the 30,000-article benchmark that was a fifth of the peak memory.
/// A fixed threshold keeps such buffers in mappings of their own, returned when freed.
package enum HeapSettings {
    package static let applied: Void = {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }()
}
