// libgsf's compound-file (OLE2) reader from memory; only the headers that do not pull in libxml2.
#include <gsf/gsf-utils.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <glib-object.h>

// Swift cannot pass a GsfInfile where its GsfInput parent is expected: the cast macros are C.
static inline GsfInput *gouji_gsf_input(GsfInfile *infile) { return (GsfInput *)infile; }
