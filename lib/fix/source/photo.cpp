// Photos to JPEG under the size limit: decode and encode with media (libjpeg-turbo's libjpeg API — the
// library media already links for decoding, SIMD-fast, with optimised Huffman tables that stb_image_write
// lacks), searching quality first and size second, the source's colour profile carried over.
#include <nominate/fix/photo.hpp>
#include <nominate/media/image.hpp>
#include <nominate/media/thumbnail.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>
#include <system_error>
#include <vector>

namespace nominate::fix {

namespace {

constexpr int k_best_quality = 92;
constexpr int k_worst_quality = 50;

using Encoded = std::pair<int, std::vector<std::uint8_t>>; // quality, JPEG

// The best quality from 92 down to 50 whose JPEG fits `limit`, or nullopt: 92 first (most photos fit at
// once), then a binary search below it. `kept` carries the source's colour profile and print density.
core::Result<std::optional<Encoded>> fit_quality(const media::Image& image, const media::JpegEncoding& kept,
                                                 std::uintmax_t limit)
{
  std::optional<Encoded> best;
  int low = k_worst_quality;
  int high = k_best_quality;
  bool first = true;
  while (low <= high) {
    const int quality = first ? high : (low + high) / 2;
    first = false;
    auto encoding = kept;
    encoding.quality = quality;
    auto bytes = media::encode_jpeg(image, encoding);
    if (!bytes) {
      return std::unexpected(bytes.error());
    }
    if (bytes->size() <= limit) {
      best = std::make_pair(quality, std::move(*bytes));
      low = quality + 1;
    } else {
      high = quality - 1;
    }
  }
  return best;
}

} // namespace

core::Result<PhotoResult> convert_photo(const std::filesystem::path& input,
                                        const std::filesystem::path& output, const rules::PhotoSpec& spec)
{
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    return core::fail(core::ErrorCode::io, "cannot read the photo", input);
  }
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto decoded = media::decode_image(bytes);
  if (!decoded) {
    decoded.error().file = input;
    return std::unexpected(decoded.error());
  }
  media::Image image = std::move(decoded->image);
  const auto& info = decoded->info;
  const std::vector<std::uint8_t>& icc_profile = info.icc_profile;
  // The print density kept, so that the copy inserts into the form at the size the original does: its axes
  // swapped where the EXIF orientation turned the picture, and lowered with any downscaling below.
  const bool turned = info.orientation >= 5 && info.orientation <= 8;
  media::JpegEncoding kept{.icc_profile = icc_profile,
                           .density_unit = info.density_unit,
                           .x_density = turned ? info.y_density : info.x_density,
                           .y_density = turned ? info.x_density : info.y_density};
  const int source_width = image.width;
  auto limit = spec.max_bytes ? static_cast<std::uintmax_t>(static_cast<double>(*spec.max_bytes) * 0.95)
                              : std::uintmax_t(-1);
  PhotoResult result;
  result.frames = decoded->info.frames;
  result.icc_profile_bytes = icc_profile.size();
  std::vector<std::uint8_t> encoded;
  while (true) {
    auto fitted = fit_quality(image, kept, limit);
    if (!fitted) {
      fitted.error().file = input;
      return std::unexpected(fitted.error());
    }
    if (*fitted) {
      result.quality = (*fitted)->first;
      encoded = std::move((*fitted)->second);
      break;
    }
    // A fifth smaller each round (media's box filter), never under the minimum picture size.
    auto smaller = media::scale_to_fit(image, static_cast<int>(std::max(image.width, image.height) * 0.8));
    if (smaller.width < spec.min_width.value_or(1) || smaller.height < spec.min_height.value_or(1) ||
        smaller.width < 16 || smaller.height < 16) {
      return core::fail(core::ErrorCode::conversion_failed,
                        "cannot fit the size limit without going under the minimum picture size", input);
    }
    const auto scaled = [&](int density) {
      return std::max(
          1, static_cast<int>(std::lround(static_cast<double>(density) * smaller.width / source_width)));
    };
    if (kept.density_unit != 0) {
      kept.x_density = scaled(turned ? info.y_density : info.x_density);
      kept.y_density = scaled(turned ? info.x_density : info.y_density);
    }
    image = std::move(smaller);
    result.downscaled = true;
  }
  result.width = image.width;
  result.height = image.height;
  result.bytes = encoded.size();
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(encoded.data()), static_cast<std::streamsize>(encoded.size()));
  if (!out.flush()) {
    return core::fail(core::ErrorCode::io,
                      "cannot write the photo: " + std::generic_category().message(errno), output);
  }
  return result;
}

} // namespace nominate::fix
