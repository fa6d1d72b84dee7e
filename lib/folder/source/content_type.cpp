#include "content_type.hpp"

#include <nominate/media/photo.hpp>
#include <nominate/media/video.hpp>
#include <nominate/office/sniff.hpp>

#include <algorithm>
#include <string_view>

namespace nominate::folder {

namespace {

bool looks_like_text(std::span<const std::uint8_t> head)
{
  return std::none_of(head.begin(), head.end(), [](std::uint8_t byte) { return byte == 0; });
}

} // namespace

std::string content_type(std::span<const std::uint8_t> head, const std::string& extension)
{
  // Images first: an HEIC photo and an MP4 share the ftyp box, and the media part tells them apart.
  if (auto image = media::detect_image_format(head); image != media::ImageFormat::unknown) {
    return media::to_string(image);
  }
  if (auto container = media::detect_container(head); container != media::Container::unknown) {
    return media::to_string(container);
  }
  auto document = office::sniff_document(head);
  switch (document) {
  case office::DocumentType::unknown:
  case office::DocumentType::text:
    break;
  case office::DocumentType::zip_other:
  case office::DocumentType::ooxml_other:
    // The first 64 KiB may not reach the part that tells docx from xlsx: trust a matching extension.
    if (extension == "docx" || extension == "xlsx") {
      return extension;
    }
    return office::to_string(document);
  default:
    return office::to_string(document);
  }
  // UTF-16 with a byte-order mark (Notepad's "Unicode"): text, which read_text_file decodes.
  const bool utf16_bom =
      head.size() >= 2 && ((head[0] == 0xff && head[1] == 0xfe) || (head[0] == 0xfe && head[1] == 0xff));
  if (utf16_bom || looks_like_text(head)) {
    return extension == "md" || extension == "csv" || extension == "yaml" || extension == "yml" ? extension
                                                                                                : "txt";
  }
  return "unknown";
}

} // namespace nominate::folder
