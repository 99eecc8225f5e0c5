#ifndef RAADSDOC_CCMARK_SHIM_H
#define RAADSDOC_CCMARK_SHIM_H
#include <cmark.h>
#endif
