#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/rotation.hpp>

#include <cmath>
#include <cstdint>

namespace nominate::ffmpeg {

int display_rotation(const AVStream* stream)
{
  std::size_t size = 0;
  const std::uint8_t* matrix = ffmpeg::av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
  if (matrix == nullptr || size < 9 * sizeof(std::int32_t)) {
    return 0;
  }
  const double counter_clockwise =
      ffmpeg::av_display_rotation_get(reinterpret_cast<const std::int32_t*>(matrix));
  if (std::isnan(counter_clockwise)) {
    return 0;
  }
  double clockwise = std::fmod(-counter_clockwise, 360.0);
  if (clockwise < 0) {
    clockwise += 360.0;
  }
  return static_cast<int>(std::lround(clockwise / 90.0) % 4) * 90;
}

} // namespace nominate::ffmpeg
