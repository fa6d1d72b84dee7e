// Photos to JPEG under the size limit: decode (media), encode with libjpeg-turbo's libjpeg API — the
// library media already links for decoding, SIMD-fast, with optimised Huffman tables that stb_image_write
// lacks — searching quality first and size second.
#include <nominate/fix/photo.hpp>
#include <nominate/media/image.hpp>

#include <jpeglib.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

namespace nominate::fix {

namespace {

struct ErrorManager {
  jpeg_error_mgr base;
  std::jmp_buf jump;
};

extern "C" void on_jpeg_error(j_common_ptr info)
{
  std::longjmp(reinterpret_cast<ErrorManager*>(info->err)->jump, 1);
}

// Only plain data lives between setjmp and the libjpeg calls, so a longjmp skips no destructor.
std::optional<std::vector<std::uint8_t>> encode_jpeg(const media::Image& image, int quality)
{
  jpeg_compress_struct info{};
  ErrorManager errors{};
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  info.err = jpeg_std_error(&errors.base);
  errors.base.error_exit = on_jpeg_error;
  if (setjmp(errors.jump) != 0) {
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return std::nullopt;
  }
  jpeg_create_compress(&info);
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = static_cast<JDIMENSION>(image.width);
  info.image_height = static_cast<JDIMENSION>(image.height);
  info.input_components = 3;
  info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, quality, TRUE);
  info.optimize_coding = TRUE;
  jpeg_start_compress(&info, TRUE);
  const auto stride = static_cast<std::size_t>(image.width) * 3;
  while (info.next_scanline < info.image_height) {
    auto* row = const_cast<JSAMPLE*>(image.pixels.data() + info.next_scanline * stride);
    jpeg_write_scanlines(&info, &row, 1);
  }
  jpeg_finish_compress(&info);
  jpeg_destroy_compress(&info);
  std::vector<std::uint8_t> bytes(buffer, buffer + size);
  std::free(buffer);
  return bytes;
}

// Area-average downscale to width × height.
media::Image downscale(const media::Image& image, int width, int height)
{
  media::Image out;
  out.width = width;
  out.height = height;
  out.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  double sx = static_cast<double>(image.width) / width;
  double sy = static_cast<double>(image.height) / height;
  for (int y = 0; y < height; ++y) {
    int y0 = static_cast<int>(y * sy);
    int y1 = std::max(y0 + 1, static_cast<int>((y + 1) * sy));
    for (int x = 0; x < width; ++x) {
      int x0 = static_cast<int>(x * sx);
      int x1 = std::max(x0 + 1, static_cast<int>((x + 1) * sx));
      std::array<long, 3> sum{};
      long count = 0;
      for (int yy = y0; yy < std::min(y1, image.height); ++yy) {
        for (int xx = x0; xx < std::min(x1, image.width); ++xx) {
          auto rgb = image.rgb(xx, yy);
          sum[0] += rgb[0];
          sum[1] += rgb[1];
          sum[2] += rgb[2];
          ++count;
        }
      }
      auto at =
          (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3;
      for (std::size_t c = 0; c < 3; ++c) {
        out.pixels[at + c] = static_cast<std::uint8_t>(sum[c] / std::max(1L, count));
      }
    }
  }
  return out;
}

// The best quality from 92 down to 50 whose JPEG fits `limit` (binary search), or nullopt.
std::optional<std::pair<int, std::vector<std::uint8_t>>> fit_quality(const media::Image& image,
                                                                     std::uintmax_t limit)
{
  std::optional<std::pair<int, std::vector<std::uint8_t>>> best;
  int low = 50;
  int high = 92;
  while (low <= high) {
    int quality = (low + high) / 2;
    auto bytes = encode_jpeg(image, quality);
    if (!bytes) {
      return std::nullopt;
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
  auto limit = spec.max_bytes ? static_cast<std::uintmax_t>(static_cast<double>(*spec.max_bytes) * 0.95)
                              : std::uintmax_t(-1);
  PhotoResult result;
  std::vector<std::uint8_t> encoded;
  while (true) {
    auto fitted = fit_quality(image, limit);
    if (fitted) {
      result.quality = fitted->first;
      encoded = std::move(fitted->second);
      break;
    }
    int width = static_cast<int>(image.width * 0.8);
    int height = static_cast<int>(image.height * 0.8);
    if (width < spec.min_width.value_or(1) || height < spec.min_height.value_or(1) || width < 16 ||
        height < 16) {
      return core::fail(core::ErrorCode::conversion_failed,
                        "cannot fit the size limit without going under the minimum picture size", input);
    }
    image = downscale(image, width, height);
    result.downscaled = true;
  }
  result.width = image.width;
  result.height = image.height;
  result.bytes = encoded.size();
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(encoded.data()), static_cast<std::streamsize>(encoded.size()));
  if (!out.flush()) {
    return core::fail(core::ErrorCode::io, "cannot write the photo", output);
  }
  return result;
}

} // namespace nominate::fix
