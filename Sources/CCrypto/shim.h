#ifndef RAADSDOC_CCRYPTO_SHIM_H
#define RAADSDOC_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
