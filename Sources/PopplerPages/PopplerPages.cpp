// A page's characters and the straight lines it draws, in one pass of poppler over the page.
//
// poppler-glib gives characters (it runs poppler's TextOutputDev) but no paths; a second pass
// for the lines costs as much again, most of it poppler loading the page's fonts anew. So
// this reads the page through poppler's own output-device interface (libpoppler-private-dev)
// once: the text goes to a TextOutputDev that keeps the characters in the order the page draws
// them, and the straight pieces of every stroke and fill, after the graphics state's transform,
// are kept as the table borders they may be. The page's content streams are inflated by zlib
// before poppler parses them.

#include "PopplerPages.h"

#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <splash/SplashBitmap.h>
#include <TextOutputDev.h>
#include <UTF.h>
#include <goo/gmem.h>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

/// Less than this far (points) off level or plumb is level or plumb.
constexpr double straightness = 0.5;

unsigned char darkness(const GfxGray &gray)
{
    return 255 - colToByte(gray);
}

/// A page past one of the limits on what it draws and loads, thrown from inside poppler's drawing to stop it
/// there: the page is refused, and the Gfx that was drawing it is thrown away.
struct PageRefused {
    PopplerPagesStatus status;
};

size_t inflatedSize(Stream *stream, size_t limit);

/// What a Gfx draws, read page by page: the text goes to a fresh TextOutputDev each page (a
/// TextOutputDev is made for one page: its pending ActualText keeps the first page it wrote
/// to); the straight lines are kept here.
class PageReader final : public OutputDev {
public:
    std::unique_ptr<TextOutputDev> text;
    std::vector<PopplerPagesSegment> segments;
    /// How much the page's content streams inflated to; the forms it draws and fonts it loads add theirs.
    size_t contentBytes = 0;
    /// Forms drawn and fonts loaded, on this page and in the whole document (see POPPLER_PAGES_PAGE_FORM_LIMIT).
    size_t pageForms = 0, documentForms = 0;
    int formDepth = 0;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return false; }
    bool needCharCount() override { return true; }

    void startPage(int pageNum, GfxState *state, XRef *xref) override
    {
        this->xref = xref;
        contentBytes = 0;
        pageForms = 0;
        formDepth = 0;
        // Raw order: the characters as drawn. gouji lays a page out itself (and drops overprinted
        // duplicates itself); poppler's own layout into blocks and flows cost a tenth of a page's
        // reading.
        text = std::make_unique<TextOutputDev>(nullptr, true, 0, true, false);
        segments.clear();
        text->startPage(pageNum, state, xref);
    }
    void endPage() override { text->endPage(); }
    void restoreState(GfxState *state) override { text->restoreState(state); }
    void updateFont(GfxState *state) override { text->updateFont(state); }
    void beginString(GfxState *state, const GooString *s) override { text->beginString(state, s); }
    void endString(GfxState *state) override { text->endString(state); }
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override
    {
        text->drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }
    void incCharCount(int nChars) override { text->incCharCount(nChars); }
    void beginActualText(GfxState *state, const GooString *actual) override { text->beginActualText(state, actual); }
    void endActualText(GfxState *state) override { text->endActualText(state); }
    void processLink(AnnotLink *link) override { text->processLink(link); }

    // Patterns and shadings are areas, never borders or text: claiming to paint them keeps
    // Gfx from breaking them into thousands of small fills.
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    void stroke(GfxState *state) override
    {
        GfxGray gray;
        state->getStrokeGray(&gray);
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *subpath = path->getSubpath(s);
            for (int i = 1; i < subpath->getNumPoints(); ++i) {
                if (subpath->getCurve(i)) {
                    continue;
                }
                double x0, y0, x1, y1;
                state->transform(subpath->getX(i - 1), subpath->getY(i - 1), &x0, &y0);
                state->transform(subpath->getX(i), subpath->getY(i), &x1, &y1);
                if (std::fabs(x1 - x0) < straightness || std::fabs(y1 - y0) < straightness) {
                    segments.push_back({ x0, y0, x1, y1, darkness(gray), 0 });
                }
            }
        }
        text->stroke(state);
    }

    void fill(GfxState *state) override
    {
        keepRectangles(state);
        text->fill(state);
    }

    void eoFill(GfxState *state) override
    {
        keepRectangles(state);
        text->eoFill(state);
    }

    // Form XObjects are drawn by poppler anew wherever they are named, their fonts loaded anew each time. Each
    // is counted before poppler draws it (a transparency group too), and a page past a limit is stopped there.
    void beginForm(Ref id) override
    {
        ++formDepth;
        if (formDepth > POPPLER_PAGES_FORM_DEPTH_LIMIT) {
            throw PageRefused { POPPLER_PAGES_FORMS_TOO_DEEP };
        }
        const Cost cost = formCost(id);
        add(cost.loads, cost.bytes);
    }
    void endForm(Ref) override { --formDepth; }
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool) override { add(1, 0); }

    /// Counts what a new Gfx loads for a page: the fonts of its resources.
    void loadingResources(Dict *resources)
    {
        const Object fonts = resources ? resources->lookup("Font") : Object(objNull);
        const Cost cost = fontsCost(fonts);
        add(cost.loads, cost.bytes);
    }

    /// Counts `loads` forms drawn and fonts loaded, and `bytes` of content read; throws PageRefused past a limit.
    void add(size_t loads, size_t bytes)
    {
        pageForms += loads;
        documentForms += loads;
        contentBytes += bytes;
        documentBytes += bytes;
        if (contentBytes > POPPLER_PAGES_CONTENT_LIMIT) {
            throw PageRefused { POPPLER_PAGES_CONTENT_TOO_LARGE };
        }
        if (documentBytes > POPPLER_PAGES_DOCUMENT_CONTENT_LIMIT) {
            throw PageRefused { POPPLER_PAGES_DOCUMENT_CONTENT_TOO_LARGE };
        }
        if (pageForms > POPPLER_PAGES_PAGE_FORM_LIMIT) {
            throw PageRefused { POPPLER_PAGES_TOO_MANY_FORMS_ON_PAGE };
        }
        if (documentForms > POPPLER_PAGES_DOCUMENT_FORM_LIMIT) {
            throw PageRefused { POPPLER_PAGES_TOO_MANY_FORMS_IN_DOCUMENT };
        }
    }

private:
    XRef *xref = nullptr;
    size_t documentBytes = 0;

    /// What drawing a form, or loading fonts, costs poppler each time: forms drawn and fonts loaded, and the
    /// bytes read (inflated) to do it. Kept per object, as a form or font is usually drawn many times.
    struct Cost {
        size_t loads, bytes;
    };
    std::unordered_map<int, Cost> formCosts;
    std::unordered_map<int, size_t> fontBytes;

    Cost formCost(Ref id)
    {
        if (id == Ref::INVALID() || xref == nullptr) {
            return { 1, 0 };
        }
        if (auto known = formCosts.find(id.num); known != formCosts.end()) {
            return known->second;
        }
        Cost cost { 1, 0 };
        Object form = xref->fetch(id);
        if (form.isStream()) {
            // poppler aborts the process when a dictionary is asked of what is not one: each is checked.
            const Object resources = form.streamGetDict()->lookup("Resources");
            const Cost fonts = fontsCost(resources.isDict() ? resources.dictLookup("Font") : Object(objNull));
            cost.loads += fonts.loads;
            cost.bytes = inflatedSize(form.getStream(), POPPLER_PAGES_CONTENT_LIMIT + 1) + fonts.bytes;
        }
        formCosts.emplace(id.num, cost);
        return cost;
    }

    /// Loading the fonts of a Font resource dictionary: poppler reads each one's ToUnicode map and, for a
    /// composite font, its embedded CMap and CID-to-glyph map, and for a simple Type 1 or CFF font its whole
    /// font program (for the encoding built into it), every time it loads them.
    Cost fontsCost(const Object &fonts)
    {
        Cost cost { 0, 0 };
        if (!fonts.isDict()) {
            return cost;
        }
        for (int i = 0; i < fonts.dictGetLength(); ++i) {
            ++cost.loads;
            const Object &entry = fonts.dictGetValNF(i);
            if (!entry.isRef()) {
                cost.bytes += fontCost(fonts.dictGetVal(i));
                continue;
            }
            const int number = entry.getRef().num;
            auto known = fontBytes.find(number);
            if (known == fontBytes.end()) {
                known = fontBytes.emplace(number, fontCost(entry.fetch(xref))).first;
            }
            cost.bytes += known->second;
        }
        return cost;
    }

    size_t fontCost(const Object &font)
    {
        if (!font.isDict()) {
            return 0;
        }
        const Object encoding = font.dictLookup("Encoding");
        size_t bytes = streamSize(font.dictLookup("ToUnicode")) + streamSize(encoding)
            + arraySize(font.dictLookup("Widths")) + (encoding.isDict() ? arraySize(encoding.dictLookup("Differences")) : 0);
        const Object descendants = font.dictLookup("DescendantFonts");
        if (descendants.isArray() && descendants.arrayGetLength() > 0) {
            const Object descendant = descendants.arrayGet(0);
            if (descendant.isDict()) {
                bytes += streamSize(descendant.dictLookup("CIDToGIDMap")) + arraySize(descendant.dictLookup("W"))
                    + arraySize(descendant.dictLookup("W2"));
            }
        } else {
            const Object descriptor = font.dictLookup("FontDescriptor");
            if (descriptor.isDict()) {
                bytes += streamSize(descriptor.dictLookup("FontFile")) + streamSize(descriptor.dictLookup("FontFile3"));
            }
        }
        return bytes;
    }

    /// A font's widths and differences, parsed anew at every load (a million widths compress to a few kilobytes):
    /// four bytes an element, about what each takes written out, the arrays within counted too.
    static size_t arraySize(const Object &array)
    {
        if (!array.isArray()) {
            return 0;
        }
        size_t elements = static_cast<size_t>(array.arrayGetLength());
        for (int i = 0; i < array.arrayGetLength(); ++i) {
            const Object &element = array.arrayGetNF(i);
            if (element.isArray()) {
                elements += static_cast<size_t>(element.arrayGetLength());
            }
        }
        return 4 * elements;
    }

    static size_t streamSize(const Object &stream)
    {
        return stream.isStream() ? inflatedSize(stream.getStream(), POPPLER_PAGES_CONTENT_LIMIT + 1) : 0;
    }

    /// A filled shape whose sides are all level or plumb, as its bounding box: a border drawn as
    /// a thin filled rectangle, or a cell's shading (the caller tells them apart by thickness).
    void keepRectangles(GfxState *state)
    {
        GfxGray gray;
        state->getFillGray(&gray);
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *subpath = path->getSubpath(s);
            double left = INFINITY, top = INFINITY, right = -INFINITY, bottom = -INFINITY;
            double lastX = 0, lastY = 0;
            bool rectilinear = subpath->getNumPoints() >= 2;
            for (int i = 0; i < subpath->getNumPoints() && rectilinear; ++i) {
                double x, y;
                state->transform(subpath->getX(i), subpath->getY(i), &x, &y);
                if (i > 0) {
                    rectilinear = !subpath->getCurve(i) && (std::fabs(x - lastX) < straightness || std::fabs(y - lastY) < straightness);
                }
                left = std::fmin(left, x), right = std::fmax(right, x);
                top = std::fmin(top, y), bottom = std::fmax(bottom, y);
                lastX = x, lastY = y;
            }
            if (rectilinear) {
                segments.push_back({ left, top, right, bottom, darkness(gray), 1 });
            }
        }
    }
};

/// The page's characters in the order drawn.
std::vector<PopplerPagesGlyph> glyphs(TextPage *text)
{
    std::vector<PopplerPagesGlyph> glyphs;
    std::unique_ptr<TextWordList> words = text->makeWordList(true);
    for (int w = 0; w < words->getLength(); ++w) {
        TextWord *word = words->get(w);
        for (int k = 0; k < word->getLength(); ++k) {
            PopplerPagesGlyph glyph { *word->getChar(k), 0, 0, 0, 0, word->getFontSize() };
            word->getCharBBox(k, &glyph.x0, &glyph.y0, &glyph.x1, &glyph.y1);
            glyphs.push_back(glyph);
        }
    }
    return glyphs;
}

template<typename T>
T *copied(const std::vector<T> &values)
{
    if (values.empty()) {
        return nullptr;
    }
    auto copy = static_cast<T *>(std::malloc(values.size() * sizeof(T)));
    if (copy == nullptr) {
        throw std::bad_alloc();
    }
    std::memcpy(copy, values.data(), values.size() * sizeof(T));
    return copy;
}

/// poppler's errors on this thread during the call under way (see `countingErrors`): poppler reports them to
/// one callback for the whole process, and documents are read on several threads at once.
thread_local size_t callErrors = 0;
thread_local std::string callFirstError;

/// Keeps count of the errors that say poppler's output is probably wrong (its warnings say it is probably
/// right), and prints nothing.
void counted(ErrorCategory category, Goffset, const char *message)
{
    if (category != errSyntaxError && category != errIO) {
        return;
    }
    if (callErrors++ == 0) {
        callFirstError = message ? message : "";
    }
}

/// What became of a content stream handed to zlib.
enum class Inflation {
    /// Its bytes, all of them.
    inflated,
    /// Not a plain Flate stream, or damaged: poppler reads it its own (forgiving) way.
    leftToPoppler,
    /// It inflates to more than it may.
    tooLarge,
};

/// A Flate stream with no predictor, inflated by zlib into `output`, up to `limit` bytes. poppler's own
/// inflater builds its code tables anew for every block, where zlib builds them once a stream.
Inflation inflated(Stream *stream, size_t limit, std::string &output)
{
    if (stream->getKind() != strFlate || !stream->getDict()->lookup("DecodeParms").isNull() || !stream->getDict()->lookup("DP").isNull()) {
        return Inflation::leftToPoppler;
    }
    // The stream under the Flate filter: the file's bytes, decrypted where the file is.
    Stream *compressed = stream->getNextStream();
    std::string input;
    compressed->reset();
    compressed->fillString(input);
    compressed->close();

    z_stream z {};
    if (inflateInit(&z) != Z_OK) {
        return Inflation::leftToPoppler;
    }
    z.next_in = reinterpret_cast<Bytef *>(input.data());
    z.avail_in = static_cast<uInt>(input.size());
    int status = Z_OK;
    while (status == Z_OK && output.size() <= limit) {
        const size_t done = output.size();
        // Grown by at most what the limit leaves, and one byte more to see the limit passed.
        const size_t room = std::min(std::max<size_t>(input.size() * 4, 16384), limit + 1 - done);
        output.resize(done + room);
        z.next_out = reinterpret_cast<Bytef *>(output.data() + done);
        z.avail_out = static_cast<uInt>(room);
        status = inflate(&z, Z_NO_FLUSH);
        output.resize(output.size() - z.avail_out);
    }
    inflateEnd(&z);
    if (output.size() > limit) {
        return Inflation::tooLarge;
    }
    return status == Z_STREAM_END ? Inflation::inflated : Inflation::leftToPoppler;
}

/// The size a form's content inflates to, counted up to `limit` (and one byte more when it is over);
/// a stream that is not plain Flate counts its bytes as they are in the file.
size_t inflatedSize(Stream *stream, size_t limit)
{
    std::string bytes;
    switch (inflated(stream, limit, bytes)) {
    case Inflation::inflated:
    case Inflation::tooLarge:
        return bytes.size();
    case Inflation::leftToPoppler:
        break;
    }
    const Object length = stream->getDict()->lookup("Length");
    return length.isInt() && length.getInt() > 0 ? static_cast<size_t>(length.getInt()) : 0;
}

/// A page's content, its Flate streams inflated by zlib into `keep`, which must outlive it; nothing if
/// they inflate to more than POPPLER_PAGES_CONTENT_LIMIT together. `total` is what they inflated to.
std::optional<Object> inflatedContents(Object contents, XRef *xref, std::deque<std::string> &keep, size_t &total)
{
    total = 0;
    bool tooLarge = false;
    auto inflatedStream = [&](Object stream) {
        if (!stream.isStream() || tooLarge) {
            return stream;
        }
        std::string bytes;
        switch (inflated(stream.getStream(), POPPLER_PAGES_CONTENT_LIMIT - total, bytes)) {
        case Inflation::leftToPoppler:
            return stream;
        case Inflation::tooLarge:
            tooLarge = true;
            return stream;
        case Inflation::inflated:
            break;
        }
        total += bytes.size();
        const std::string &kept = keep.emplace_back(std::move(bytes));
        Stream *memory = new MemStream(kept.data(), 0, static_cast<Goffset>(kept.size()), Object(new Dict(xref)));
        return Object(memory);
    };
    if (!contents.isArray()) {
        Object single = inflatedStream(std::move(contents));
        return tooLarge ? std::nullopt : std::optional<Object>(std::move(single));
    }
    auto *streams = new Array(xref);
    Object array(streams);
    for (int i = 0; i < contents.arrayGetLength() && !tooLarge; ++i) {
        streams->add(inflatedStream(contents.arrayGet(i)));
    }
    return tooLarge ? std::nullopt : std::optional<Object>(std::move(array));
}

/// What decides whether two pages can be read by one Gfx: the resources they draw from (the
/// object holding them) and the box and rotation that set up the page's coordinates.
struct PageSetting {
    Ref resources;
    PDFRectangle mediaBox, cropBox;
    int rotate;

    bool operator==(const PageSetting &other) const
    {
        return resources == other.resources && mediaBox == other.mediaBox && cropBox == other.cropBox && rotate == other.rotate;
    }
};

/// The object holding page `number`'s resources: the Resources entry itself where it is a
/// reference, otherwise the page, or the page-tree node it inherits them from.
std::optional<Ref> resourcesHolder(PDFDoc *pdf, int number)
{
    const Ref *pageRef = pdf->getCatalog()->getPageRef(number);
    if (pageRef == nullptr) {
        return std::nullopt;
    }
    Ref holder = *pageRef;
    Object node = pdf->getXRef()->fetch(holder);
    // The page tree is shallow; the bound only stops a cycle in a damaged file.
    for (int depth = 0; depth < 32 && node.isDict(); ++depth) {
        const Object &resources = node.dictLookupNF("Resources");
        if (resources.isRef()) {
            return resources.getRef();
        }
        if (resources.isDict()) {
            return holder;
        }
        const Object &parent = node.dictLookupNF("Parent");
        if (!parent.isRef()) {
            return std::nullopt;
        }
        holder = parent.getRef();
        node = pdf->getXRef()->fetch(holder);
    }
    return std::nullopt;
}

} // namespace

struct PopplerPagesDocument {
    std::unique_ptr<PDFDoc> pdf;
    /// The errors poppler reported reading it, and the first one's message.
    size_t errors = 0;
    std::string firstError;
    PageReader reader;
    // poppler loads every font of a page's resources when it starts a page (GfxResources), most
    // of the cost of reading one: pages that share their resources and setting share a Gfx,
    // so a document's fonts are loaded once, not once a page.
    std::unique_ptr<Gfx> gfx;
    std::optional<PageSetting> gfxSetting;
};

namespace {

/// Runs `body`, turning a C++ exception into the status a C caller can read: one must never cross into Swift,
/// where it would end the process.
template<typename Body>
PopplerPagesStatus guarded(Body body) noexcept;

/// Runs `body` for `document`, adding the errors poppler reports meanwhile to the document's.
template<typename Body>
PopplerPagesStatus countingErrors(PopplerPagesDocument *document, Body body) noexcept
{
    callErrors = 0;
    callFirstError.clear();
    const PopplerPagesStatus status = guarded(body);
    if (document != nullptr && callErrors > 0) {
        if (document->errors == 0) {
            document->firstError = callFirstError;
        }
        document->errors += callErrors;
    }
    return status;
}

template<typename Body>
PopplerPagesStatus guarded(Body body) noexcept
{
    try {
        return body();
    } catch (const PageRefused &refused) {
        return refused.status;
    } catch (const std::bad_alloc &) {
        return POPPLER_PAGES_OUT_OF_MEMORY;
    } catch (...) {
        return POPPLER_PAGES_FAILED;
    }
}

PopplerPagesStatus open(const char *bytes, size_t length, std::unique_ptr<PopplerPagesDocument> &document)
{
    // poppler's global parameters (font and encoding tables) live as long as one of these is
    // alive; held for the whole process, they are set up once, not once a document.
    static GlobalParamsIniter initer(counted);
    document = std::make_unique<PopplerPagesDocument>();
    document->pdf = std::make_unique<PDFDoc>(new MemStream(bytes, 0, static_cast<Goffset>(length), Object(objNull)));
    if (document->pdf->isOk()) {
        return POPPLER_PAGES_OK;
    }
    switch (document->pdf->getErrorCode()) {
    case errEncrypted:
        return POPPLER_PAGES_ENCRYPTED;
    case errDamaged:
        return POPPLER_PAGES_DAMAGED;
    case errBadCatalog:
        return POPPLER_PAGES_NO_CATALOG;
    default:
        return POPPLER_PAGES_UNREADABLE;
    }
}

PopplerPagesStatus read(PopplerPagesDocument *document, int index, PopplerPagesPage &result)
{
    Page *page = document->pdf->getPage(index + 1);
    if (page == nullptr) {
        return POPPLER_PAGES_NO_PAGE;
    }
    std::deque<std::string> inflatedBytes;
    size_t contentBytes = 0;
    std::optional<Object> contents = inflatedContents(page->getContents(), document->pdf->getXRef(), inflatedBytes, contentBytes);
    if (!contents) {
        return POPPLER_PAGES_CONTENT_TOO_LARGE;
    }
    const bool turned = page->getRotate() == 90 || page->getRotate() == 270;
    result.width = turned ? page->getCropHeight() : page->getCropWidth();
    result.height = turned ? page->getCropWidth() : page->getCropHeight();

    // As poppler-glib reads a page's text: 72 dpi, the crop box, the page's own rotation, the
    // content only (annotations, such as form fields, are not the document's text).
    PageReader &reader = document->reader;
    const std::optional<Ref> resources = resourcesHolder(document->pdf.get(), index + 1);
    const std::optional<PageSetting> setting = resources ? std::optional(PageSetting { *resources, *page->getMediaBox(), *page->getCropBox(), page->getRotate() }) : std::nullopt;
    // Every page is begun here, the first by the Gfx it makes: the text device's page sets the
    // bounds it keeps characters within.
    if (!document->gfx || !setting || !(setting == document->gfxSetting)) {
        // The old Gfx ends its page as it goes: before the new one begins its own.
        document->gfx.reset();
        document->gfx.reset(page->createGfx(&reader, 72, 72, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr));
        document->gfxSetting = setting;
        reader.add(0, contentBytes);
        // The new Gfx has loaded the fonts of the page's resources (counted after it, as its start begins the page).
        reader.loadingResources(page->getResourceDict());
    } else {
        reader.startPage(index + 1, document->gfx->getState(), document->pdf->getXRef());
        reader.add(0, contentBytes);
    }
    if (!contents->isNull()) {
        document->gfx->saveState();
        document->gfx->display(&*contents);
        document->gfx->restoreState();
    }
    reader.endPage();
    TextPage *text = reader.text->takeText();
    const std::vector<PopplerPagesGlyph> characters = glyphs(text);
    text->decRefCnt();

    result.glyphs = copied(characters);
    result.glyph_count = result.glyphs ? characters.size() : 0;
    result.segments = copied(reader.segments);
    result.segment_count = result.segments ? reader.segments.size() : 0;
    return POPPLER_PAGES_OK;
}

} // namespace

extern "C" PopplerPagesDocument *poppler_pages_open(const char *bytes, size_t length, PopplerPagesStatus *status)
{
    std::unique_ptr<PopplerPagesDocument> document;
    callErrors = 0;
    *status = guarded([&] { return open(bytes, length, document); });
    if (document && callErrors > 0) {
        document->errors = callErrors;
        document->firstError = callFirstError;
    }
    return *status == POPPLER_PAGES_OK ? document.release() : nullptr;
}

extern "C" void poppler_pages_close(PopplerPagesDocument *document)
{
    guarded([&] {
        delete document;
        return POPPLER_PAGES_OK;
    });
}

extern "C" int poppler_pages_count(PopplerPagesDocument *document)
{
    int count = -1;
    guarded([&] {
        count = document->pdf->getNumPages();
        return POPPLER_PAGES_OK;
    });
    return count;
}

extern "C" PopplerPagesStatus poppler_pages_read(PopplerPagesDocument *document, int index, PopplerPagesPage *page)
{
    PopplerPagesPage result {};
    const PopplerPagesStatus status = countingErrors(document, [&] { return read(document, index, result); });
    if (status != POPPLER_PAGES_OK) {
        // A page half read (an exception after its characters were copied out) is given back empty.
        poppler_pages_free(result);
        result = PopplerPagesPage {};
        // A Gfx stopped by an exception is mid-page: the next page starts with a fresh one.
        guarded([&] {
            document->gfx.reset();
            document->gfxSetting.reset();
            return POPPLER_PAGES_OK;
        });
    }
    *page = result;
    return status;
}

extern "C" void poppler_pages_free(PopplerPagesPage page)
{
    std::free(page.glyphs);
    std::free(page.segments);
}

extern "C" size_t poppler_pages_errors(PopplerPagesDocument *document, const char **first)
{
    *first = document->errors > 0 ? document->firstError.c_str() : nullptr;
    return document->errors;
}

extern "C" size_t poppler_pages_title(PopplerPagesDocument *document, uint32_t **unicode)
{
    *unicode = nullptr;
    // No C++ exception may cross into Swift: a title that cannot be read is no title.
    try {
        std::unique_ptr<GooString> title = document->pdf->getDocInfoTitle();
        if (!title || title->getLength() == 0) {
            return 0;
        }
        Unicode *decoded = nullptr;
        // UTF-16 with its byte-order mark, or PDFDocEncoding.
        int count = TextStringToUCS4(title->toStr(), &decoded);
        if (count <= 0 || decoded == nullptr) {
            gfree(decoded);
            return 0;
        }
        auto *copy = static_cast<uint32_t *>(std::malloc(sizeof(uint32_t) * static_cast<size_t>(count)));
        if (copy != nullptr) {
            for (int i = 0; i < count; ++i) {
                copy[i] = decoded[i];
            }
        }
        gfree(decoded);
        *unicode = copy;
        return copy == nullptr ? 0 : static_cast<size_t>(count);
    } catch (...) {
        return 0;
    }
}

extern "C" PopplerPagesBitmap poppler_pages_render_gray(PopplerPagesDocument *document, int index, double dpi)
{
    PopplerPagesBitmap result {};
    // Nothing thrown inside poppler may cross into Swift.
    try {
        if (index < 0 || index >= document->pdf->getNumPages()) {
            return result;
        }
        // In colour, so that a red seal can be told from the black print under it.
        SplashColor white = { 255, 255, 255 };
        SplashOutputDev device(splashModeRGB8, 4, false, white);
        device.startDoc(document->pdf.get());
        document->pdf->displayPage(&device, index + 1, dpi, dpi, 0, false, true, false);
        SplashBitmap *bitmap = device.getBitmap();
        if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
            return result;
        }
        const int width = bitmap->getWidth(), height = bitmap->getHeight();
        auto pixels = static_cast<unsigned char *>(std::malloc(static_cast<size_t>(width) * height));
        if (pixels == nullptr) {
            return result;
        }
        const SplashColorPtr data = bitmap->getDataPtr();
        const int stride = bitmap->getRowSize();
        for (int y = 0; y < height; ++y) {
            const unsigned char *row = data + static_cast<ptrdiff_t>(y) * stride;
            unsigned char *out = pixels + static_cast<size_t>(y) * width;
            for (int x = 0; x < width; ++x) {
                const int r = row[3 * x], g = row[3 * x + 1], b = row[3 * x + 2];
                // Red ink (a seal, a signature in red) is far redder than it is green or blue;
                // print and pencil are grey.
                const bool red = r - std::max(g, b) > 60;
                out[x] = red ? 255 : static_cast<unsigned char>((r * 77 + g * 151 + b * 28) >> 8);
            }
        }
        result.width = width;
        result.height = height;
        result.pixels = pixels;
    } catch (...) {
        std::free(result.pixels);
        return PopplerPagesBitmap {};
    }
    return result;
}

extern "C" void poppler_pages_free_bitmap(PopplerPagesBitmap bitmap)
{
    std::free(bitmap.pixels);
}
