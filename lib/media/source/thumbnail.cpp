// Thumbnails for the HTML report: pixels already decoded (or decoded at a small DCT scale) → a box-filtered
// 240-pixel picture → a small baseline JPEG from libjpeg-turbo, which this part already links for decoding.
#include <nominate/media/thumbnail.hpp>

#include <jpeglib.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdlib>

namespace nominate::media {

namespace {

// Small enough that a page of 20 nominees with three pictures each stays under a few megabytes, sharp
// enough to judge a face and a background.
constexpr int k_preview_quality = 80;

struct ErrorManager {
  jpeg_error_mgr base;
  std::jmp_buf jump;
};

extern "C" void on_preview_jpeg_error(j_common_ptr info)
{
  std::longjmp(reinterpret_cast<ErrorManager*>(info->err)->jump, 1);
}

extern "C" void on_preview_jpeg_message(j_common_ptr /*info*/) {} // the library never prints

} // namespace

Image scale_to_fit(const Image& image, int long_side)
{
  const int current = std::max(image.width, image.height);
  if (long_side <= 0 || current <= long_side) {
    return image;
  }
  const double scale = static_cast<double>(long_side) / current;
  Image out;
  out.width = std::max(1, static_cast<int>(std::lround(image.width * scale)));
  out.height = std::max(1, static_cast<int>(std::lround(image.height * scale)));
  out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
  std::size_t at = 0;
  for (int y = 0; y < out.height; ++y) {
    const int y0 = static_cast<int>(std::int64_t{y} * image.height / out.height);
    const int y1 = std::max(y0 + 1, static_cast<int>(std::int64_t{y + 1} * image.height / out.height));
    for (int x = 0; x < out.width; ++x) {
      const int x0 = static_cast<int>(std::int64_t{x} * image.width / out.width);
      const int x1 = std::max(x0 + 1, static_cast<int>(std::int64_t{x + 1} * image.width / out.width));
      std::uint64_t sum[3] = {0, 0, 0};
      for (int sy = y0; sy < y1; ++sy) {
        const std::uint8_t* row = image.pixels.data() + (static_cast<std::size_t>(sy) * image.width + x0) * 3;
        for (int sx = x0; sx < x1; ++sx, row += 3) {
          sum[0] += row[0];
          sum[1] += row[1];
          sum[2] += row[2];
        }
      }
      const auto count = static_cast<std::uint64_t>(y1 - y0) * static_cast<std::uint64_t>(x1 - x0);
      for (auto channel : sum) {
        out.pixels[at++] = static_cast<std::uint8_t>((channel + count / 2) / count);
      }
    }
  }
  return out;
}

// Only plain data lives between setjmp and the libjpeg calls, so a longjmp skips no destructor.
core::Result<std::vector<std::uint8_t>> encode_jpeg(const Image& image, int quality)
{
  return encode_jpeg(image, JpegEncoding{.quality = quality, .icc_profile = {}});
}

core::Result<std::vector<std::uint8_t>> encode_jpeg(const Image& image, const JpegEncoding& encoding)
{
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() <
          static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3) {
    return core::fail(core::ErrorCode::invalid_argument, "no pixels to encode");
  }
  jpeg_compress_struct info{};
  ErrorManager errors{};
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  info.err = jpeg_std_error(&errors.base);
  errors.base.error_exit = on_preview_jpeg_error;
  errors.base.output_message = on_preview_jpeg_message;
  if (setjmp(errors.jump) != 0) {
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return core::fail(core::ErrorCode::unreadable, "libjpeg could not encode the picture");
  }
  jpeg_create_compress(&info);
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = static_cast<JDIMENSION>(image.width);
  info.image_height = static_cast<JDIMENSION>(image.height);
  info.input_components = 3;
  info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, std::clamp(encoding.quality, 1, 100), TRUE);
  info.optimize_coding = TRUE;
  if (encoding.density_unit == 1 || encoding.density_unit == 2) {
    info.density_unit = static_cast<UINT8>(encoding.density_unit);
    info.X_density = static_cast<UINT16>(std::clamp(encoding.x_density, 1, 65535));
    info.Y_density = static_cast<UINT16>(std::clamp(encoding.y_density, 1, 65535));
  }
  jpeg_start_compress(&info, TRUE);
  if (!encoding.icc_profile.empty()) {
    jpeg_write_icc_profile(&info, encoding.icc_profile.data(),
                           static_cast<unsigned int>(encoding.icc_profile.size()));
  }
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

core::Result<Preview> make_preview(const Image& image, int long_side)
{
  Image small = scale_to_fit(image, long_side);
  auto jpeg = encode_jpeg(small, k_preview_quality);
  if (!jpeg) {
    return std::unexpected(jpeg.error());
  }
  return Preview{std::move(*jpeg), small.width, small.height};
}

core::Result<Preview> photo_thumbnail(std::span<const std::uint8_t> bytes, int long_side)
{
  auto decoded = decode_image(bytes, DecodeOptions{.min_long_side = long_side, .max_long_side = 0});
  if (!decoded) {
    return std::unexpected(decoded.error());
  }
  return make_preview(decoded->image, long_side);
}

} // namespace nominate::media
