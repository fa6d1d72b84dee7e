#include "file_bytes.hpp"
#include "pdf_module.hpp"
#include "pdf_reader.hpp"

#include <nominate/office/pdf_text.hpp>

#include <climits>

#include <atomic>
#include <dlfcn.h>
#include <memory>
#include <mutex>

namespace nominate::office {

namespace {

struct Module {
  nominate_pdf_text_v1_fn text = nullptr;
  nominate_pdf_free_v1_fn free = nullptr;
  nominate_pdf_version_v1_fn version = nullptr;
};

Module g_module;                   // written once, inside std::call_once
std::atomic<bool> g_loaded{false}; // set (release) after g_module is complete
core::Result<void> g_result;
std::once_flag g_once;

// The module is found as the loader finds a library: the program's RUNPATH names the folder it is built in,
// or installed to (<prefix>/lib/nominate/plugins, relative to <prefix>/bin), so office needs no path of its
// own.
core::Result<void> load_once()
{
  // Never closed: the module stays loaded for the rest of the process, as if linked.
  void* handle = dlopen(NOMINATE_PDF_MODULE, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return core::fail(core::ErrorCode::missing_library,
                      std::string("nominate's PDF reader " NOMINATE_PDF_MODULE " could not be loaded (") +
                          (why != nullptr ? why : "unknown reason") +
                          "); reinstall nominate, or install poppler's package libpoppler-cpp0v5");
  }
  Module module;
  module.text = reinterpret_cast<nominate_pdf_text_v1_fn>(dlsym(handle, "nominate_pdf_text_v1"));
  module.free = reinterpret_cast<nominate_pdf_free_v1_fn>(dlsym(handle, "nominate_pdf_free_v1"));
  module.version = reinterpret_cast<nominate_pdf_version_v1_fn>(dlsym(handle, "nominate_pdf_version_v1"));
  if (module.text == nullptr || module.free == nullptr || module.version == nullptr) {
    return core::fail(core::ErrorCode::missing_library, NOMINATE_PDF_MODULE
                      " is not the PDF reader of this nominate (another version?): reinstall "
                      "nominate");
  }
  g_module = module;
  g_loaded.store(true, std::memory_order_release);
  return {};
}

core::Result<void> load()
{
  std::call_once(g_once, [] { g_result = load_once(); });
  return g_result;
}

struct TextFree {
  void operator()(char* text) const { g_module.free(text); }
};

} // namespace

core::Result<PdfText> read_pdf_text(std::span<const std::uint8_t> bytes)
{
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return core::fail(core::ErrorCode::limit_exceeded, "a PDF over 2 GiB");
  }
  if (auto loaded = load(); !loaded) {
    return std::unexpected(loaded.error());
  }
  char* raw = nullptr;
  std::size_t size = 0;
  int pages = 0;
  const int status = g_module.text(bytes.data(), bytes.size(), &raw, &size, &pages);
  std::unique_ptr<char, TextFree> text(raw);
  switch (status) {
  case nominate_pdf_ok:
    return PdfText{std::string(text.get(), size), pages};
  case nominate_pdf_encrypted:
    return core::fail(core::ErrorCode::encrypted, "a password-protected PDF");
  case nominate_pdf_no_memory:
    return core::fail(core::ErrorCode::limit_exceeded, "out of memory reading the PDF");
  default:
    return core::fail(core::ErrorCode::unreadable, "not a PDF that can be opened (damaged or truncated)");
  }
}

std::string detail::pdf_reader_version()
{
  if (!g_loaded.load(std::memory_order_acquire)) {
    return "on first use: " NOMINATE_PDF_MODULE;
  }
  return g_module.version();
}

core::Result<PdfText> read_pdf_text_file(const std::filesystem::path& path)
{
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    return std::unexpected(bytes.error());
  }
  auto text = read_pdf_text(*bytes);
  if (!text) {
    return std::unexpected(with_file(text.error(), path));
  }
  return text;
}

} // namespace nominate::office
