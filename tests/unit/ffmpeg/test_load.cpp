#include <nominate/ffmpeg/ffmpeg.hpp>

#include <catch2/catch.hpp>

#include <dlfcn.h>
#include <string>

namespace nominate::ffmpeg {

TEST_CASE("FFmpeg loads once, by the sonames of the headers built against, and is called through the table",
          "[ffmpeg]")
{
  CHECK(std::string(soname("avformat")) == "libavformat.so." + std::to_string(LIBAVFORMAT_VERSION_MAJOR));
  CHECK(std::string(soname("swresample")) ==
        "libswresample.so." + std::to_string(LIBSWRESAMPLE_VERSION_MAJOR));
  CHECK(built_version("avformat").starts_with(std::to_string(LIBAVFORMAT_VERSION_MAJOR) + "."));
  CHECK_FALSE(loaded()); // nothing in this test program has loaded it yet
  CHECK(running_version("avcodec") ==
        "on first use: libavcodec.so." + std::to_string(LIBAVCODEC_VERSION_MAJOR));

  auto first = load();
  REQUIRE(first.has_value());
  CHECK(loaded());
  CHECK(load().has_value()); // the same result, without loading again
  CHECK(running_version("avcodec").starts_with(std::to_string(LIBAVCODEC_VERSION_MAJOR) + "."));

  // The running libraries are the ABI the headers describe: the same major version.
  CHECK(ffmpeg::avformat_version() >> 16U == LIBAVFORMAT_VERSION_MAJOR);
  CHECK(ffmpeg::avcodec_version() >> 16U == LIBAVCODEC_VERSION_MAJOR);
  CHECK(ffmpeg::swscale_version() >> 16U == LIBSWSCALE_VERSION_MAJOR);

  // Decoding does not load libavfilter (and the ~60 objects it pulls in); filtering does, once.
  auto is_in_process = [](const std::string& name) {
    void* handle = dlopen(name.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (handle != nullptr) {
      dlclose(handle); // drops only the reference RTLD_NOLOAD took
    }
    return handle != nullptr;
  };
  CHECK(is_in_process(soname("avformat")));
  CHECK_FALSE(is_in_process(soname("avfilter")));
  CHECK(running_version("avfilter") == "on first use: " + soname("avfilter"));
  REQUIRE(load(Need::filtering).has_value());
  CHECK(is_in_process(soname("avfilter")));
  CHECK(load(Need::filtering).has_value());
  CHECK(ffmpeg::avfilter_version() >> 16U == LIBAVFILTER_VERSION_MAJOR);
  CHECK(running_version("avfilter").starts_with(std::to_string(LIBAVFILTER_VERSION_MAJOR) + "."));

  // Arguments convert as for FFmpeg's own functions (nullptr for a pointer, a literal for a const char*).
  AVDictionary* dictionary = nullptr;
  REQUIRE(ffmpeg::av_dict_set(&dictionary, "format_whitelist", "mov,mp4", 0) >= 0);
  const AVDictionaryEntry* entry = ffmpeg::av_dict_get(dictionary, "format_whitelist", nullptr, 0);
  REQUIRE(entry != nullptr);
  CHECK(std::string(entry->value) == "mov,mp4");
  ffmpeg::av_dict_free(&dictionary);
  CHECK(dictionary == nullptr);
  CHECK(ffmpeg::avcodec_find_decoder(AV_CODEC_ID_H264) != nullptr);
}

} // namespace nominate::ffmpeg
