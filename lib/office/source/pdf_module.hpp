#pragma once

// The interface between office (pdf_text.cpp) and nominate-pdf.so, the module that links poppler-cpp
// (module/poppler_text.cpp). poppler and the ~30 libraries it pulls in cost every command 5 ms to load, and
// made FFmpeg's later load a quarter dearer (each of FFmpeg's symbols was looked up through them first);
// only a PDF needs them, so office loads the module on first use. Functions with C linkage and C types only,
// versioned by the names' suffix: a module from another build of nominate that lacks these names is refused,
// never called wrongly; no C++ exception or object crosses it.

#include <cstddef>

// The status nominate_pdf_text_v1 returns.
enum nominate_pdf_status : int {
  nominate_pdf_ok = 0,
  nominate_pdf_unreadable = 1, // not a PDF poppler can open (damaged, truncated)
  nominate_pdf_encrypted = 2,  // a password is needed to open it
  nominate_pdf_no_memory = 3
};

// The text layer of the PDF in bytes[0, size), pages in order, separated by '\n': on nominate_pdf_ok,
// *text (UTF-8, malloc'ed, freed with nominate_pdf_free_v1, never null) holds *text_size bytes and *pages
// the page count. Safe to call from several threads at once.
using nominate_pdf_text_v1_fn = int (*)(const unsigned char* bytes, std::size_t size, char** text,
                                        std::size_t* text_size, int* pages);
using nominate_pdf_free_v1_fn = void (*)(char* text);
// poppler's running version ("22.12.0"), in static storage.
using nominate_pdf_version_v1_fn = const char* (*)();

#define NOMINATE_PDF_MODULE "nominate-pdf.so"
