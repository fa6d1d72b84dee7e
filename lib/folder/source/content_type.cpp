#include "content_type.hpp"

#include <nominate/media/photo.hpp>
#include <nominate/media/video.hpp>
#include <nominate/office/sniff.hpp>

#include <algorithm>
#include <string_view>

namespace nominate::folder {

namespace {

// What an ISO-BMFF file (MP4, MOV, HEIF) holds by its top-level boxes, whatever its ftyp brands claim: a
// `moov` box is a movie; a `meta` box whose handler is `pict`, with no `moov`, is an HEIF image. Unknown when
// the head shows neither (a movie whose `moov` sits after a long `mdat`): the brands then decide.
enum class BoxKind { unknown, movie, image };

std::uint32_t big_endian_u32(std::span<const std::uint8_t> bytes, std::size_t at)
{
  return (static_cast<std::uint32_t>(bytes[at]) << 24) | (static_cast<std::uint32_t>(bytes[at + 1]) << 16) |
         (static_cast<std::uint32_t>(bytes[at + 2]) << 8) | static_cast<std::uint32_t>(bytes[at + 3]);
}

BoxKind box_kind(std::span<const std::uint8_t> head)
{
  const auto type_at = [&](std::size_t at, std::string_view type) {
    return at + 4 <= head.size() &&
           std::equal(type.begin(), type.end(), head.begin() + static_cast<long>(at));
  };
  if (!type_at(4, "ftyp")) {
    return BoxKind::unknown;
  }
  bool picture = false;
  std::size_t at = 0;
  while (at + 8 <= head.size()) {
    std::uint64_t size = big_endian_u32(head, at);
    if (size == 1 && at + 16 <= head.size()) {
      size = (static_cast<std::uint64_t>(big_endian_u32(head, at + 8)) << 32) | big_endian_u32(head, at + 12);
    }
    if (type_at(at + 4, "moov")) {
      return BoxKind::movie;
    }
    // meta: version and flags, then its hdlr box, whose handler type follows 8 bytes of version and
    // pre_defined.
    if (type_at(at + 4, "meta") && type_at(at + 16, "hdlr") && type_at(at + 28, "pict")) {
      picture = true;
    }
    if (size < 8) {
      break; // 0: to the end of the file
    }
    at += static_cast<std::size_t>(std::min<std::uint64_t>(size, head.size()));
  }
  return picture ? BoxKind::image : BoxKind::unknown;
}

bool looks_like_text(std::span<const std::uint8_t> head)
{
  return std::none_of(head.begin(), head.end(), [](std::uint8_t byte) { return byte == 0; });
}

} // namespace

std::string content_type(std::span<const std::uint8_t> head, const std::string& extension)
{
  // An ftyp whose brands lie (an HEIC photo claiming mp42, a video claiming heic): the boxes decide.
  switch (box_kind(head)) {
  case BoxKind::image:
    if (auto image = media::detect_image_format(head); image != media::ImageFormat::unknown) {
      return media::to_string(image); // heic or avif
    }
    return "heic";
  case BoxKind::movie:
    if (media::detect_container(head) == media::Container::unknown) {
      return "mp4";
    }
    break;
  case BoxKind::unknown:
    break;
  }
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
  case office::DocumentType::ole2_other:
    // A compound file whose directory cannot be read (a .doc cut short, only its header copied) says nothing
    // of what it held: a matching extension is trusted, and its reader reports the damage (not "an OLE2 file
    // named .doc").
    if ((extension == "doc" || extension == "xls" || extension == "wps") &&
        office::compound_file_damage(head)) {
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
