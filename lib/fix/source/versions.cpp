#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/fix/versions.hpp>

namespace nominate::fix {

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"libavfilter (FFmpeg)", ffmpeg::built_version("avfilter"), ffmpeg::running_version("avfilter")},
      {"libswscale (FFmpeg)", ffmpeg::built_version("swscale"), ffmpeg::running_version("swscale")},
      {"libswresample (FFmpeg)", ffmpeg::built_version("swresample"), ffmpeg::running_version("swresample")},
  };
}

} // namespace nominate::fix
