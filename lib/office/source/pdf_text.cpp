#include "file_bytes.hpp"
#include "pdf_module.hpp"
#include "pdf_reader.hpp"

#include <nominate/core/once_result.hpp>
#include <nominate/office/pdf_text.hpp>

#include <climits>

#include <cstddef>
#include <dlfcn.h>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace nominate::office {

namespace {

struct Module {
  nominate_pdf_text_v1_fn text = nullptr;
  nominate_pdf_free_v1_fn free = nullptr;
  nominate_pdf_version_v1_fn version = nullptr;
};

Module g_module; // written once, by load_once, before g_load says done
core::OnceResult g_load;

// The folders to look for the module in: those the loader would search for a library the program itself
// needs, from LD_LIBRARY_PATH and the program's RUNPATH (the folder it is built in, or
// <prefix>/lib/nominate/plugins relative to <prefix>/bin once installed, $ORIGIN expanded), asked of the
// loader with dlinfo, then the system's library folders. Not dlopen of the bare name: that searches the
// RUNPATH of dlopen's caller, which under a sanitizer runtime that intercepts dlopen (GCC's ASan) is the
// runtime, not the program. (glibc leaves dls_flags 0, so the entries cannot be told apart by source.)
std::vector<std::string> module_folders()
{
  std::vector<std::string> folders;
  void* program = dlopen(nullptr, RTLD_LAZY);
  Dl_serinfo size{};
  if (program == nullptr || dlinfo(program, RTLD_DI_SERINFOSIZE, &size) != 0 || size.dls_size == 0) {
    return folders;
  }
  // Dl_serinfo ends in a variable array of entries whose names follow them: dls_size bytes in all.
  std::vector<std::max_align_t> buffer((size.dls_size + sizeof(std::max_align_t) - 1) /
                                       sizeof(std::max_align_t));
  auto* info = reinterpret_cast<Dl_serinfo*>(buffer.data());
  *info = size;
  if (dlinfo(program, RTLD_DI_SERINFOSIZE, info) != 0 || dlinfo(program, RTLD_DI_SERINFO, info) != 0) {
    return folders;
  }
  for (unsigned i = 0; i < info->dls_cnt; ++i) {
    const Dl_serpath& entry =
        info->dls_serpath[i]; // NOLINT(cppcoreguidelines-pro-bounds-constant-array-index)
    if (entry.dls_name != nullptr) {
      folders.emplace_back(entry.dls_name);
    }
  }
  return folders;
}

core::Result<void> load_once()
{
  // Never closed: the module stays loaded for the rest of the process, as if linked.
  void* handle = nullptr;
  std::string why = "not found in the program's library folders";
  for (const auto& folder : module_folders()) {
    const std::string path = folder + "/" NOMINATE_PDF_MODULE;
    if (::access(path.c_str(), F_OK) != 0) {
      continue;
    }
    // The first one found is the one, as for the loader: a broken file is not passed over for another.
    handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* error = dlerror();
      why = error != nullptr ? error : "unknown reason";
    }
    break;
  }
  if (handle == nullptr) {
    return core::fail(core::ErrorCode::missing_library,
                      "nominate's PDF reader " NOMINATE_PDF_MODULE " could not be loaded (" + why +
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
  return {};
}

core::Result<void> load()
{
  return g_load.run(load_once);
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
  if (!g_load.done()) {
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
