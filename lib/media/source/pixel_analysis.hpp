#pragma once

#include <nominate/media/image.hpp>
#include <nominate/media/photo.hpp>

#include <string>

namespace nominate::media::detail {

// What the pixels show, judged on the photo as displayed (EXIF orientation applied).
struct PixelFacts {
  bool grayscale = false;
  double colour_share = 0; // share of sampled pixels whose chroma (max − min channel) exceeds k_colour_chroma
  Background background = Background::unknown;
  double background_share = 0;
  std::string background_rgb;        // median of the border band, "#rrggbb"
  double background_uniformity = 0;  // share of the band within k_uniform_distance of its median
  bool background_even = false;      // background_uniformity ≥ k_certain_uniformity: one even colour
  bool background_certain = false;   // an unmistakably blue or red, uniform border (see below)
  double background_transparent = 0; // share of the band under k_transparent_opacity
};

// A pixel is transparent below this opacity (0–255): more of what is behind it shows than of itself.
inline constexpr int k_transparent_opacity = 128;

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

// A blue or red background is *certain* — no person looking at it would call it white — when all of:
// - at least k_certain_share (90 %) of the border band is in that class (a white or grey wall with a blue
//   poster is not);
// - at least k_certain_uniformity (80 %) of the band lies within ±k_uniform_distance (40 of 255) of the
//   band's median on each channel: one even colour, not a gradient of uneven light or a busy scene; JPEG
//   noise and Gaussian sensor noise (σ ≈ 10) stay well within it;
// - the median's own chroma (max − min channel) is at least k_certain_spread (45): a clear colour, not a
//   bluish-grey wall (under 40, not even in the blue class).
// The studio's 蓝底 (#438edb, #3a7bd5) and 红底 (#d9001b, #ff0000) meet all three with room to spare, and so
// does the pale studio blue (浅蓝底, #c6e2ff: chroma 57), which no one would call white either.
// Anything else not white (light grey, cream, uneven, busy) is a judgement a person should confirm.
inline constexpr double k_certain_share = 0.90;
inline constexpr double k_certain_uniformity = 0.80;
inline constexpr int k_uniform_distance = 40;
inline constexpr int k_certain_spread = 45;

// Samples at most about a million pixels, whatever the photo's size, so the cost is bounded. `image` is as
// displayed (orientation applied); a file of one or two channels (grey, grey+alpha) is grayscale whatever
// its pixels.
[[nodiscard]] PixelFacts analyse_pixels(const Image& image, int channels_in_file);

// The class of one colour: white (light, nearly neutral), light (light grey), blue, red or other.
[[nodiscard]] Background classify_colour(int r, int g, int b);

} // namespace nominate::media::detail
