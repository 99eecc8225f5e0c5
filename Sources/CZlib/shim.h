#ifndef RAADSDOC_CZLIB_SHIM_H
#define RAADSDOC_CZLIB_SHIM_H
#include <zlib.h>
#endif
