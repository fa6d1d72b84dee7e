#include "pixel_analysis.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace nominate::media::detail {

namespace {

// The colour judgement's grid: at most this many pixels of the picture as decoded (a JPEG is decoded
// DCT-scaled to about 400 px on its long side, so most photos are judged whole; a 413×579 ID photo every
// other pixel and row, 60,000 samples; any larger picture on at least a quarter of the budget, 32,768).
// Shares of coloured and grey pixels over that many samples move by well under the thresholds' margins, and
// the grid was a fifth of a submission's instructions (docs/performance.md).
constexpr std::size_t k_max_samples = 131'072;
constexpr std::size_t k_max_band_samples = 200'000;
constexpr std::size_t k_min_cell_samples = 16; // a cell of fewer samples (a thin strip) says nothing

// max − min channel, written out: called for every sampled pixel (the tone curve is given the result).
inline int chroma(int r, int g, int b)
{
  return std::max(std::max(r, g), b) - std::min(std::min(r, g), b);
}

// Every `step`-th position of a rectangle of the displayed image.
template <typename Visit> void sample_rect(int x0, int y0, int x1, int y1, int step, Visit&& visit)
{
  for (int y = y0; y < y1; y += step) {
    for (int x = x0; x < x1; x += step) {
      visit(x, y);
    }
  }
}

int step_for(std::size_t pixels, std::size_t budget)
{
  if (pixels <= budget) {
    return 1;
  }
  return static_cast<int>(std::ceil(std::sqrt(static_cast<double>(pixels) / static_cast<double>(budget))));
}

std::uint8_t median_of(const std::array<std::size_t, 256>& histogram, std::size_t total)
{
  std::size_t seen = 0;
  for (std::size_t value = 0; value < histogram.size(); ++value) {
    seen += histogram[value];
    if (seen * 2 >= total) {
      return static_cast<std::uint8_t>(value);
    }
  }
  return 255;
}

// The mid-tones' colours, by lightness: tells a toned monochrome photo from a colour one
// (pixel_analysis.hpp).
class ToneCurve {
public:
  // `colour` is chroma(r, g, b), which the caller has already. Channels as ints, not an array: this runs for
  // every sampled pixel, and GCC keeps the ints in registers.
  void add(int r, int g, int b, int colour)
  {
    const int lightness = (r + g + b) / 3;
    if (lightness < k_mid_low || lightness > k_mid_high) {
      return;
    }
    ++m_mid;
    m_neutral += colour <= k_neutral_chroma ? 1 : 0;
    m_dark += lightness < k_dark_below ? 1 : 0;
    m_light += lightness >= k_light_from ? 1 : 0;
    Bin& bin = m_bins[static_cast<std::size_t>(lightness / k_bin_width)];
    // Integers, the yellow–blue axis doubled: exact, and several times faster than the doubles they stand
    // for (this runs for every sampled pixel). Bin::sum and Bin::squares turn them back.
    const std::int64_t red_green = r - g;
    const std::int64_t yellow_blue_2 = r + g - 2 * b;
    ++bin.count;
    bin.red_green += red_green;
    bin.yellow_blue_2 += yellow_blue_2;
    bin.squares_4 += 4 * red_green * red_green + yellow_blue_2 * yellow_blue_2;
  }

  [[nodiscard]] std::size_t mid() const { return m_mid; }
  [[nodiscard]] std::size_t dark() const { return m_dark; }
  [[nodiscard]] std::size_t light() const { return m_light; }

  [[nodiscard]] double neutral_share() const
  {
    return m_mid > 0 ? static_cast<double>(m_neutral) / static_cast<double>(m_mid) : 0;
  }

  // The RMS distance of the mid-tones' colours from the mean colour of their lightness.
  [[nodiscard]] double spread() const
  {
    double squares = 0;
    for (const Bin& bin : m_bins) {
      if (bin.count > 0) {
        const auto n = static_cast<double>(bin.count);
        const auto sum = bin.sum();
        squares += bin.squares() - (sum[0] * sum[0] + sum[1] * sum[1]) / n;
      }
    }
    return m_mid > 0 ? std::sqrt(std::max(0.0, squares) / static_cast<double>(m_mid)) : 0;
  }

  // How nearly the mean colours of all lightnesses point one way (the tone's hue), 0–1: the length of their
  // sum over the sum of their lengths, each weighted by its pixels. 1 for one hue, lower for several.
  [[nodiscard]] double coherence() const
  {
    std::array<double, 2> total{};
    double lengths = 0;
    for (const Bin& bin : m_bins) {
      const auto sum = bin.sum();
      total[0] += sum[0];
      total[1] += sum[1];
      lengths += std::hypot(sum[0], sum[1]);
    }
    return lengths > 0 ? std::hypot(total[0], total[1]) / lengths : 0;
  }

private:
  static constexpr int k_mid_low = 40;
  static constexpr int k_mid_high = 215;
  static constexpr int k_dark_below = 100;
  static constexpr int k_light_from = 150;
  static constexpr int k_bin_width = 8;
  // One bin's pixels: the sums of their r−g and (r+g)/2−b, and of the squares of both, kept as integers
  // (yellow–blue doubled, so the squares four times over). Every value is exact in a double too.
  struct Bin {
    std::size_t count = 0;
    std::int64_t red_green = 0;
    std::int64_t yellow_blue_2 = 0;
    std::int64_t squares_4 = 0;
    [[nodiscard]] std::array<double, 2> sum() const
    {
      return {static_cast<double>(red_green), static_cast<double>(yellow_blue_2) / 2.0};
    }
    [[nodiscard]] double squares() const { return static_cast<double>(squares_4) / 4.0; }
  };
  std::array<Bin, 256 / k_bin_width> m_bins{};
  std::size_t m_mid = 0;
  std::size_t m_neutral = 0;
  std::size_t m_dark = 0;
  std::size_t m_light = 0;
};

} // namespace

Background classify_colour(int r, int g, int b)
{
  const int high = std::max({r, g, b});
  const int low = std::min({r, g, b});
  const int spread = high - low;
  const int lightness = (r + g + b) / 3;
  if (spread <= 30 && lightness >= 220 && b - r < k_pale_blue_excess) {
    return Background::white;
  }
  if (spread <= 30 && lightness >= 160) {
    return Background::light;
  }
  if (spread < 40) {
    return Background::other;
  }
  // Hue in degrees, as HSV defines it.
  double hue = 0;
  if (high == r) {
    hue = 60.0 * std::fmod(static_cast<double>(g - b) / spread + 6.0, 6.0);
  } else if (high == g) {
    hue = 60.0 * (static_cast<double>(b - r) / spread + 2.0);
  } else {
    hue = 60.0 * (static_cast<double>(r - g) / spread + 4.0);
  }
  if (hue >= 180 && hue <= 260) {
    return Background::blue;
  }
  if (spread >= 60 && (hue >= 330 || hue <= 20)) {
    return Background::red;
  }
  return Background::other;
}

namespace {

int distance(const std::array<std::uint8_t, 3>& a, const std::array<std::uint8_t, 3>& b)
{
  return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

// The width of a plain margin around the picture, or 0 (see k_margin_contrast).
int margin_width(const Image& image)
{
  const int width = image.width;
  const int height = image.height;
  const int limit = static_cast<int>(std::min(width, height) * k_max_margin);
  if (limit < 2) {
    return 0;
  }
  struct Scan {
    int x;
    int y;
    int dx;
    int dy;
  };
  const auto at = [](int size, double share) { return static_cast<int>(size * share); };
  const std::array<Scan, 8> scans{
      Scan{at(width, 0.1), 0, 0, 1},           Scan{at(width, 0.3), 0, 0, 1},
      Scan{at(width, 0.7), 0, 0, 1},           Scan{at(width, 0.9), 0, 0, 1},
      Scan{0, at(height, 0.1), 1, 0},          Scan{0, at(height, 0.3), 1, 0},
      Scan{width - 1, at(height, 0.1), -1, 0}, Scan{width - 1, at(height, 0.3), -1, 0},
  };
  const auto edge = image.rgb(scans[0].x, scans[0].y);
  int shallowest = limit;
  int deepest = 0;
  std::optional<std::array<std::uint8_t, 3>> inner;
  for (const Scan& scan : scans) {
    if (distance(image.rgb(scan.x, scan.y), edge) > k_margin_contrast) {
      return 0; // the edge is not one colour all round
    }
    int depth = 1;
    while (depth <= limit && distance(image.rgb(scan.x + scan.dx * depth, scan.y + scan.dy * depth), edge) <=
                                 k_margin_contrast) {
      ++depth;
    }
    if (depth > limit) {
      return 0; // no other colour within reach on this line: a backdrop, not a margin
    }
    // What lies inside: a pixel or two past the margin's anti-aliased edge.
    const int into = std::min(depth + 2, limit);
    const auto colour = image.rgb(scan.x + scan.dx * into, scan.y + scan.dy * into);
    if (inner && distance(colour, *inner) > k_margin_contrast) {
      return 0;
    }
    inner = inner.value_or(colour);
    shallowest = std::min(shallowest, depth);
    deepest = std::max(deepest, depth);
  }
  if (deepest - shallowest > k_margin_depth_tolerance) {
    return 0;
  }
  return deepest;
}

// The background's facts from the border band (the top band and the upper part of the side bands) inside a
// margin of `inset` pixels; returns the band's median colour, or nullopt for an image too small to have a
// band.
std::optional<std::array<int, 3>> analyse_border(const Image& image, PixelFacts& facts, int inset)
{
  const int left = inset;
  const int top = inset;
  const int width = image.width - inset; // the right edge of the area inside the margin
  const int height = image.height;
  auto pixel = [&](int x, int y) { return image.rgb(x, y); };
  const int band_x = std::max(1, static_cast<int>((width - left) * k_border_band));
  const int band_y = std::max(1, static_cast<int>((height - top) * k_border_band));
  const int side_bottom = std::max(top + band_y, static_cast<int>(height * 0.6));
  const std::size_t band_pixels =
      static_cast<std::size_t>(width - left) * static_cast<std::size_t>(band_y) +
      2 * static_cast<std::size_t>(band_x) * static_cast<std::size_t>(side_bottom - top);
  const int band_step = step_for(band_pixels, k_max_band_samples);
  std::array<std::size_t, 6> classes{};
  std::array<std::array<std::size_t, 256>, 3> histograms{};
  std::size_t band_samples = 0;
  std::size_t transparent = 0;
  auto visit_band = [&](int x, int y) {
    const auto p = pixel(x, y);
    if (!image.alpha.empty() &&
        image.alpha[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) +
                    static_cast<std::size_t>(x)] < k_transparent_opacity) {
      ++transparent;
    }
    ++classes[static_cast<std::size_t>(classify_colour(p[0], p[1], p[2]))];
    for (std::size_t c = 0; c < 3; ++c) {
      ++histograms[c][p[c]];
    }
    ++band_samples;
  };
  sample_rect(left, top, width, top + band_y, band_step, visit_band);
  sample_rect(left, top + band_y, std::min(left + band_x, width), side_bottom, band_step, visit_band);
  sample_rect(std::max(left, width - band_x), top + band_y, width, side_bottom, band_step, visit_band);
  if (band_samples == 0) {
    return std::nullopt;
  }
  facts.background_transparent = static_cast<double>(transparent) / static_cast<double>(band_samples);
  auto best = std::max_element(classes.begin(), classes.end());
  facts.background_share = static_cast<double>(*best) / static_cast<double>(band_samples);
  facts.background = facts.background_share >= k_background_majority
                         ? static_cast<Background>(best - classes.begin())
                         : Background::other;
  const std::array<int, 3> median{median_of(histograms[0], band_samples),
                                  median_of(histograms[1], band_samples),
                                  median_of(histograms[2], band_samples)};
  char rgb[8];
  std::snprintf(rgb, sizeof rgb, "#%02x%02x%02x", median[0], median[1], median[2]);
  facts.background_rgb = rgb;

  // Uniformity: the share of the band within k_uniform_distance of its median colour, on every channel.
  std::size_t near_median = 0;
  auto visit_uniform = [&](int x, int y) {
    const auto p = pixel(x, y);
    bool near = true;
    for (std::size_t c = 0; c < 3; ++c) {
      near = near && std::abs(static_cast<int>(p[c]) - median[c]) <= k_uniform_distance;
    }
    near_median += near ? 1 : 0;
  };
  sample_rect(left, top, width, top + band_y, band_step, visit_uniform);
  sample_rect(left, top + band_y, std::min(left + band_x, width), side_bottom, band_step, visit_uniform);
  sample_rect(std::max(left, width - band_x), top + band_y, width, side_bottom, band_step, visit_uniform);
  facts.background_uniformity = static_cast<double>(near_median) / static_cast<double>(band_samples);
  const int spread =
      std::max({median[0], median[1], median[2]}) - std::min({median[0], median[1], median[2]});
  const bool blue_or_red = facts.background == Background::blue || facts.background == Background::red;
  facts.background_even = facts.background_uniformity >= k_certain_uniformity;
  facts.background_certain = blue_or_red && facts.background_share >= k_certain_share &&
                             facts.background_even && spread >= k_certain_spread &&
                             classify_colour(median[0], median[1], median[2]) == facts.background;
  return median;
}

} // namespace

PixelFacts analyse_pixels(const Image& image, int channels_in_file)
{
  PixelFacts facts;
  if (image.width <= 0 || image.height <= 0 || image.pixels.empty()) {
    return facts;
  }
  const int width = image.width;
  const int height = image.height;

  // The background first: an even, coloured one (a red or blue studio backdrop) is left out of the tone
  // curve below, where its one flat colour over half the picture would read as a toned monochrome photo.
  facts.background_margin = margin_width(image);
  const auto backdrop = analyse_border(image, facts, facts.background_margin);
  const bool skip_backdrop = backdrop && facts.background_even &&
                             std::max({(*backdrop)[0], (*backdrop)[1], (*backdrop)[2]}) -
                                     std::min({(*backdrop)[0], (*backdrop)[1], (*backdrop)[2]}) >
                                 k_colour_chroma;
  auto in_backdrop = [&](int r, int g, int b) {
    const auto& colour = *backdrop;
    return std::abs(r - colour[0]) <= k_uniform_distance && std::abs(g - colour[1]) <= k_uniform_distance &&
           std::abs(b - colour[2]) <= k_uniform_distance;
  };

  // Colour or grey: over a grid of the whole photo.
  std::size_t samples = 0;
  std::size_t coloured = 0;
  std::size_t faint = 0;
  ToneCurve tones;
  const int step =
      step_for(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), k_max_samples);
  // The grid row by row through a pointer, not sample_rect: this loop is most of a photo's judgement.
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 3;
  const std::size_t step_bytes = static_cast<std::size_t>(step) * 3;
  std::array<std::size_t, k_colour_cells * k_colour_cells> cell_samples{};
  std::array<std::size_t, k_colour_cells * k_colour_cells> cell_coloured{};
  // Where each column of cells starts, in bytes of a row: no division per sample.
  std::array<std::size_t, k_colour_cells + 1> cell_starts{};
  for (std::size_t c = 0; c <= k_colour_cells; ++c) {
    cell_starts[c] = (c * static_cast<std::size_t>(width) + k_colour_cells - 1) / k_colour_cells * 3;
  }
  for (int y = 0; y < height; y += step) {
    const std::uint8_t* row = image.pixels.data() + static_cast<std::size_t>(y) * row_bytes;
    const auto cell_row =
        static_cast<std::size_t>(y) * k_colour_cells / static_cast<std::size_t>(height) * k_colour_cells;
    std::size_t cell_column = 0;
    for (std::size_t at = 0; at < row_bytes; at += step_bytes) {
      ++samples;
      const int r = row[at];
      const int g = row[at + 1];
      const int b = row[at + 2];
      const int colour = chroma(r, g, b);
      while (at >= cell_starts[cell_column + 1]) {
        ++cell_column;
      }
      const auto cell = cell_row + cell_column;
      ++cell_samples[cell];
      cell_coloured[cell] += colour > k_colour_chroma ? 1 : 0;
      coloured += colour > k_colour_chroma ? 1 : 0;
      faint += colour > k_neutral_chroma ? 1 : 0;
      if (!skip_backdrop || !in_backdrop(r, g, b)) {
        tones.add(r, g, b, colour);
      }
    }
  }
  facts.colour_share = samples > 0 ? static_cast<double>(coloured) / static_cast<double>(samples) : 0;
  facts.faint_share = samples > 0 ? static_cast<double>(faint) / static_cast<double>(samples) : 0;
  double cell_share = 0;
  for (std::size_t cell = 0; cell < cell_samples.size(); ++cell) {
    if (cell_samples[cell] >= k_min_cell_samples) {
      cell_share = std::max(cell_share, static_cast<double>(cell_coloured[cell]) /
                                            static_cast<double>(cell_samples[cell]));
    }
  }
  facts.grayscale = channels_in_file <= 2 || (facts.colour_share < k_grayscale_max_colour_share &&
                                              facts.faint_share < k_grayscale_max_faint_share &&
                                              cell_share <= k_grayscale_max_cell_share);
  facts.mid_neutral_share = tones.neutral_share();
  facts.tint_spread = tones.spread();
  const auto enough = [&](std::size_t count) {
    return static_cast<double>(count) >= k_tint_min_tone_share * static_cast<double>(samples);
  };
  facts.tinted = !facts.grayscale && enough(tones.dark()) && enough(tones.light()) &&
                 facts.mid_neutral_share <= k_tint_max_neutral && facts.tint_spread <= k_tint_max_spread &&
                 tones.coherence() >= k_tint_min_coherence;

  return facts;
}

} // namespace nominate::media::detail
