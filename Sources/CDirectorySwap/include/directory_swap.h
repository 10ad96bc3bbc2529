#ifndef WARTA_DIRECTORY_SWAP_H
#define WARTA_DIRECTORY_SWAP_H

/// Exchanges two paths on one file system in a single step (Linux renameat2 with RENAME_EXCHANGE),
/// so that a reader sees either the old folder or the new one, never a mix and never neither.
/// Returns 0, or -1 with errno set (EINVAL, ENOSYS or EOPNOTSUPP where the file system or kernel
/// cannot exchange; EXDEV across file systems). Elsewhere than Linux it always fails with ENOSYS.
int warta_exchange_paths(const char *first, const char *second);

#endif
