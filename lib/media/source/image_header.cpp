#include "image_header.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace nominate::media::detail {

namespace {

constexpr int k_max_segments = 4096;  // a JPEG has tens; more means garbage
constexpr int k_max_chunks = 1 << 20; // a PNG's IDAT chunks are many but bounded by its size anyway
constexpr std::uint16_t k_orientation_tag = 0x0112;

bool is_start_of_frame(std::uint8_t marker)
{
  // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// The offset of the marker that ends the entropy-coded data starting at `from` (FF bytes inside that data are
// stuffed as FF 00, and restart markers FF D0–D7 belong to it); bytes.size() when none does.
// Jumps from FF to FF with memchr: the scan covers a photo's whole compressed data.
std::size_t next_marker(Bytes bytes, std::size_t from)
{
  for (std::size_t i = from; i + 1 < bytes.size(); ++i) {
    const void* found = std::memchr(bytes.data() + i, 0xFF, bytes.size() - 1 - i);
    if (found == nullptr) {
      break;
    }
    i = static_cast<std::size_t>(static_cast<const std::uint8_t*>(found) - bytes.data());
    const std::uint8_t next = bytes[i + 1];
    if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
      return i;
    }
  }
  return bytes.size();
}

// True when a DHT segment's tables are well-formed. stb_image 2.27 trusts a table's symbol count and writes
// up to 4080 symbols into 256-entry arrays (fixed upstream in 2.28, not in Debian 12's): such a file must
// never reach it.
bool huffman_tables_sound(Bytes payload, std::array<bool, 8>& defined)
{
  std::size_t at = 0;
  while (at < payload.size()) {
    if (payload.size() - at < 17) {
      return false;
    }
    const std::uint8_t table = payload[at];
    if ((table >> 4) > 1 || (table & 15) > 3) {
      return false;
    }
    std::size_t symbols = 0;
    for (std::size_t i = 1; i <= 16; ++i) {
      symbols += payload[at + i];
    }
    if (symbols > 256 || payload.size() - at - 17 < symbols) {
      return false;
    }
    defined[(static_cast<std::size_t>(table) >> 4) * 4 + (static_cast<std::size_t>(table) & 15)] = true;
    at += 17 + symbols;
  }
  return true;
}

// True when every table a scan (SOS) names was defined before it. stb_image 2.27 decodes with an undefined
// table's uninitialised memory and indexes arrays with the garbage (fixed upstream in 2.28).
bool scan_tables_defined(Bytes payload, const std::array<bool, 8>& defined)
{
  if (payload.empty()) {
    return false;
  }
  const std::size_t components = payload[0];
  if (payload.size() < 1 + components * 2 + 3) {
    return false;
  }
  const std::uint8_t first = payload[1 + components * 2];    // Ss: 0 when the scan holds DC coefficients
  const std::uint8_t last = payload[1 + components * 2 + 1]; // Se: > 0 when it holds AC coefficients
  for (std::size_t i = 0; i < components; ++i) {
    const std::uint8_t tables = payload[1 + i * 2 + 1];
    const std::size_t dc = tables >> 4;
    const std::size_t ac = tables & 15;
    if (dc > 3 || ac > 3 || (first == 0 && !defined[dc]) || (last > 0 && !defined[4 + ac])) {
      return false;
    }
  }
  return true;
}

ImageHeader read_jpeg(Bytes bytes)
{
  ImageHeader header;
  header.complete = false;
  std::size_t offset = 2;
  bool frame_seen = false;
  std::array<bool, 8> tables{}; // DC 0–3, AC 0–3
  for (int segment = 0; segment < k_max_segments; ++segment) {
    // Markers may be preceded by any number of FF fill bytes.
    while (offset < bytes.size() && bytes[offset] == 0xFF && offset + 1 < bytes.size() &&
           bytes[offset + 1] == 0xFF) {
      ++offset;
    }
    if (offset + 1 >= bytes.size()) {
      break;
    }
    if (bytes[offset] != 0xFF) {
      header.problem = "damaged JPEG: a marker was expected at byte " + std::to_string(offset);
      break;
    }
    const std::uint8_t marker = bytes[offset + 1];
    offset += 2;
    if (marker == 0xD9) {
      header.complete = true;
      break;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
      continue; // markers without a length
    }
    auto length = be16(bytes, offset);
    if (!length || *length < 2) {
      break;
    }
    Bytes payload = bytes.subspan(offset + 2, std::min<std::size_t>(*length - 2, bytes.size() - offset - 2));
    if (marker == 0xE1 && has_text_at(payload, 0, std::string_view("Exif\0\0", 6))) {
      header.orientation = exif_orientation(payload.subspan(6));
    } else if (is_start_of_frame(marker) && !frame_seen && payload.size() >= 6) {
      frame_seen = true;
      header.bit_depth = payload[0];
      header.height = *be16(payload, 1);
      header.width = *be16(payload, 3);
      header.channels = payload[5];
      header.arithmetic = marker >= 0xC9;
      header.progressive = (marker & 0x03) == 0x02; // C2, C6, CA, CE
    } else if (marker == 0xC4 && !huffman_tables_sound(payload, tables)) {
      header.problem = "damaged JPEG: a Huffman table is malformed";
      break;
    } else if (marker == 0xDA && !scan_tables_defined(payload, tables)) {
      header.problem = "damaged JPEG: a scan uses an undefined Huffman table";
      break;
    }
    offset += *length;
    if (marker == 0xDA) {
      // A progressive JPEG has more tables and scans after its first scan: walk them too.
      offset = next_marker(bytes, offset);
    }
  }
  if (!frame_seen && !header.problem) {
    header.problem = "damaged JPEG: no frame header (SOF)";
  }
  return header;
}

ImageHeader read_png(Bytes bytes)
{
  ImageHeader header;
  header.complete = false;
  if (!has_text_at(bytes, 12, "IHDR") || bytes.size() < 29) {
    header.problem = "damaged PNG: no IHDR header";
    return header;
  }
  header.width = static_cast<int>(std::min<std::uint32_t>(*be32(bytes, 16), 0x7FFFFFFF));
  header.height = static_cast<int>(std::min<std::uint32_t>(*be32(bytes, 20), 0x7FFFFFFF));
  header.bit_depth = bytes[24];
  const std::uint8_t colour_type = bytes[25];
  switch (colour_type) {
  case 0:
    header.channels = 1;
    break;
  case 2: // RGB
  case 3: // a palette of colours
    header.channels = 3;
    break;
  case 4:
    header.channels = 2;
    header.has_alpha = true;
    break;
  case 6:
    header.channels = 4;
    header.has_alpha = true;
    break;
  default:
    header.problem = "damaged PNG: unknown colour type " + std::to_string(colour_type);
    return header;
  }
  // Walk the chunks for a transparency chunk and the IEND that ends a complete file.
  std::size_t offset = 8;
  for (int chunk = 0; chunk < k_max_chunks; ++chunk) {
    auto length = be32(bytes, offset);
    if (!length || !four_cc(bytes, offset + 4)) {
      break;
    }
    if (has_text_at(bytes, offset + 4, "tRNS")) {
      header.has_alpha = true;
    }
    if (has_text_at(bytes, offset + 4, "IEND")) {
      header.complete = true;
      break;
    }
    const std::uint64_t next = std::uint64_t{offset} + 12 + *length;
    if (next > bytes.size()) {
      break;
    }
    offset = static_cast<std::size_t>(next);
  }
  return header;
}

ImageHeader read_gif(Bytes bytes)
{
  ImageHeader header;
  auto width = le16(bytes, 6);
  auto height = le16(bytes, 8);
  if (width && height) {
    header.width = *width;
    header.height = *height;
    header.channels = 3;
    header.bit_depth = 8;
  }
  return header;
}

ImageHeader read_bmp(Bytes bytes)
{
  ImageHeader header;
  auto width = le32(bytes, 18);
  auto height = le32(bytes, 22);
  auto bits = le16(bytes, 28);
  if (width && height && bits) {
    // Height is negative for a top-down bitmap.
    header.width = std::abs(static_cast<int>(static_cast<std::int32_t>(*width)));
    header.height = std::abs(static_cast<int>(static_cast<std::int32_t>(*height)));
    header.channels = *bits == 32 ? 4 : 3;
    header.bit_depth = 8;
  }
  return header;
}

ImageHeader read_webp(Bytes bytes)
{
  ImageHeader header;
  header.bit_depth = 8;
  header.channels = 3;
  if (has_text_at(bytes, 12, "VP8 ") && bytes.size() >= 30) {
    header.width = *le16(bytes, 26) & 0x3FFF;
    header.height = *le16(bytes, 28) & 0x3FFF;
  } else if (has_text_at(bytes, 12, "VP8L") && bytes.size() >= 25) {
    const std::uint32_t bits = *le32(bytes, 21);
    header.width = static_cast<int>((bits & 0x3FFF) + 1);
    header.height = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
    header.has_alpha = true;
  } else if (has_text_at(bytes, 12, "VP8X") && bytes.size() >= 30) {
    header.width = static_cast<int>((bytes[24] | (bytes[25] << 8) | (bytes[26] << 16)) + 1);
    header.height = static_cast<int>((bytes[27] | (bytes[28] << 8) | (bytes[29] << 16)) + 1);
    header.has_alpha = (bytes[20] & 0x10) != 0;
  }
  if (header.has_alpha) {
    header.channels = 4;
  }
  return header;
}

} // namespace

int exif_orientation(Bytes tiff)
{
  const bool little = has_text_at(tiff, 0, "II");
  if (!little && !has_text_at(tiff, 0, "MM")) {
    return 1;
  }
  auto u16 = [&](std::size_t at) { return little ? le16(tiff, at) : be16(tiff, at); };
  auto u32 = [&](std::size_t at) { return little ? le32(tiff, at) : be32(tiff, at); };
  auto ifd = u32(4);
  if (!ifd) {
    return 1;
  }
  auto count = u16(*ifd);
  if (!count) {
    return 1;
  }
  for (std::size_t i = 0; i < *count; ++i) {
    const std::size_t entry = std::size_t{*ifd} + 2 + i * 12;
    auto tag = u16(entry);
    if (!tag) {
      break;
    }
    if (*tag == k_orientation_tag) {
      auto value = u16(entry + 8); // a SHORT, left-justified in the value field
      if (value && *value >= 1 && *value <= 8) {
        return *value;
      }
      return 1;
    }
  }
  return 1;
}

ImageHeader read_image_header(ImageFormat format, Bytes bytes)
{
  switch (format) {
  case ImageFormat::jpeg:
    return read_jpeg(bytes);
  case ImageFormat::png:
    return read_png(bytes);
  case ImageFormat::gif:
    return read_gif(bytes);
  case ImageFormat::bmp:
    return read_bmp(bytes);
  case ImageFormat::webp:
    return read_webp(bytes);
  default:
    return {};
  }
}

} // namespace nominate::media::detail
