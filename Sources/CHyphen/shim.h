#ifndef RAADSDOC_CHYPHEN_SHIM_H
#define RAADSDOC_CHYPHEN_SHIM_H
/* libhyphen (Debian's libhyphen-dev) ships no pkg-config file, so the
   header is found on the default include path and the modulemap links
   "hyphen" itself. */
#include <hyphen.h>
#endif
