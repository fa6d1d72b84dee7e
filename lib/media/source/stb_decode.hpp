#pragma once

#include "byte_reader.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace nominate::media::detail {

struct StbFree {
  void operator()(unsigned char* pixels) const;
};

// Pixels decoded by stb_image: 8-bit RGB or RGBA rows, kept in stb_image's own buffer (no copy: a 100 MP
// photo is 300–400 MB already).
struct RgbImage {
  int width = 0;
  int height = 0;
  int channels_in_file = 0;
  int stride = 3; // 3 (RGB) or 4 (RGBA)
  std::unique_ptr<unsigned char, StbFree> pixels;

  // The pixel at (x, y) as stored, transparent pixels laid over white: stb_image decodes them as black
  // where a clerk's viewer shows them on white.
  [[nodiscard]] std::array<std::uint8_t, 3> rgb(int x, int y) const
  {
    const unsigned char* p = pixels.get() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                                             static_cast<std::size_t>(x)) *
                                                static_cast<std::size_t>(stride);
    if (stride == 3) {
      return {p[0], p[1], p[2]};
    }
    const unsigned a = p[3];
    auto over_white = [a](unsigned c) {
      return static_cast<std::uint8_t>((c * a + 255 * (255 - a) + 127) / 255);
    };
    return {over_white(p[0]), over_white(p[1]), over_white(p[2])};
  }

  // The opacity at (x, y): 0 transparent … 255 opaque; 255 for an image without an alpha channel.
  [[nodiscard]] std::uint8_t opacity(int x, int y) const
  {
    if (stride != 4) {
      return 255;
    }
    return pixels
        .get()[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) *
                   4 +
               3];
  }

  // Makes an RGBA image whose alpha is 0 everywhere opaque, and says whether it did: a 32-bit BMP's alpha
  // bytes left 0 by GDI (or a V4/V5 header's alpha mask over them) mean "no alpha", as Paint and browsers
  // show it. stb_image knows this only of BI_RGB files.
  bool opaque_if_alpha_unused()
  {
    if (stride != 4) {
      return false;
    }
    const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    unsigned char* data = pixels.get();
    for (std::size_t i = 0; i < count; ++i) {
      if (data[i * 4 + 3] != 0) {
        return false;
      }
    }
    for (std::size_t i = 0; i < count; ++i) {
      data[i * 4 + 3] = 255;
    }
    return true;
  }
};

// What stb_image's header reader says: its own view of the size and channels.
struct StbInfo {
  int width = 0;
  int height = 0;
  int channels = 0;
};

// stb_image's header read (stbi_info); the string is stb_image's reason when it refuses the header.
[[nodiscard]] std::variant<StbInfo, std::string> stb_info(Bytes bytes);

// Decodes a JPEG, PNG, BMP or GIF (its first frame). The caller has checked the pixel budget against
// stb_info first; stb_image is built with only these decoders and STBI_MAX_DIMENSIONS. The string is
// stb_image's reason on failure.
[[nodiscard]] std::variant<RgbImage, std::string> stb_decode_rgb(Bytes bytes);

} // namespace nominate::media::detail
