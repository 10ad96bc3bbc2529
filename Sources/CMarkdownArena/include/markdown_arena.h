#ifndef WARTA_MARKDOWN_ARENA_H
#define WARTA_MARKDOWN_ARENA_H

#include <stddef.h>

/* The memory cmark parses and renders a document in: carved from one block per thread and given
 * back all at once when the outermost document on that thread ends. The three allocation
 * functions have the shapes of cmark_mem's members; they may only be called between
 * markdown_arena_begin and the matching markdown_arena_end on the same thread. */
void markdown_arena_begin(void);
void markdown_arena_end(void);

void *markdown_arena_calloc(size_t count, size_t size);
void *markdown_arena_realloc(void *pointer, size_t size);
void markdown_arena_free(void *pointer);

#endif
