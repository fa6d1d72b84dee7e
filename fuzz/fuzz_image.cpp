// A photo: the header probe (format, size, EXIF orientation) and the full decode (libjpeg-turbo, stb_image
// for PNG, libheif for HEIC), within the pixel budget.
#include <nominate/media/image.hpp>
#include <nominate/media/photo.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::span<const std::uint8_t> bytes{data, size};
  auto facts = nominate::media::probe_photo(bytes);
  (void)facts;
  auto image = nominate::media::decode_image(bytes);
  (void)image;
  return 0;
}
