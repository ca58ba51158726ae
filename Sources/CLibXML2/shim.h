// Debian's libxml2 headers pull in ICU, whose UErrorCode clashes with Foundation's copy.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void gouji_xmlFree(void *p) { xmlFree(p); }
