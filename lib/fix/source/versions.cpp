#include <nominate/fix/versions.hpp>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>

namespace nominate::fix {

namespace {

// FFmpeg packs major.minor.micro into one integer (AV_VERSION_INT).
std::string ffmpeg_version(unsigned version)
{
  return std::to_string(version >> 16U) + "." + std::to_string((version >> 8U) & 0xFFU) + "." +
         std::to_string(version & 0xFFU);
}

// The running version when FFmpeg is loaded; else the library that will be (`--version` does not load it).
std::string running(const char* library, unsigned (*version)())
{
  return ffmpeg::loaded() ? ffmpeg_version(version())
                          : std::string("on first use: ") + ffmpeg::soname(library);
}

} // namespace

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"libavfilter (FFmpeg)", ffmpeg_version(LIBAVFILTER_VERSION_INT),
       running("avfilter", ffmpeg::avfilter_version)},
      {"libswscale (FFmpeg)", ffmpeg_version(LIBSWSCALE_VERSION_INT),
       running("swscale", ffmpeg::swscale_version)},
      {"libswresample (FFmpeg)", ffmpeg_version(LIBSWRESAMPLE_VERSION_INT),
       running("swresample", ffmpeg::swresample_version)},
  };
}

} // namespace nominate::fix
