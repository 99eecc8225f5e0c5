#ifndef RAADSDOC_CLIBXML2_SHIM_H
#define RAADSDOC_CLIBXML2_SHIM_H
/* Foundation and libxml2 both pull in ICU headers with clashing definitions
   ("UErrorCode has different definitions"); we never need libxml2's ICU API. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 does not let us call
   as it is. */
static inline void raadsdoc_xml_free(void *pointer) {
    xmlFree(pointer);
}
#endif
