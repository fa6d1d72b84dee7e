#include <nominate/media/photo.hpp>

#include <cmath>

namespace nominate::media {

namespace {

constexpr double k_five_to_seven = 5.0 / 7.0;

} // namespace

const char* to_string(IdPhotoSize size)
{
  switch (size) {
  case IdPhotoSize::one_inch:
    return "1寸";
  case IdPhotoSize::two_inch:
    return "2寸";
  }
  return "1寸";
}

IdPhotoSpec id_photo_spec(IdPhotoSize size)
{
  // 300 dpi: pixels = mm / 25.4 × 300, as photo studios and the exam-registration sites print them.
  switch (size) {
  case IdPhotoSize::one_inch:
    return {25, 35, 295, 413};
  case IdPhotoSize::two_inch:
    return {35, 49, 413, 579};
  }
  return {25, 35, 295, 413};
}

IdPhotoShape judge_id_photo(int width, int height, IdPhotoSize size, double aspect_tolerance)
{
  IdPhotoShape shape;
  shape.spec = id_photo_spec(size);
  if (width <= 0 || height <= 0) {
    return shape;
  }
  shape.portrait = height > width;
  shape.aspect = static_cast<double>(width) / static_cast<double>(height);
  shape.aspect_error = std::abs(shape.aspect - k_five_to_seven) / k_five_to_seven;
  shape.aspect_ok = shape.portrait && shape.aspect_error <= aspect_tolerance;
  const double slack = 1.0 - k_id_photo_pixel_tolerance;
  shape.enough_pixels = width >= static_cast<int>(std::floor(shape.spec.min_width * slack)) &&
                        height >= static_cast<int>(std::floor(shape.spec.min_height * slack));
  return shape;
}

} // namespace nominate::media
