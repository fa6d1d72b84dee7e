#pragma once

#include <nominate/media/image.hpp>
#include <nominate/media/photo.hpp>

#include <cstddef>
#include <string>

namespace nominate::media::detail {

// What the pixels show, judged on the photo as displayed (EXIF orientation applied).
struct PixelFacts {
  bool grayscale = false;
  double colour_share = 0; // share of sampled pixels whose chroma (max − min channel) exceeds k_colour_chroma
  double faint_share = 0; // and the share whose chroma exceeds k_neutral_chroma: any colour at all
  bool tinted = false;    // coloured, but one tone throughout: a monochrome photo toned (sepia; see below)
  double tint_spread = 0; // how far the colours of equally light mid-tone pixels stray from their mean (RMS)
  double mid_neutral_share = 0; // of the mid-tone pixels, the share that is neutral (grey, white, black)
  Background background = Background::unknown;
  double background_share = 0;
  std::string background_rgb;        // median of the border band, "#rrggbb"
  double background_uniformity = 0;  // share of the band within k_uniform_distance of its median
  bool background_even = false;      // background_uniformity ≥ k_certain_uniformity: one even colour
  bool background_certain = false;   // an unmistakably blue or red, uniform border (see below)
  double background_transparent = 0; // share of the band under k_transparent_opacity
  // A plain margin of another colour around the picture (a 蓝底 photo cut from a studio's print sheet with
  // its white edge, an app's 带白边 export): its width in pixels, and then the band is taken inside it. 0:
  // none.
  int background_margin = 0;
};

// A pixel is transparent below this opacity (0–255): more of what is behind it shows than of itself.
inline constexpr int k_transparent_opacity = 128;

// A pixel counts as coloured above this chroma (0–255): JPEG artefacts and chroma subsampling leave a grey
// photo's pixels within about ±10.
inline constexpr int k_colour_chroma = 24;
// A photo is grayscale when fewer than this share of its pixels are coloured (a face alone is 10–30 %),
// and fewer than k_grayscale_max_faint_share hold any colour at all (chroma over k_neutral_chroma, below):
// a pale face under cool light, a faded print or a 低饱和 filter leave few pixels over k_colour_chroma, but a
// whole face of faint colour, while a grey photo's artefacts stay within ±10.
inline constexpr double k_grayscale_max_colour_share = 0.01;
inline constexpr double k_grayscale_max_faint_share = 0.03;
// Nor is a picture grayscale where colour is gathered in one place: the picture is cut into
// k_colour_cells × k_colour_cells cells, and a cell with more than k_grayscale_max_cell_share of its pixels
// coloured holds a colour photo — a scanned A4 page with the colour 2-inch photo glued on (about 3 % of the
// page) is mostly grey paper, but the cells on the photo are a face on a backdrop. A grey photo's artefacts
// are scattered, never gathered so.
inline constexpr std::size_t k_colour_cells = 8;
inline constexpr double k_grayscale_max_cell_share = 0.15;
// A toned monochrome photo (sepia, 怀旧/复古 filters, a blue or duotone toning) is coloured, but its colour
// follows from its lightness alone: one curve from dark to light that every pixel lies on. It is *tinted*
// when all of:
// - it is not grayscale, and at least k_tint_min_tone_share of the pixels are dark mid-tones (lightness
//   40–99) and as many light ones (150–215): one tone seen over a wide range of lightness. Toning leaves the
//   deepest shadows and highlights nearly neutral, and a picture of one flat colour on white (a drawing, a
//   logo) shows no curve at all;
// - at most k_tint_max_neutral of the mid-tones are neutral (chroma ≤ k_neutral_chroma): toning colours
//   every grey, while a colour photo keeps something grey, white or black in its mid-tones (a shirt, a suit,
//   a wall, hair) whatever its skin or lighting;
// - the mid-tones' colour (the r−g and (r+g)/2−b axes) strays from the mean of the pixels of the same
//   lightness (bins 8 wide) by at most k_tint_max_spread RMS: one tone. Measured on ImageMagick's sepia-tone
//   (50–95 %), tint and duotone of real photos: 1–7; colour photos with no neutral mid-tones (a ginger cat
//   on a brown blanket, a warm-lit portrait, a vintage filter that keeps colour): 15 and more;
// - the mean colours of all lightnesses point one way (coherence ≥ k_tint_min_coherence, 1 for one hue):
//   toning has one hue (0.99–1.00 measured), while a drawing of flat colours (skin, a navy jacket, a green
//   one) has a colour per lightness that no spread reveals (0.2–0.4).
inline constexpr int k_neutral_chroma = 12;
inline constexpr double k_tint_min_tone_share = 0.02;
inline constexpr double k_tint_max_neutral = 0.02;
inline constexpr double k_tint_max_spread = 10.0;
inline constexpr double k_tint_min_coherence = 0.9;
// The border band: this share of the width on the left and right (upper 60 % only: shoulders reach the
// sides lower down), and of the height along the top.
inline constexpr double k_border_band = 0.04;
// A margin (PixelFacts::background_margin) is found where a straight edge of even colour runs equally deep
// on every side: scanned inwards on eight lines away from the head (at 10, 30, 70 and 90 % across the top,
// 10 and 30 % down each side), each reaches a colour at least k_margin_contrast from the edge's, at depths
// within k_margin_depth_tolerance of one another, at most k_max_margin of the short side, and the colours
// reached agree (within k_margin_contrast). A white backdrop that runs to the shoulders, or a head that
// reaches the top, ends the scans at different depths: no margin.
inline constexpr int k_margin_contrast = 40;
inline constexpr int k_margin_depth_tolerance = 2;
inline constexpr double k_max_margin = 0.2;
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

// A light colour whose blue exceeds its red by this much is a pale blue (#d8e8f5, a studio's lightest 浅蓝
// or a blue sheet), not white, though its chroma is under white's 30: it is `light`, a judgement a person
// confirms. A cool cast on a white wall stays under it (the examples' #e4eef8: 20); a warm cast is lighting,
// not a backdrop, and is left white.
inline constexpr int k_pale_blue_excess = 24;

// The class of one colour: white (light, nearly neutral), light (light grey, pale blue), blue, red or other.
[[nodiscard]] Background classify_colour(int r, int g, int b);

} // namespace nominate::media::detail
