// Its own test program: the warm-up is per process, and test_media's other cases load FFmpeg.

#include "video_fixtures.hpp"

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/media/video.hpp>
#include <nominate/media/warm_up.hpp>

#include <catch2/catch.hpp>

namespace nominate::media {

TEST_CASE("the video warm-up loads FFmpeg once, on a thread of its own, and a probe during it waits for it",
          "[media]")
{
  const auto video = test::VideoFixtures::compliant(); // made by the ffmpeg CLI: FFmpeg is not loaded here
  REQUIRE_FALSE(ffmpeg::loaded());
  {
    auto warm_up = warm_up_video_probe();
    CHECK(warm_up.started());
    CHECK_FALSE(warm_up_video_probe().started()); // one thread a process, though FFmpeg may still be loading
    // Probed while the load may be under way: the probe waits for it and sees the file as without it.
    auto facts = probe_video_file(video);
    REQUIRE(facts.has_value());
    CHECK(facts->codec == "h264");
    CHECK(facts->width == 1280);
    CHECK(facts->height == 720);
    CHECK(ffmpeg::loaded());
  } // waits for the thread
  CHECK(ffmpeg::loaded());
  CHECK_FALSE(warm_up_video_probe().started()); // loaded: nothing to start
}

} // namespace nominate::media
