#include <nominate/media/versions.hpp>

extern "C" {
#if __has_include(<libavutil/ffversion.h>)
#include <libavutil/ffversion.h> // FFMPEG_VERSION: the release, which Debian's packages install
#endif
}
#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/heif/heif.hpp>

#include <jpeglib.h>

#include <cstdio>

namespace nominate::media {

namespace {

#ifdef FFMPEG_VERSION
constexpr const char* k_ffmpeg_release = FFMPEG_VERSION;
#else
constexpr const char* k_ffmpeg_release = "unknown";
#endif

// libjpeg-turbo's jconfig.h gives 2001005 for 2.1.5; the library has no call that reports its version.
std::string jpeg_turbo_version()
{
#ifdef LIBJPEG_TURBO_VERSION_NUMBER
  constexpr long k_number = LIBJPEG_TURBO_VERSION_NUMBER;
  return std::to_string(k_number / 1000000) + "." + std::to_string(k_number / 1000 % 1000) + "." +
         std::to_string(k_number % 1000);
#else
  return "libjpeg API " + std::to_string(JPEG_LIB_VERSION);
#endif
}

} // namespace

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"FFmpeg", k_ffmpeg_release,
       ffmpeg::loaded() ? std::string(ffmpeg::av_version_info()) : std::string("loaded on first use")},
      {"libavformat (FFmpeg)", ffmpeg::built_version("avformat"), ffmpeg::running_version("avformat")},
      {"libavcodec (FFmpeg)", ffmpeg::built_version("avcodec"), ffmpeg::running_version("avcodec")},
      {"libavutil (FFmpeg)", ffmpeg::built_version("avutil"), ffmpeg::running_version("avutil")},
      {"libjpeg-turbo", jpeg_turbo_version(), std::nullopt},
      {"libheif", heif::built_version(), heif::running_version()},
      {"stb_image", NOMINATE_STB_IMAGE_VERSION, std::nullopt},
  };
}

} // namespace nominate::media
