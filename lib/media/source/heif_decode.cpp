// HEIC, HEIF and AVIF through libheif (with libde265 for HEVC, dav1d/libaom for AV1, as Debian builds it).
// libheif applies the image's own rotation and mirroring (irot, imir); an EXIF orientation inside a HEIF
// file is only a copy of them and is not applied again.

#include "colour_space.hpp"
#include "image_decoders.hpp"

#include <nominate/heif/heif.hpp>

#include <memory>

namespace nominate::media::detail {

namespace {

struct ContextFree {
  void operator()(heif_context* context) const { heif::heif_context_free(context); }
};
struct HandleFree {
  void operator()(heif_image_handle* handle) const { heif::heif_image_handle_release(handle); }
};
struct ImageFree {
  void operator()(heif_image* image) const { heif::heif_image_release(image); }
};

// A valid file this build cannot decode (no decoder for its codec, a feature libheif lacks) is unsupported;
// anything else is damage.
core::Error failure(const heif_error& error, std::string_view what)
{
  const bool unsupported = error.code == heif_error_Unsupported_feature ||
                           error.code == heif_error_Unsupported_filetype ||
                           error.subcode == heif_suberror_Unsupported_codec;
  // libheif ends some messages with a newline and puts others between their parts: one line, for a report.
  std::string said = error.message != nullptr ? error.message : "";
  for (auto at = said.find_first_of("\r\n"); at != std::string::npos; at = said.find_first_of("\r\n", at)) {
    const auto end = said.find_first_not_of("\r\n \t", at);
    said.replace(at, (end == std::string::npos ? said.size() : end) - at,
                 end == std::string::npos ? "" : "; ");
  }
  const std::string message = std::string(what) + ": " + said;
  return core::Error{
      unsupported ? core::ErrorCode::unsupported : core::ErrorCode::unreadable, message, {}, {}};
}

// Pixels an `nclx` box places in a wider space than sRGB (Display P3, code points 12/13, as AVIF exporters
// and Android cameras write it; BT.2020) converted to sRGB, so that a copy and the colour judgement see the
// colours as a viewer shows them; a curve other than sRGB's or BT.709's (HDR: PQ, HLG) is left alone.
void to_srgb_by_nclx(const heif_image_handle& handle, Image& image)
{
  heif_color_profile_nclx* raw = nullptr;
  if (heif::heif_image_handle_get_nclx_color_profile(&handle, &raw).code != heif_error_Ok || raw == nullptr) {
    return;
  }
  std::unique_ptr<heif_color_profile_nclx, void (*)(heif_color_profile_nclx*)> nclx(
      raw, [](heif_color_profile_nclx* profile) { heif::heif_nclx_color_profile_free(profile); });
  switch (nclx->transfer_characteristics) {
  case heif_transfer_characteristic_IEC_61966_2_1: // sRGB
  case heif_transfer_characteristic_ITU_R_BT_709_5:
  case heif_transfer_characteristic_ITU_R_BT_601_6:
  case heif_transfer_characteristic_ITU_R_BT_2020_2_10bit:
  case heif_transfer_characteristic_ITU_R_BT_2020_2_12bit:
  case heif_transfer_characteristic_unspecified:
    break;
  default:
    return;
  }
  convert_to_srgb(image, Chromaticities{nclx->color_primary_red_x, nclx->color_primary_red_y,
                                        nclx->color_primary_green_x, nclx->color_primary_green_y,
                                        nclx->color_primary_blue_x, nclx->color_primary_blue_y,
                                        nclx->color_primary_white_x, nclx->color_primary_white_y});
}

} // namespace

core::Result<DecodedImage> decode_heif(Bytes bytes, ImageFormat format, std::int64_t max_pixels)
{
  if (auto loaded = heif::load(); !loaded) {
    return std::unexpected(loaded.error());
  }
  std::unique_ptr<heif_context, ContextFree> context(heif::heif_context_alloc());
  if (!context) {
    return core::fail(core::ErrorCode::io, "out of memory");
  }
  if (auto error = heif::heif_context_read_from_memory_without_copy(context.get(), bytes.data(), bytes.size(),
                                                                    nullptr);
      error.code != heif_error_Ok) {
    return std::unexpected(failure(error, "cannot decode"));
  }
  heif_image_handle* raw_handle = nullptr;
  if (auto error = heif::heif_context_get_primary_image_handle(context.get(), &raw_handle);
      error.code != heif_error_Ok) {
    return std::unexpected(failure(error, "cannot decode"));
  }
  std::unique_ptr<heif_image_handle, HandleFree> handle(raw_handle);
  DecodedImage out;
  out.info.format = format;
  out.info.stored_width = heif::heif_image_handle_get_width(handle.get());
  out.info.stored_height = heif::heif_image_handle_get_height(handle.get());
  const bool alpha = heif::heif_image_handle_has_alpha_channel(handle.get()) != 0;
  out.info.channels_in_file = alpha ? 4 : 3;
  out.info.bit_depth = heif::heif_image_handle_get_luma_bits_per_pixel(handle.get());
  // An iPhone's Display P3 comes as an ICC profile (`prof`), carried over; an `nclx` box holds only code
  // points, no profile: its pixels are converted to sRGB below.
  if (const auto type = heif::heif_image_handle_get_color_profile_type(handle.get());
      type == heif_color_profile_type_prof || type == heif_color_profile_type_rICC) {
    out.info.icc_profile.resize(heif::heif_image_handle_get_raw_color_profile_size(handle.get()));
    if (heif::heif_image_handle_get_raw_color_profile(handle.get(), out.info.icc_profile.data()).code !=
        heif_error_Ok) {
      out.info.icc_profile.clear();
    }
  }
  if (std::int64_t{out.info.stored_width} * std::int64_t{out.info.stored_height} > max_pixels) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "over pixel budget: " + std::to_string(out.info.stored_width) + "×" +
                          std::to_string(out.info.stored_height) + " is more than " +
                          std::to_string(max_pixels) + " pixels");
  }
  heif_image* raw_image = nullptr;
  const auto chroma = alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB;
  if (auto error = heif::heif_decode_image(handle.get(), &raw_image, heif_colorspace_RGB, chroma, nullptr);
      error.code != heif_error_Ok) {
    return std::unexpected(failure(error, "cannot decode"));
  }
  std::unique_ptr<heif_image, ImageFree> image(raw_image);
  int stride = 0;
  const std::uint8_t* plane =
      heif::heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
  const int width = heif::heif_image_get_width(image.get(), heif_channel_interleaved);
  const int height = heif::heif_image_get_height(image.get(), heif_channel_interleaved);
  if (plane == nullptr || width <= 0 || height <= 0) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: no picture");
  }
  out.image.width = width;
  out.image.height = height;
  out.image.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  const std::size_t step = alpha ? 4 : 3;
  if (alpha) {
    out.image.alpha.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  }
  std::size_t at = 0;
  std::size_t opacity_at = 0;
  for (int y = 0; y < height; ++y) {
    const std::uint8_t* row = plane + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
    for (int x = 0; x < width; ++x) {
      const std::uint8_t* p = row + static_cast<std::size_t>(x) * step;
      const unsigned a = alpha ? p[3] : 255u;
      for (std::size_t c = 0; c < 3; ++c) {
        out.image.pixels[at++] = static_cast<std::uint8_t>((p[c] * a + 255u * (255u - a) + 127u) / 255u);
      }
      if (alpha) {
        out.image.alpha[opacity_at++] = p[3];
      }
    }
  }
  if (out.info.icc_profile.empty()) {
    to_srgb_by_nclx(*handle, out.image);
  }
  return out;
}

} // namespace nominate::media::detail
