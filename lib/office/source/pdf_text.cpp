#include "file_bytes.hpp"

#include <nominate/office/pdf_text.hpp>

#include <climits>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

namespace nominate::office {

namespace {

// poppler writes its complaints about a damaged file to stderr unless told otherwise; the library never
// prints.
void quiet_poppler()
{
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

} // namespace

core::Result<PdfText> read_pdf_text(std::span<const std::uint8_t> bytes)
{
  quiet_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return core::fail(core::ErrorCode::limit_exceeded, "a PDF over 2 GiB");
  }
  std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
      reinterpret_cast<const char*>(bytes.data()), static_cast<int>(bytes.size())));
  if (!document) {
    return core::fail(core::ErrorCode::unreadable, "not a PDF that can be opened (damaged or truncated)");
  }
  if (document->is_locked()) {
    return core::fail(core::ErrorCode::encrypted, "a password-protected PDF");
  }
  PdfText out;
  out.pages = document->pages();
  for (int index = 0; index < out.pages; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) {
      continue;
    }
    auto utf8 = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    if (!out.text.empty() && !utf8.empty()) {
      out.text += '\n';
    }
    out.text.append(utf8.begin(), utf8.end());
  }
  return out;
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
