// WebP through libwebp. WebPAnimDecoder composes a frame on the canvas as a viewer shows it, for a still
// file as for an animated one (whose first frame is taken); the demuxer under it gives the ICCP profile.

#include "image_decoders.hpp"

#include <memory>
#include <webp/decode.h>
#include <webp/demux.h>

namespace nominate::media::detail {

namespace {

struct AnimDecoderFree {
  void operator()(WebPAnimDecoder* decoder) const { WebPAnimDecoderDelete(decoder); }
};

core::Error header_failure(VP8StatusCode status)
{
  switch (status) {
  case VP8_STATUS_UNSUPPORTED_FEATURE:
    return core::Error{
        core::ErrorCode::unsupported, "cannot decode this WebP: a feature libwebp lacks", {}, {}};
  case VP8_STATUS_NOT_ENOUGH_DATA:
    return core::Error{
        core::ErrorCode::unreadable, "truncated: the WebP data ends before the picture does", {}, {}};
  default:
    return core::Error{core::ErrorCode::unreadable, "cannot decode: damaged WebP", {}, {}};
  }
}

} // namespace

core::Result<DecodedImage> decode_webp(Bytes bytes, std::int64_t max_pixels)
{
  WebPBitstreamFeatures features{};
  if (auto status = WebPGetFeatures(bytes.data(), bytes.size(), &features); status != VP8_STATUS_OK) {
    return std::unexpected(header_failure(status));
  }
  if (std::int64_t{features.width} * std::int64_t{features.height} > max_pixels) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "over pixel budget: " + std::to_string(features.width) + "×" +
                          std::to_string(features.height) + " is more than " + std::to_string(max_pixels) +
                          " pixels");
  }
  WebPAnimDecoderOptions options{};
  if (WebPAnimDecoderOptionsInit(&options) == 0) {
    return core::fail(core::ErrorCode::unsupported, "cannot decode WebP: libwebp's version does not match");
  }
  options.color_mode = MODE_RGBA;
  options.use_threads = 0;
  const WebPData data{bytes.data(), bytes.size()};
  std::unique_ptr<WebPAnimDecoder, AnimDecoderFree> decoder(WebPAnimDecoderNew(&data, &options));
  WebPAnimInfo animation{};
  if (!decoder || WebPAnimDecoderGetInfo(decoder.get(), &animation) == 0) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: damaged WebP");
  }
  std::uint8_t* canvas = nullptr;
  int timestamp = 0;
  if (WebPAnimDecoderGetNext(decoder.get(), &canvas, &timestamp) == 0 || canvas == nullptr) {
    return core::fail(core::ErrorCode::unreadable, "cannot decode: damaged WebP");
  }
  const auto width = static_cast<int>(animation.canvas_width);
  const auto height = static_cast<int>(animation.canvas_height);
  DecodedImage out;
  out.info.format = ImageFormat::webp;
  out.info.stored_width = width;
  out.info.stored_height = height;
  out.info.channels_in_file = features.has_alpha != 0 ? 4 : 3;
  out.info.bit_depth = 8;
  out.info.frames = std::max(1, static_cast<int>(animation.frame_count));
  if (const WebPDemuxer* demuxer = WebPAnimDecoderGetDemuxer(decoder.get()); demuxer != nullptr) {
    WebPChunkIterator chunk{};
    if (WebPDemuxGetChunk(demuxer, "ICCP", 1, &chunk) != 0) {
      out.info.icc_profile.assign(chunk.chunk.bytes, chunk.chunk.bytes + chunk.chunk.size);
    }
    WebPDemuxReleaseChunkIterator(&chunk);
  }
  out.image.width = width;
  out.image.height = height;
  out.image.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  const std::size_t pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  const bool transparent = features.has_alpha != 0;
  if (transparent) {
    out.image.alpha.resize(pixels);
  }
  for (std::size_t i = 0; i < pixels; ++i) {
    const std::uint8_t* p = canvas + i * 4;
    const unsigned a = p[3];
    for (std::size_t c = 0; c < 3; ++c) {
      out.image.pixels[i * 3 + c] = static_cast<std::uint8_t>((p[c] * a + 255U * (255U - a) + 127U) / 255U);
    }
    if (transparent) {
      out.image.alpha[i] = p[3];
    }
  }
  return out;
}

} // namespace nominate::media::detail
