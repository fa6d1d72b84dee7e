#include "image_decoders.hpp"
#include "image_header.hpp"

#include <nominate/media/image.hpp>

#include <algorithm>
#include <string_view>
#include <utility>

namespace nominate::media {

namespace {

// The displayed picture for an EXIF orientation (1–8): each displayed pixel taken from its stored place.
// `stored` itself (moved, not copied) when it is already upright.
Image oriented(Image stored, int orientation)
{
  if (orientation <= 1 || orientation > 8) {
    return stored;
  }
  const int w = stored.width;
  const int h = stored.height;
  const bool swaps = orientation >= 5;
  Image out;
  out.width = swaps ? h : w;
  out.height = swaps ? w : h;
  out.pixels.resize(stored.pixels.size());
  out.alpha.resize(stored.alpha.size());
  std::size_t at = 0;
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      int sx = x;
      int sy = y;
      switch (orientation) {
      case 2:
        sx = w - 1 - x;
        break;
      case 3:
        sx = w - 1 - x;
        sy = h - 1 - y;
        break;
      case 4:
        sy = h - 1 - y;
        break;
      case 5:
        sx = y;
        sy = x;
        break;
      case 6:
        sx = y;
        sy = h - 1 - x;
        break;
      case 7:
        sx = w - 1 - y;
        sy = h - 1 - x;
        break;
      case 8:
        sx = w - 1 - y;
        sy = x;
        break;
      default:
        break;
      }
      const auto p = stored.rgb(sx, sy);
      if (!stored.alpha.empty()) {
        out.alpha[at / 3] = stored.alpha[static_cast<std::size_t>(sy) * static_cast<std::size_t>(w) +
                                         static_cast<std::size_t>(sx)];
      }
      out.pixels[at++] = p[0];
      out.pixels[at++] = p[1];
      out.pixels[at++] = p[2];
    }
  }
  return out;
}

// A box filter down to a long side of at most `max_long_side`: each output pixel the mean of the input
// pixels it covers. `in` itself (moved, not copied) when it is small enough.
Image shrunk(Image in, int max_long_side)
{
  const int long_side = std::max(in.width, in.height);
  if (max_long_side <= 0 || long_side <= max_long_side) {
    return in;
  }
  const double scale = static_cast<double>(max_long_side) / long_side;
  Image out;
  out.width = std::max(1, static_cast<int>(in.width * scale));
  out.height = std::max(1, static_cast<int>(in.height * scale));
  out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
  if (!in.alpha.empty()) {
    out.alpha.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
  }
  std::size_t at = 0;
  for (int y = 0; y < out.height; ++y) {
    const int y0 = static_cast<int>(static_cast<std::int64_t>(y) * in.height / out.height);
    const int y1 =
        std::max(y0 + 1, static_cast<int>(static_cast<std::int64_t>(y + 1) * in.height / out.height));
    for (int x = 0; x < out.width; ++x) {
      const int x0 = static_cast<int>(static_cast<std::int64_t>(x) * in.width / out.width);
      const int x1 =
          std::max(x0 + 1, static_cast<int>(static_cast<std::int64_t>(x + 1) * in.width / out.width));
      std::uint64_t sum[3] = {0, 0, 0};
      std::uint64_t opacity = 0;
      for (int sy = y0; sy < y1; ++sy) {
        for (int sx = x0; sx < x1; ++sx) {
          const auto p = in.rgb(sx, sy);
          sum[0] += p[0];
          sum[1] += p[1];
          sum[2] += p[2];
          if (!in.alpha.empty()) {
            opacity += in.alpha[static_cast<std::size_t>(sy) * static_cast<std::size_t>(in.width) +
                                static_cast<std::size_t>(sx)];
          }
        }
      }
      const auto count = static_cast<std::uint64_t>(y1 - y0) * static_cast<std::uint64_t>(x1 - x0);
      if (!out.alpha.empty()) {
        out.alpha[at / 3] = static_cast<std::uint8_t>((opacity + count / 2) / count);
      }
      for (auto channel : sum) {
        out.pixels[at++] = static_cast<std::uint8_t>((channel + count / 2) / count);
      }
    }
  }
  return out;
}

// An ICC profile's header names the colour space of the data it describes at bytes 16–19 ("RGB ", "CMYK",
// "GRAY", …; ICC.1:2010 §7.2.6).
bool describes_rgb(std::span<const std::uint8_t> profile)
{
  constexpr std::string_view k_rgb = "RGB ";
  return profile.size() >= 20 && std::equal(k_rgb.begin(), k_rgb.end(), profile.begin() + 16);
}

} // namespace

bool can_decode(ImageFormat format)
{
  return format == ImageFormat::jpeg || format == ImageFormat::png || format == ImageFormat::bmp ||
         format == ImageFormat::gif || format == ImageFormat::webp || format == ImageFormat::heic ||
         format == ImageFormat::heif || format == ImageFormat::avif;
}

core::Result<DecodedImage> decode_image(std::span<const std::uint8_t> bytes, const DecodeOptions& options)
{
  if (bytes.empty()) {
    return core::fail(core::ErrorCode::unreadable, "empty file");
  }
  const auto format =
      detect_image_format(bytes.first(std::min<std::size_t>(bytes.size(), std::size_t{64} * 1024)));
  core::Result<DecodedImage> decoded = core::fail(core::ErrorCode::unreadable, "not an image");
  int orientation = 1;
  switch (format) {
  case ImageFormat::jpeg:
    orientation = detail::read_image_header(format, bytes).orientation;
    decoded = detail::decode_jpeg(bytes, options.min_long_side, options.max_pixels);
    break;
  case ImageFormat::png:
  case ImageFormat::bmp:
  case ImageFormat::gif:
    decoded = detail::decode_stb(bytes, format, options.max_pixels);
    break;
  case ImageFormat::webp:
    decoded = detail::decode_webp(bytes, options.max_pixels);
    break;
  case ImageFormat::heic:
  case ImageFormat::heif:
  case ImageFormat::avif:
    decoded = detail::decode_heif(bytes, format, options.max_pixels);
    break;
  case ImageFormat::unknown:
    return decoded;
  default:
    return core::fail(core::ErrorCode::unsupported,
                      std::string("cannot decode ") + to_string(format) + ": convert it to JPEG");
  }
  if (!decoded) {
    return decoded;
  }
  if (!describes_rgb(decoded->info.icc_profile)) {
    decoded->info.icc_profile.clear();
  }
  decoded->info.orientation = orientation;
  decoded->image = shrunk(oriented(std::move(decoded->image), orientation), options.max_long_side);
  return decoded;
}

} // namespace nominate::media
