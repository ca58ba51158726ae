#ifndef POPPLER_PAGES_H
#define POPPLER_PAGES_H

// A page's characters and straight lines, in one pass of poppler over its content.
// Coordinates are points from the top left of the page as displayed (rotation applied).

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One character as poppler's text device has it, in the order the page draws them.
typedef struct {
    uint32_t unicode;
    double x0, y0, x1, y1;
    double font_size;
} PopplerPagesGlyph;

/// A straight stroke from (x0, y0) to (x1, y1); or, with `filled` set, a filled shape whose
/// sides are all level or plumb, as its bounding box.
typedef struct {
    double x0, y0, x1, y1;
    /// 0 (white) to 255 (black), from the paint's colour.
    unsigned char darkness;
    unsigned char filled;
} PopplerPagesSegment;

typedef struct {
    double width, height;
    PopplerPagesGlyph *glyphs;
    size_t glyph_count;
    PopplerPagesSegment *segments;
    size_t segment_count;
} PopplerPagesPage;

typedef enum {
    POPPLER_PAGES_OK = 0,
    POPPLER_PAGES_ENCRYPTED,
    POPPLER_PAGES_DAMAGED,
    POPPLER_PAGES_NO_CATALOG,
    POPPLER_PAGES_UNREADABLE,
    /// The page tree names no such page.
    POPPLER_PAGES_NO_PAGE,
    /// The page's content streams, the forms it draws and the fonts it loads inflate to more than a page may hold.
    POPPLER_PAGES_CONTENT_TOO_LARGE,
    /// The pages read so far, with their forms and fonts, inflate to more than POPPLER_PAGES_DOCUMENT_CONTENT_LIMIT.
    POPPLER_PAGES_DOCUMENT_CONTENT_TOO_LARGE,
    /// The page nests forms (form XObjects, soft masks) more than POPPLER_PAGES_FORM_DEPTH_LIMIT deep.
    POPPLER_PAGES_FORMS_TOO_DEEP,
    /// The page draws forms, and loads their fonts, more than POPPLER_PAGES_PAGE_FORM_LIMIT times.
    POPPLER_PAGES_TOO_MANY_FORMS_ON_PAGE,
    /// The pages read so far draw forms, and load their fonts, more than POPPLER_PAGES_DOCUMENT_FORM_LIMIT times.
    POPPLER_PAGES_TOO_MANY_FORMS_IN_DOCUMENT,
    /// Memory ran out (std::bad_alloc inside poppler).
    POPPLER_PAGES_OUT_OF_MEMORY,
    /// poppler failed with another C++ exception.
    POPPLER_PAGES_FAILED,
} PopplerPagesStatus;

/// The most a page's content streams, the forms it draws and the fonts it loads (their ToUnicode maps, and the
/// programs of Type 1 fonts, which poppler reads whole each time) may inflate to, all together: a report's densest
/// page holds well under a megabyte. Past it poppler would take minutes (a few kilobytes of Flate make tens of
/// megabytes of spaces, and /Contents may name that stream a hundred times).
#define POPPLER_PAGES_CONTENT_LIMIT (64 << 20)
/// The same over the whole document: five hundred pages of a report hold some tens of megabytes.
#define POPPLER_PAGES_DOCUMENT_CONTENT_LIMIT (256 << 20)
/// Forms within forms: a report's pages nest a few (a page wrapped in a form, a seal or a watermark within it).
#define POPPLER_PAGES_FORM_DEPTH_LIMIT 32
/// A form costs poppler little to draw but its fonts are loaded anew each time it is drawn: forms that each draw
/// the next twice make that cost exponential in a few kilobytes. Each form drawn counts one, and one more for each
/// font in its resources (as does each font a page loads); a report's page draws a handful.
#define POPPLER_PAGES_PAGE_FORM_LIMIT 4096
/// The same count over the whole document, so that five hundred pages at the page's limit cannot take minutes.
#define POPPLER_PAGES_DOCUMENT_FORM_LIMIT 32768

typedef struct PopplerPagesDocument PopplerPagesDocument;

// No C++ exception leaves these functions: each is caught and becomes a status.

/// Opens a PDF from bytes that must outlive the document; NULL, with `status` saying why, if
/// poppler cannot.
PopplerPagesDocument *poppler_pages_open(const char *bytes, size_t length, PopplerPagesStatus *status);
void poppler_pages_close(PopplerPagesDocument *document);
/// The number of pages, or -1 if poppler failed to count them.
int poppler_pages_count(PopplerPagesDocument *document);

/// Reads page `index` (0-based) into `page`, which is left empty unless the status is OK; free it with
/// poppler_pages_free either way.
PopplerPagesStatus poppler_pages_read(PopplerPagesDocument *document, int index, PopplerPagesPage *page);
void poppler_pages_free(PopplerPagesPage page);

/// How many errors poppler reported reading the document so far (syntax errors, where its output "will
/// probably be incorrect", and failures to read), opening it and reading its pages; `first` is set to the
/// first one's message, valid while the document is open, or NULL.
size_t poppler_pages_errors(PopplerPagesDocument *document, const char **first);

/// The Title of the document's information dictionary as code points, in `*unicode`, which the
/// caller frees with free(); returns their count, 0 (and NULL) when there is none.
size_t poppler_pages_title(PopplerPagesDocument *document, uint32_t **unicode);

/// A page rendered as 8-bit grey, one byte a pixel (0 black, 255 white), rows top to bottom.
typedef struct {
    int width, height;
    unsigned char *pixels;
} PopplerPagesBitmap;

/// Page `index` (0-based) rendered at `dpi` as displayed (rotation applied), with red ink (a
/// seal) turned white; empty (NULL pixels) if poppler cannot render it. Free it with
/// poppler_pages_free_bitmap.
PopplerPagesBitmap poppler_pages_render_gray(PopplerPagesDocument *document, int index, double dpi);
void poppler_pages_free_bitmap(PopplerPagesBitmap bitmap);

#ifdef __cplusplus
}
#endif

#endif
