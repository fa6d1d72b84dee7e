// nominate-pdf.so: poppler-cpp behind the plain C interface of source/pdf_module.hpp, loaded by office on
// first use. Only these three functions are exported (the module is built with hidden visibility).

#include "pdf_module.hpp"

#include <climits>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-version.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

namespace {

// poppler writes its complaints about a damaged file to stderr unless told otherwise; nominate's library
// never prints.
void quiet_poppler()
{
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

int read_text(const unsigned char* bytes, std::size_t size, std::string& out, int& pages)
{
  quiet_poppler();
  if (size > static_cast<std::size_t>(INT_MAX)) {
    return nominate_pdf_unreadable; // office refuses a PDF over 2 GiB before calling
  }
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(reinterpret_cast<const char*>(bytes), static_cast<int>(size)));
  if (!document) {
    return nominate_pdf_unreadable;
  }
  if (document->is_locked()) {
    return nominate_pdf_encrypted;
  }
  pages = document->pages();
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) {
      continue;
    }
    auto utf8 = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    if (!out.empty() && !utf8.empty()) {
      out += '\n';
    }
    out.append(utf8.begin(), utf8.end());
  }
  return nominate_pdf_ok;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) int nominate_pdf_text_v1(const unsigned char* bytes, std::size_t size,
                                                                char** text, std::size_t* text_size,
                                                                int* pages)
{
  std::string out;
  int count = 0;
  int status = nominate_pdf_unreadable;
  try {
    status = read_text(bytes, size, out, count);
  } catch (const std::bad_alloc&) {
    return nominate_pdf_no_memory;
  } catch (...) {
    return nominate_pdf_unreadable; // nothing C++ crosses the C interface
  }
  if (status != nominate_pdf_ok) {
    return status;
  }
  auto* copy = static_cast<char*>(std::malloc(out.size() + 1));
  if (copy == nullptr) {
    return nominate_pdf_no_memory;
  }
  std::memcpy(copy, out.data(), out.size());
  copy[out.size()] = '\0';
  *text = copy;
  *text_size = out.size();
  *pages = count;
  return nominate_pdf_ok;
}

__attribute__((visibility("default"))) void nominate_pdf_free_v1(char* text)
{
  std::free(text);
}

__attribute__((visibility("default"))) const char* nominate_pdf_version_v1()
{
  static const std::string version = poppler::version_string();
  return version.c_str();
}

} // extern "C"
