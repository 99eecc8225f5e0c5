#ifndef RAADSDOC_CCRYPTO_SHIM_H
#define RAADSDOC_CCRYPTO_SHIM_H
/* SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP,
   but EVP's first digest loads the default provider: about 5 million
   instructions, a tenth of a `raadsdoc check`. The low-level functions
   compute the same digest without it. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#endif
