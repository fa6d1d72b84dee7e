#include "stb_decode.hpp"

// stb_image 2.27 is not hardened against hostile input: compile only the decoders needed (JPEG and PNG,
// which the notices accept; BMP and GIF, which fix converts to JPEG), cap each dimension, and read from
// memory only. STBI_NO_STDIO keeps it off the file system; its failure
// reason is thread-local in C++ builds, so probes may run in parallel (-j).
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_ONLY_BMP
#define STBI_ONLY_GIF
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS (1 << 15)
#define STBI_FAILURE_USERMSG
// Its asserts check its own consistency on the data it decodes: on a hostile file they would abort a Debug
// build where a Release build goes on. Behave the same in both.
#define STBI_ASSERT(x) ((void)0)
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#endif
#include <stb_image.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <climits>

namespace nominate::media::detail {

namespace {

std::string failure_reason()
{
  const char* reason = stbi_failure_reason();
  return reason != nullptr ? reason : "cannot decode";
}

bool fits_stb(Bytes bytes)
{
  return bytes.size() <= static_cast<std::size_t>(INT_MAX);
}

} // namespace

void StbFree::operator()(unsigned char* pixels) const
{
  stbi_image_free(pixels);
}

std::variant<StbInfo, std::string> stb_info(Bytes bytes)
{
  if (!fits_stb(bytes)) {
    return std::string("file too large");
  }
  StbInfo info;
  if (stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &info.width, &info.height,
                            &info.channels) == 0) {
    return failure_reason();
  }
  return info;
}

std::variant<RgbImage, std::string> stb_decode_rgb(Bytes bytes)
{
  if (!fits_stb(bytes)) {
    return std::string("file too large");
  }
  int width = 0;
  int height = 0;
  int channels = 0;
  if (stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels) == 0) {
    return failure_reason();
  }
  const bool alpha = channels == 2 || channels == 4;
  const int wanted = alpha ? 4 : 3;
  RgbImage image;
  image.pixels.reset(stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height,
                                           &channels, wanted));
  if (!image.pixels) {
    return failure_reason();
  }
  image.width = width;
  image.height = height;
  image.channels_in_file = channels;
  image.stride = wanted;
  return image;
}

} // namespace nominate::media::detail
