#pragma once

#include "stb_decode.hpp"

#include <nominate/media/photo.hpp>

#include <string>

namespace nominate::media::detail {

// What the pixels show, judged on the photo as displayed (EXIF orientation applied).
struct PixelFacts {
  bool grayscale = false;
  double colour_share = 0; // share of sampled pixels whose chroma (max − min channel) exceeds k_colour_chroma
  Background background = Background::unknown;
  double background_share = 0;
  std::string background_rgb; // median of the border band, "#rrggbb"
};

// A pixel counts as coloured above this chroma (0–255): JPEG artefacts and chroma subsampling leave a grey
// photo's pixels within about ±10.
inline constexpr int k_colour_chroma = 24;
// A photo is grayscale when fewer than this share of its pixels are coloured (a face alone is 10–30 %).
inline constexpr double k_grayscale_max_colour_share = 0.01;
// The border band: this share of the width on the left and right (upper 60 % only: shoulders reach the
// sides lower down), and of the height along the top.
inline constexpr double k_border_band = 0.04;
// The band's majority class is the background only when it holds at least this share of the band.
inline constexpr double k_background_majority = 0.5;

// Samples at most about a million pixels, whatever the photo's size, so the cost is bounded.
[[nodiscard]] PixelFacts analyse_pixels(const RgbImage& image, int orientation);

// The class of one colour: white (light, nearly neutral), light (light grey), blue, red or other.
[[nodiscard]] Background classify_colour(int r, int g, int b);

} // namespace nominate::media::detail
