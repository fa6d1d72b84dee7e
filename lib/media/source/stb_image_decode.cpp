// PNG, BMP and GIF through stb_image (built with only these decoders and JPEG's; JPEG goes to
// libjpeg-turbo). stb_image gives neither a PNG's colour profile nor a GIF's frame count, nor checks a
// PNG's CRCs: these are read here from the chunks and blocks, bounded by the file's size.

#include "image_decoders.hpp"
#include "stb_decode.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <zlib.h>

namespace nominate::media::detail {

namespace {

// A profile is tens of kilobytes (Display P3 about 0.5 KB, a printer's a few MB): more is not a profile.
constexpr std::size_t k_max_profile_bytes = std::size_t{8} * 1024 * 1024;

// zlib's inflate of `compressed`, refusing past k_max_profile_bytes (an iCCP chunk made to inflate to
// gigabytes); empty when damaged.
std::vector<std::uint8_t> inflated(Bytes compressed)
{
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    return {};
  }
  std::vector<std::uint8_t> out(std::min<std::size_t>(compressed.size() * 4 + 1024, k_max_profile_bytes));
  stream.next_in = const_cast<Bytef*>(compressed.data());
  stream.avail_in = static_cast<uInt>(std::min<std::size_t>(compressed.size(), UINT32_MAX));
  int status = Z_OK;
  while (status == Z_OK) {
    if (stream.total_out == out.size()) {
      if (out.size() >= k_max_profile_bytes) {
        break;
      }
      out.resize(std::min(out.size() * 2, k_max_profile_bytes));
    }
    stream.next_out = out.data() + stream.total_out;
    stream.avail_out = static_cast<uInt>(out.size() - stream.total_out);
    status = inflate(&stream, Z_NO_FLUSH);
  }
  const bool ended = status == Z_STREAM_END;
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return ended ? out : std::vector<std::uint8_t>{};
}

// A PNG's iCCP chunk: a name (1–79 bytes), a NUL, the compression method (0) and the zlib-compressed
// profile. Only before the first IDAT (PNG 1.2, 4.2.2.4); empty when none.
std::vector<std::uint8_t> png_icc_profile(Bytes bytes)
{
  std::size_t offset = 8;
  while (true) {
    auto length = be32(bytes, offset);
    if (!length || offset + 12 + std::uint64_t{*length} > bytes.size() ||
        has_text_at(bytes, offset + 4, "IDAT")) {
      return {};
    }
    if (has_text_at(bytes, offset + 4, "iCCP")) {
      const Bytes data = bytes.subspan(offset + 8, *length);
      const auto nul = std::find(data.begin(), data.end(), std::uint8_t{0});
      const auto at = static_cast<std::size_t>(nul - data.begin());
      if (at + 2 > data.size() || data[at + 1] != 0) {
        return {};
      }
      return inflated(data.subspan(at + 2));
    }
    offset += 12 + std::size_t{*length};
  }
}

// The first critical chunk (IHDR, PLTE, IDAT, IEND: an upper-case first letter) whose CRC-32 does not match
// its type and data, as "IHDR"; nullopt when all match. stb_image checks no CRC, but libpng, and so most
// viewers and upload forms, refuse such a file: it is damaged. An ancillary chunk's bad CRC is only
// skipped by libpng, so it is not counted. Stops at IEND or where the chunks run past the file (what the
// decoder then makes of it is its own finding).
std::optional<std::string> png_crc_damage(Bytes bytes)
{
  std::size_t offset = 8;
  while (true) {
    auto length = be32(bytes, offset);
    if (!length || offset + 12 + std::uint64_t{*length} > bytes.size()) {
      return std::nullopt;
    }
    const Bytes typed = bytes.subspan(offset + 4, 4 + std::size_t{*length});
    const bool critical = (typed[0] & 0x20) == 0;
    if (critical) {
      const uLong crc = crc32_z(0L, typed.data(), typed.size());
      const auto stored = be32(bytes, offset + 8 + std::size_t{*length});
      if (!stored || crc != *stored) {
        return std::string(reinterpret_cast<const char*>(typed.data()), 4);
      }
    }
    if (has_text_at(bytes, offset + 4, "IEND")) {
      return std::nullopt;
    }
    offset += 12 + std::size_t{*length};
  }
}

// Skips a GIF's data sub-blocks from `offset`: returns the offset after the terminating empty block, or
// nullopt when the file ends first.
std::optional<std::size_t> after_sub_blocks(Bytes bytes, std::size_t offset)
{
  while (offset < bytes.size()) {
    const std::size_t size = bytes[offset];
    offset += 1 + size;
    if (size == 0) {
      return offset;
    }
  }
  return std::nullopt;
}

// The number of images (frames) in a GIF: its image descriptors, counted by walking the blocks (GIF89a).
int gif_frame_count(Bytes bytes)
{
  if (bytes.size() < 13) {
    return 1;
  }
  const auto colour_table = [](std::uint8_t flags) {
    return (flags & 0x80) != 0 ? std::size_t{3} << ((flags & 7) + 1) : 0;
  };
  std::size_t offset = 13 + colour_table(bytes[10]);
  int frames = 0;
  while (offset < bytes.size()) {
    const std::uint8_t block = bytes[offset];
    std::optional<std::size_t> next;
    if (block == 0x2C && offset + 10 < bytes.size()) { // image descriptor, then the LZW code size
      ++frames;
      next = after_sub_blocks(bytes, offset + 10 + colour_table(bytes[offset + 9]) + 1);
    } else if (block == 0x21 && offset + 2 < bytes.size()) { // extension: label, then sub-blocks
      next = after_sub_blocks(bytes, offset + 2);
    }
    if (!next) {
      break; // the trailer (0x3B), or the file ends
    }
    offset = *next;
  }
  return std::max(frames, 1);
}

} // namespace

core::Result<DecodedImage> decode_stb(Bytes bytes, ImageFormat format, std::int64_t max_pixels)
{
  if (format == ImageFormat::png) {
    if (auto chunk = png_crc_damage(bytes)) {
      return core::fail(core::ErrorCode::unreadable,
                        "damaged: the PNG's " + *chunk + " chunk fails its CRC check");
    }
  }
  auto info = stb_info(bytes);
  if (auto* reason = std::get_if<std::string>(&info)) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: " + *reason);
  }
  const auto& header = std::get<StbInfo>(info);
  if (std::int64_t{header.width} * std::int64_t{header.height} > max_pixels) {
    return core::fail(core::ErrorCode::limit_exceeded, "over pixel budget: " + std::to_string(header.width) +
                                                           "×" + std::to_string(header.height) +
                                                           " is more than " + std::to_string(max_pixels) +
                                                           " pixels");
  }
  auto decoded = stb_decode_rgb(bytes);
  if (auto* reason = std::get_if<std::string>(&decoded)) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: " + *reason);
  }
  auto& stb = std::get<RgbImage>(decoded);
  const bool alpha_unused = format == ImageFormat::bmp && stb.opaque_if_alpha_unused();
  DecodedImage out;
  out.info.format = format;
  out.info.stored_width = stb.width;
  out.info.stored_height = stb.height;
  out.info.channels_in_file = alpha_unused ? 3 : stb.channels_in_file;
  if (format == ImageFormat::png) {
    out.info.icc_profile = png_icc_profile(bytes);
  } else {
    out.info.bit_depth = 8; // stb_image's BMP and GIF are 8 bits a channel, palettes included
    out.info.frames = format == ImageFormat::gif ? gif_frame_count(bytes) : 1;
  }
  out.image.width = stb.width;
  out.image.height = stb.height;
  out.image.pixels.resize(static_cast<std::size_t>(stb.width) * static_cast<std::size_t>(stb.height) * 3);
  const bool transparent = stb.stride == 4 && !alpha_unused;
  if (transparent) {
    out.image.alpha.resize(static_cast<std::size_t>(stb.width) * static_cast<std::size_t>(stb.height));
  }
  std::size_t at = 0;
  std::size_t opacity_at = 0;
  for (int y = 0; y < stb.height; ++y) {
    for (int x = 0; x < stb.width; ++x) {
      const auto rgb = stb.rgb(x, y); // laid over white
      out.image.pixels[at++] = rgb[0];
      out.image.pixels[at++] = rgb[1];
      out.image.pixels[at++] = rgb[2];
      if (transparent) {
        out.image.alpha[opacity_at++] = stb.opacity(x, y);
      }
    }
  }
  return out;
}

} // namespace nominate::media::detail
