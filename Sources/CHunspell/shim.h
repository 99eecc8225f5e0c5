#ifndef RAADSDOC_CHUNSPELL_SHIM_H
#define RAADSDOC_CHUNSPELL_SHIM_H
/* Only hunspell's C API; the C++ headers next to it are not for Swift. */
#include <hunspell/hunspell.h>
#endif
