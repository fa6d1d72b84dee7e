#include <nominate/fix/versions.hpp>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace nominate::fix {

namespace {

// FFmpeg packs major.minor.micro into one integer (AV_VERSION_INT).
std::string ffmpeg_version(unsigned version)
{
  return std::to_string(version >> 16U) + "." + std::to_string((version >> 8U) & 0xFFU) + "." +
         std::to_string(version & 0xFFU);
}

} // namespace

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"libavfilter (FFmpeg)", ffmpeg_version(LIBAVFILTER_VERSION_INT), ffmpeg_version(avfilter_version())},
      {"libswscale (FFmpeg)", ffmpeg_version(LIBSWSCALE_VERSION_INT), ffmpeg_version(swscale_version())},
      {"libswresample (FFmpeg)", ffmpeg_version(LIBSWRESAMPLE_VERSION_INT),
       ffmpeg_version(swresample_version())},
  };
}

} // namespace nominate::fix
