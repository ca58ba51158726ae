// poppler's own C++ API (libpoppler-private-dev): only PopplerPages includes its headers. This
// module carries poppler's pkg-config flags and link line to it.
