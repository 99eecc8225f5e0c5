#ifndef RAADSDOC_CSYNCFS_SHIM_H
#define RAADSDOC_CSYNCFS_SHIM_H
/* syncfs(2) is a GNU extension, which Swift's Glibc module does not declare. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <unistd.h>

static inline int raadsdoc_syncfs(int descriptor) { return syncfs(descriptor); }
#endif
