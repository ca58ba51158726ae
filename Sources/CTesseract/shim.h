// tesseract's C API (libtesseract-dev): only GoujiExtract/OCR/Tesseract.swift imports it. Images
// go in as raw 8-bit grey buffers, so leptonica's own API is not needed here.
#include <tesseract/capi.h>
