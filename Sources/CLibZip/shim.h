#ifndef RAADSDOC_CLIBZIP_SHIM_H
#define RAADSDOC_CLIBZIP_SHIM_H
#include <zip.h>
#endif
