#include <nominate/media/versions.hpp>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#if __has_include(<libavutil/ffversion.h>)
#include <libavutil/ffversion.h> // FFMPEG_VERSION: the release, which Debian's packages install
#endif
}
#include <nominate/ffmpeg/ffmpeg.hpp>

#include <jpeglib.h>
#include <libheif/heif.h>

#include <cstdio>

namespace nominate::media {

namespace {

#ifdef FFMPEG_VERSION
constexpr const char* k_ffmpeg_release = FFMPEG_VERSION;
#else
constexpr const char* k_ffmpeg_release = "unknown";
#endif

// FFmpeg packs major.minor.micro into one integer (AV_VERSION_INT).
std::string ffmpeg_version(unsigned version)
{
  return std::to_string(version >> 16U) + "." + std::to_string((version >> 8U) & 0xFFU) + "." +
         std::to_string(version & 0xFFU);
}

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

// FFmpeg's running version when it is loaded; `--version` does not load it (that is what loading on first use
// saves), so it then names the library that will be loaded.
std::string running(const char* library, unsigned (*version)())
{
  return ffmpeg::loaded() ? ffmpeg_version(version())
                          : std::string("on first use: ") + ffmpeg::soname(library);
}

} // namespace

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"FFmpeg", k_ffmpeg_release,
       ffmpeg::loaded() ? std::string(ffmpeg::av_version_info()) : std::string("loaded on first use")},
      {"libavformat (FFmpeg)", ffmpeg_version(LIBAVFORMAT_VERSION_INT),
       running("avformat", ffmpeg::avformat_version)},
      {"libavcodec (FFmpeg)", ffmpeg_version(LIBAVCODEC_VERSION_INT),
       running("avcodec", ffmpeg::avcodec_version)},
      {"libavutil (FFmpeg)", ffmpeg_version(LIBAVUTIL_VERSION_INT),
       running("avutil", ffmpeg::avutil_version)},
      {"libjpeg-turbo", jpeg_turbo_version(), std::nullopt},
      {"libheif", LIBHEIF_VERSION, std::string(heif_get_version())},
      {"stb_image", NOMINATE_STB_IMAGE_VERSION, std::nullopt},
  };
}

} // namespace nominate::media
