#ifndef RAADSDOC_CLIBDEFLATE_SHIM_H
#define RAADSDOC_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
