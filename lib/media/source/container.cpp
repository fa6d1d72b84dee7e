#include "byte_reader.hpp"
#include "iso_box.hpp"

#include <nominate/media/video.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace nominate::media {

namespace {

using detail::has_text_at;

// QuickTime files from old cameras may start without `ftyp`, straight with one of these boxes.
constexpr std::array k_quicktime_first_boxes{"moov", "mdat", "wide", "free", "skip", "pnot"};
constexpr std::array k_heif_image_brands{"heic", "heix", "heim", "heis", "hevc",
                                         "hevx", "mif1", "msf1", "avif", "avis"};

// Brands that say "an MP4 reader reads this" (ISO/IEC 14496-12 and -14).
constexpr std::array k_iso_brands{"isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1"};

bool is_transport_stream(std::span<const std::uint8_t> head, std::size_t first, std::size_t packet)
{
  for (std::size_t i = 0; i < 3; ++i) {
    const std::size_t at = first + i * packet;
    if (at >= head.size() || head[at] != 0x47) {
      return false;
    }
  }
  return true;
}

bool mentions(std::span<const std::uint8_t> head, std::string_view text)
{
  for (std::size_t i = 0; i + text.size() <= head.size(); ++i) {
    if (has_text_at(head, i, text)) {
      return true;
    }
  }
  return false;
}

} // namespace

const char* to_string(Container container)
{
  switch (container) {
  case Container::mp4:
    return "mp4";
  case Container::mov:
    return "mov";
  case Container::matroska:
    return "matroska";
  case Container::webm:
    return "webm";
  case Container::avi:
    return "avi";
  case Container::flv:
    return "flv";
  case Container::mpeg_ts:
    return "mpegts";
  case Container::three_gp:
    return "3gp";
  case Container::asf:
    return "asf";
  case Container::mpeg_ps:
    return "mpeg";
  case Container::unknown:
    return "unknown";
  }
  return "unknown";
}

Container detect_container(std::span<const std::uint8_t> head)
{
  if (auto type = detail::parse_file_type(head)) {
    // The major brand says what the file is; compatible brands only what it can also be read as.
    const std::string& major = type->major_brand;
    if (major == "qt  ") {
      return Container::mov;
    }
    if (major.starts_with("3g")) {
      // Phones write MP4 under a 3GPP major brand (3gp4/3gp5/3gp6, compatible "isom"): an ISO file MP4
      // players open as MP4. Only a 3GP that names no ISO/MP4 brand is a 3GP proper.
      const bool iso = std::any_of(k_iso_brands.begin(), k_iso_brands.end(),
                                   [&](const char* brand) { return type->has_brand(brand); });
      return iso ? Container::mp4 : Container::three_gp;
    }
    for (const char* brand : k_heif_image_brands) {
      if (major == brand) {
        return Container::unknown; // a still image (HEIC, AVIF)
      }
    }
    return Container::mp4;
  }
  for (const char* box : k_quicktime_first_boxes) {
    if (has_text_at(head, 4, box)) {
      return Container::mov;
    }
  }
  if (has_text_at(head, 0, "\x1A\x45\xDF\xA3")) {
    // The EBML header's DocType comes within its first few dozen bytes.
    return mentions(head.first(std::min<std::size_t>(head.size(), 64)), "webm") ? Container::webm
                                                                                : Container::matroska;
  }
  if (has_text_at(head, 0, "RIFF") && has_text_at(head, 8, "AVI ")) {
    return Container::avi;
  }
  if (has_text_at(head, 0, "FLV\x01")) {
    return Container::flv;
  }
  if (is_transport_stream(head, 0, 188) || is_transport_stream(head, 4, 192)) {
    return Container::mpeg_ts;
  }
  // ASF's header object GUID 75B22630-668E-11CF-A6D9-00AA0062CE6C, as stored (little-endian fields).
  if (has_text_at(head, 0,
                  std::string_view("\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9\x00\xAA\x00\x62\xCE\x6C", 16))) {
    return Container::asf;
  }
  // An MPEG program stream starts with a pack header (00 00 01 BA).
  if (has_text_at(head, 0, std::string_view("\x00\x00\x01\xBA", 4))) {
    return Container::mpeg_ps;
  }
  return Container::unknown;
}

} // namespace nominate::media
