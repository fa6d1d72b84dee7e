// PNG through stb_image (built with only its PNG and JPEG decoders; JPEG goes to libjpeg-turbo).

#include "image_decoders.hpp"
#include "stb_decode.hpp"

namespace nominate::media::detail {

core::Result<DecodedImage> decode_png(Bytes bytes, std::int64_t max_pixels)
{
  auto info = stb_info(bytes);
  if (auto* reason = std::get_if<std::string>(&info)) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: " + *reason);
  }
  const auto& header = std::get<StbInfo>(info);
  if (std::int64_t{header.width} * std::int64_t{header.height} > max_pixels) {
    return core::fail(core::ErrorCode::limit_exceeded, "over pixel budget: " + std::to_string(header.width) +
                                                           "×" + std::to_string(header.height) +
                                                           " is more than " + std::to_string(max_pixels) +
                                                           " pixels");
  }
  auto decoded = stb_decode_rgb(bytes);
  if (auto* reason = std::get_if<std::string>(&decoded)) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: " + *reason);
  }
  const auto& stb = std::get<RgbImage>(decoded);
  DecodedImage out;
  out.info.format = ImageFormat::png;
  out.info.stored_width = stb.width;
  out.info.stored_height = stb.height;
  out.info.channels_in_file = stb.channels_in_file;
  out.image.width = stb.width;
  out.image.height = stb.height;
  out.image.pixels.resize(static_cast<std::size_t>(stb.width) * static_cast<std::size_t>(stb.height) * 3);
  std::size_t at = 0;
  for (int y = 0; y < stb.height; ++y) {
    for (int x = 0; x < stb.width; ++x) {
      const auto rgb = stb.rgb(x, y); // laid over white
      out.image.pixels[at++] = rgb[0];
      out.image.pixels[at++] = rgb[1];
      out.image.pixels[at++] = rgb[2];
    }
  }
  return out;
}

} // namespace nominate::media::detail
