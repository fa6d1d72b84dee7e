#pragma once

#include <nominate/core/error.hpp>
#include <nominate/media/photo.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nominate::media {

// A decoded picture as a viewer shows it: 8-bit RGB rows, top to bottom, EXIF orientation applied,
// transparent pixels laid over white. What was transparent is kept in `alpha`: viewers differ in what they
// show behind it (white, black, a checkerboard), so a judgement of the background needs to know.
struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels; // width × height × 3 bytes, R G B
  // width × height opacities (0 transparent … 255 opaque), laid out like `pixels`; empty when the file has
  // no transparency.
  std::vector<std::uint8_t> alpha;

  [[nodiscard]] std::array<std::uint8_t, 3> rgb(int x, int y) const
  {
    const std::size_t at =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3;
    return {pixels[at], pixels[at + 1], pixels[at + 2]};
  }
};

// How big a decode may be. JPEG is scaled in the DCT domain (1/2, 1/4, 1/8: far cheaper than a full decode);
// other formats are decoded whole, then box-filtered down where `max_long_side` asks.
struct DecodeOptions {
  // The smallest size that serves the purpose: the image's long side is at least this many pixels (or the
  // whole image, when smaller). 0: full resolution. Colour and background judgements need about 400.
  int min_long_side = 0;
  // At most this long side (a thumbnail); 0: no limit. Applied after `min_long_side`.
  int max_long_side = 0;
  // Refuse to decode past this many pixels (width × height), before allocating any. A sequential JPEG
  // decoded at a DCT scale (`min_long_side`) counts the pixels it is decoded to, libjpeg holding one row of
  // blocks at a time, up to k_sequential_jpeg_factor × max_pixels stored (a 200-megapixel phone photo is
  // judged at 1/8); a progressive JPEG holds all its coefficients, and every other format all its pixels.
  std::int64_t max_pixels = 100'000'000;
};

// How many times max_pixels a sequential JPEG may hold when it is decoded scaled: bounds the time spent
// reading its every block.
constexpr std::int64_t k_sequential_jpeg_factor = 4;

// What a decode learned besides the pixels.
struct ImageInfo {
  ImageFormat format = ImageFormat::unknown;
  int stored_width = 0; // the full-resolution size as stored, before orientation and scaling
  int stored_height = 0;
  int orientation = 1;      // EXIF orientation applied (1–8); HEIF's own transformations are always applied
  int channels_in_file = 0; // 1 grey, 2 grey+alpha, 3 colour, 4 colour+alpha or CMYK
  int bit_depth = 0;
  // The decoder's warnings that did not stop it ("Corrupt JPEG data: 12 extraneous bytes before marker
  // 0xd9"): the picture is whole and readable, as browsers and cameras show it.
  std::vector<std::string> warnings;
  // Frames in an animated GIF or WebP (1 for a still picture): the decoded picture is the first.
  int frames = 1;
  // The embedded ICC colour profile as stored (a JPEG's APP2 chunks joined, a PNG's iCCP inflated, a HEIF's
  // `colr` prof/rICC, a WebP's ICCP); empty when the file has none. The pixels are as stored, not converted:
  // a viewer needs this profile to show them right (an iPhone's Display P3 looks dull without it). Kept only
  // when it describes RGB, as the decoded pixels are: a CMYK JPEG's press profile or a grey one would
  // describe them wrongly in a copy made from them.
  std::vector<std::uint8_t> icc_profile;
  // A JPEG's print density as its JFIF header gives it (a studio's 2寸 file: 300 dpi, so that Word and WPS
  // insert it at 35×49 mm): unit 1 dots per inch, 2 per cm; 0 when none is given (an aspect ratio only).
  int density_unit = 0;
  int x_density = 0;
  int y_density = 0;
};

struct DecodedImage {
  Image image;
  ImageInfo info;
};

// Decodes a JPEG (libjpeg-turbo), PNG, BMP or GIF (stb_image; a GIF's first frame), WebP (libwebp; an
// animated one's first frame, as its canvas shows it), or HEIC/HEIF/AVIF (libheif). Errors, with the reason
// in English in the message:
// - ErrorCode::unreadable: damaged or truncated ("truncated: …" when the data ends before the picture does:
//   a partial decode is never returned), or not an image;
// - ErrorCode::unsupported: a valid file this tool cannot decode (a 12-bit JPEG, TIFF, a HEIF whose codec
//   libheif lacks);
// - ErrorCode::limit_exceeded: over `max_pixels`;
// - ErrorCode::missing_library: libheif, loaded on first use, could not be loaded (the message names the
//   package): not the file's fault.
// Never throws; safe to call from several threads at once.
[[nodiscard]] core::Result<DecodedImage> decode_image(std::span<const std::uint8_t> bytes,
                                                      const DecodeOptions& options = {});

// True when decode_image decodes this format (JPEG, PNG, BMP, GIF, WebP, HEIC, HEIF, AVIF).
[[nodiscard]] bool can_decode(ImageFormat format);

} // namespace nominate::media
