/* Why C: cmark's allocator interface passes no context, so each of its few hundred allocations per
 * article must find the thread's arena by itself. A C thread-local is one instruction away; the
 * Swift version reached it through pthread_getspecific and Swift's own calling overhead, which
 * made the arena cost about 100 instructions a call, 3 % of a whole build. */
#include "markdown_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A block's header; its allocations follow, each preceded by HEADER_SIZE bytes holding its size
 * and aligned as malloc's are. */
struct block {
    struct block *previous;
    size_t size;
};

enum {
    HEADER_SIZE = 16,
    /* Size of a block when nothing bigger is needed. */
    FIRST_BLOCK_SIZE = 64 * 1024,
    /* A block larger than this (one very long document) is returned once its document is done. */
    KEPT_CAPACITY = 4 * 1024 * 1024,
};

_Static_assert(sizeof(struct block) == HEADER_SIZE, "block data must stay 16-byte aligned");

struct arena {
    struct block *newest;
    char *cursor;
    char *end;
    /* The most recent allocation, which can grow or be given back in place. */
    char *last;
    /* Documents under way: a fenced block's renderer may render Markdown of its own while the
     * article around it is still a tree in this arena. */
    int depth;
    int registered;
};

static _Thread_local struct arena current;

static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void free_blocks(struct arena *arena) {
    struct block *block = arena->newest;
    while (block) {
        struct block *previous = block->previous;
        free(block);
        block = previous;
    }
    arena->newest = NULL;
    arena->cursor = arena->end = arena->last = NULL;
}

/* A worker thread that ends gives its blocks back. */
static void thread_ended(void *arena) { free_blocks(arena); }

static void make_exit_key(void) {
    if (pthread_key_create(&exit_key, thread_ended) != 0) {
        fputs("warta: no thread key left for cmark's arena\n", stderr);
        abort();
    }
}

static void fail(const char *what) {
    fprintf(stderr, "warta: %s while parsing Markdown\n", what);
    abort();
}

static char *data_of(struct block *block) { return (char *)block + sizeof(struct block); }

static void add_block(size_t needed) {
    size_t size = current.newest ? current.newest->size * 2 : FIRST_BLOCK_SIZE;
    if (size < needed) size = needed;
    if (size > SIZE_MAX - sizeof(struct block)) fail("out of memory");
    struct block *block = malloc(sizeof(struct block) + size);
    if (!block) fail("out of memory");
    if (!current.registered) {
        pthread_once(&exit_key_once, make_exit_key);
        pthread_setspecific(exit_key, &current);
        current.registered = 1;
    }
    block->previous = current.newest;
    block->size = size;
    current.newest = block;
    current.cursor = data_of(block);
    current.end = current.cursor + size;
}

static size_t rounded(size_t size) {
    if (size > SIZE_MAX - 2 * HEADER_SIZE) fail("an allocation larger than memory");
    return (size + 15) & ~(size_t)15;
}

static void *allocate(size_t size, int zeroed) {
    size_t needed = HEADER_SIZE + rounded(size);
    if (!current.cursor || (size_t)(current.end - current.cursor) < needed) add_block(needed);
    char *header = current.cursor;
    memcpy(header, &size, sizeof size);
    char *pointer = header + HEADER_SIZE;
    current.cursor = header + needed;
    current.last = pointer;
    if (zeroed) memset(pointer, 0, size);
    return pointer;
}

void *markdown_arena_calloc(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes)) fail("an allocation larger than memory");
    return allocate(bytes, 1);
}

void *markdown_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size, 0);
    char *old = pointer;
    size_t old_size;
    memcpy(&old_size, old - HEADER_SIZE, sizeof old_size);
    if (old == current.last && (size_t)(current.end - old) >= rounded(size)) {
        memcpy(old - HEADER_SIZE, &size, sizeof size);
        current.cursor = old + rounded(size);
        return old;
    }
    if (size <= old_size) return old;
    void *moved = allocate(size, 0);
    memcpy(moved, old, old_size);
    return moved;
}

/* Only the most recent allocation is really given back; the rest waits for the document's end. */
void markdown_arena_free(void *pointer) {
    if (!pointer || pointer != current.last) return;
    current.cursor = current.last - HEADER_SIZE;
    current.last = NULL;
}

void markdown_arena_begin(void) { current.depth += 1; }

/* At the outermost document's end, keeps one block as large as everything it used (so the next
 * document of its size fits in it), unless that would hold on to more than KEPT_CAPACITY. */
void markdown_arena_end(void) {
    current.depth -= 1;
    if (current.depth > 0) return;
    current.last = NULL;
    struct block *newest = current.newest;
    if (!newest) return;
    if (!newest->previous && newest->size <= KEPT_CAPACITY) {
        current.cursor = data_of(newest);
        return;
    }
    size_t used = 0;
    for (struct block *block = newest; block; block = block->previous) used += block->size;
    free_blocks(&current);
    if (used <= KEPT_CAPACITY) add_block(used);
}
