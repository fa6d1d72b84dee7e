// Wide-gamut pixels to sRGB by their primaries: linear light through one 3×3 matrix (RGB → XYZ of the
// source, XYZ → RGB of sRGB), the sRGB curve on either side. See colour_space.hpp.
#include "colour_space.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>

namespace nominate::media::detail {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

constexpr Chromaticities k_srgb{0.640, 0.330, 0.300, 0.600, 0.150, 0.060, 0.3127, 0.3290};

Matrix multiply(const Matrix& a, const Matrix& b)
{
  Matrix out{};
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) {
      for (std::size_t k = 0; k < 3; ++k) {
        out[i][j] += a[i][k] * b[k][j];
      }
    }
  }
  return out;
}

std::optional<Matrix> inverse(const Matrix& m)
{
  const double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
                     m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                     m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  if (std::abs(det) < 1e-12) {
    return std::nullopt;
  }
  Matrix out{};
  out[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
  out[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
  out[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
  out[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
  out[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
  out[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
  out[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
  out[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
  out[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
  return out;
}

// RGB (linear) → XYZ for the primaries and white point: the primaries' XYZ columns, scaled so that RGB 1,1,1
// is the white point at Y = 1.
std::optional<Matrix> rgb_to_xyz(const Chromaticities& c)
{
  const auto xyz = [](double x, double y) { return std::array<double, 3>{x / y, 1.0, (1 - x - y) / y}; };
  if (c.red_y <= 0 || c.green_y <= 0 || c.blue_y <= 0 || c.white_y <= 0) {
    return std::nullopt;
  }
  const auto r = xyz(c.red_x, c.red_y);
  const auto g = xyz(c.green_x, c.green_y);
  const auto b = xyz(c.blue_x, c.blue_y);
  const auto w = xyz(c.white_x, c.white_y);
  const Matrix primaries{{{r[0], g[0], b[0]}, {r[1], g[1], b[1]}, {r[2], g[2], b[2]}}};
  const auto inverted = inverse(primaries);
  if (!inverted) {
    return std::nullopt;
  }
  Matrix out = primaries;
  for (std::size_t column = 0; column < 3; ++column) {
    const double scale =
        (*inverted)[column][0] * w[0] + (*inverted)[column][1] * w[1] + (*inverted)[column][2] * w[2];
    for (std::size_t row = 0; row < 3; ++row) {
      out[row][column] *= scale;
    }
  }
  return out;
}

double to_linear(double v)
{
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double from_linear(double v)
{
  return v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
}

} // namespace

bool convert_to_srgb(Image& image, const Chromaticities& source)
{
  constexpr double k_same = 0.002; // chromaticities this close are the same space (rounded in the file)
  if (std::abs(source.white_x - k_srgb.white_x) > 0.005 ||
      std::abs(source.white_y - k_srgb.white_y) > 0.005) {
    return false;
  }
  const bool srgb =
      std::abs(source.red_x - k_srgb.red_x) < k_same && std::abs(source.red_y - k_srgb.red_y) < k_same &&
      std::abs(source.green_x - k_srgb.green_x) < k_same &&
      std::abs(source.green_y - k_srgb.green_y) < k_same &&
      std::abs(source.blue_x - k_srgb.blue_x) < k_same && std::abs(source.blue_y - k_srgb.blue_y) < k_same;
  if (srgb) {
    return false;
  }
  const auto from = rgb_to_xyz(source);
  const auto to = rgb_to_xyz(k_srgb);
  const auto to_inverse = to ? inverse(*to) : std::nullopt;
  if (!from || !to_inverse) {
    return false;
  }
  const Matrix m = multiply(*to_inverse, *from);
  // The curve as tables: 256 code values in, 4096 linear steps out.
  constexpr int k_steps = 4096;
  std::array<double, 256> linear{};
  for (std::size_t v = 0; v < linear.size(); ++v) {
    linear[v] = to_linear(static_cast<double>(v) / 255.0);
  }
  std::array<std::uint8_t, k_steps + 1> encoded{};
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    encoded[i] = static_cast<std::uint8_t>(
        std::lround(std::clamp(from_linear(static_cast<double>(i) / k_steps), 0.0, 1.0) * 255.0));
  }
  for (std::size_t at = 0; at + 2 < image.pixels.size(); at += 3) {
    const double r = linear[image.pixels[at]];
    const double g = linear[image.pixels[at + 1]];
    const double b = linear[image.pixels[at + 2]];
    for (std::size_t c = 0; c < 3; ++c) {
      const double out = std::clamp(m[c][0] * r + m[c][1] * g + m[c][2] * b, 0.0, 1.0);
      image.pixels[at + c] = encoded[static_cast<std::size_t>(std::lround(out * k_steps))];
    }
  }
  return true;
}

} // namespace nominate::media::detail
