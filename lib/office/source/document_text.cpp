#include "file_bytes.hpp"

#include <nominate/office/archive.hpp>
#include <nominate/office/document_text.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/pdf_text.hpp>
#include <nominate/office/sniff.hpp>
#include <nominate/text/encoding.hpp>

namespace nominate::office {

core::Result<std::string> read_document_text(const std::filesystem::path& path)
{
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    return std::unexpected(bytes.error());
  }
  DocumentType type = sniff_document(*bytes);
  switch (type) {
  case DocumentType::docx: {
    auto document = read_docx(*bytes);
    if (!document) {
      return std::unexpected(with_file(document.error(), path));
    }
    return plain_text(*document);
  }
  case DocumentType::pdf: {
    auto pdf = read_pdf_text(*bytes);
    if (!pdf) {
      return std::unexpected(with_file(pdf.error(), path));
    }
    return std::move(pdf->text);
  }
  case DocumentType::text:
    return text::decode_text(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()),
                             path);
  case DocumentType::ooxml_other:
  case DocumentType::zip_other:
    // A damaged package says little of what it was: it is unreadable rather than of another kind.
    if (auto archive = ZipArchive::open(*bytes); !archive) {
      return std::unexpected(with_file(archive.error(), path));
    }
    return core::fail(core::ErrorCode::unsupported,
                      std::string("cannot read text from a ") + to_string(type) + " file", path);
  case DocumentType::encrypted_ooxml:
  case DocumentType::encrypted_legacy:
    return core::fail(core::ErrorCode::encrypted, "a password-protected document", path);
  default:
    if (bytes->empty()) {
      return std::string();
    }
    return core::fail(core::ErrorCode::unsupported,
                      type == DocumentType::unknown
                          ? std::string("cannot read text from it: its content is of no kind this tool reads")
                          : std::string("cannot read text from a ") + to_string(type) + " file",
                      path);
  }
}

} // namespace nominate::office
