#include "video_fixtures.hpp"

namespace nominate::test {

namespace {

using Args = std::vector<std::string>;

Args join(Args a, const Args& b)
{
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Args picture(const std::string& size, int rate)
{
  return {"-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + std::to_string(rate)};
}

const Args k_sound{"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"};
const Args k_three_seconds{"-t", "3"};
const Args k_h264{"-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p"};
const Args k_aac{"-c:a", "aac", "-b:a", "64k"};

std::filesystem::path h264(const std::string& name, const std::string& size, int rate, const Args& extra)
{
  return ffmpeg_fixture(
      name, join(join(join(join(join(picture(size, rate), k_sound), k_three_seconds), k_h264), k_aac),
                 join(extra, {"{out}"})));
}

} // namespace

std::filesystem::path VideoFixtures::compliant()
{
  return h264("compliant.mp4", "1280x720", 25, {"-movflags", "+faststart"});
}

std::filesystem::path VideoFixtures::moov_at_end()
{
  return h264("moov-at-end.mp4", "1280x720", 25, {});
}

std::filesystem::path VideoFixtures::fps30()
{
  return h264("fps30.mp4", "1280x720", 30, {"-movflags", "+faststart"});
}

std::filesystem::path VideoFixtures::full_hd()
{
  return h264("full-hd.mp4", "1920x1080", 25, {"-movflags", "+faststart"});
}

std::filesystem::path VideoFixtures::hevc()
{
  return ffmpeg_fixture("hevc.mp4", join(join(join(picture("1280x720", 25), k_sound), k_three_seconds),
                                         {"-c:v", "libx265", "-preset", "ultrafast", "-x265-params",
                                          "log-level=error", "-tag:v", "hvc1", "-c:a", "aac", "{out}"}));
}

std::filesystem::path VideoFixtures::mpeg4_part2()
{
  return ffmpeg_fixture("mpeg4-part2.mp4", join(join(join(picture("1280x720", 25), k_sound), k_three_seconds),
                                                {"-c:v", "mpeg4", "-q:v", "5", "-c:a", "aac", "{out}"}));
}

std::filesystem::path VideoFixtures::rotated()
{
  // FFmpeg 5.1 has no -display_rotation; its MP4 muxer still turns a "rotate" tag into the display matrix.
  return ffmpeg_fixture("rotated.mp4",
                        {"-i", compliant().string(), "-c", "copy", "-metadata:s:v", "rotate=90", "{out}"});
}

std::filesystem::path VideoFixtures::variable_rate()
{
  // The first 25 frames 1/25 s apart, the rest 1/20 s apart; -fps_mode vfr keeps the timestamps as made.
  // No B-frames, as phones' hardware encoders write: decode times are then the presentation times. A
  // millisecond time base all through, else the encoder rounds 50 ms steps to its 1/25 s ticks.
  return ffmpeg_fixture(
      "variable-rate-ms.mp4",
      join(picture("640x360", 25),
           {"-t", "3", "-vf", "settb=1/1000,setpts='if(lt(N,25),N/(25*TB),(1+(N-25)/20)/TB)'", "-fps_mode",
            "vfr", "-enc_time_base:v", "1:1000", "-c:v", "libx264", "-preset", "veryfast", "-bf", "0",
            "-pix_fmt", "yuv420p", "{out}"}));
}

std::filesystem::path VideoFixtures::quicktime()
{
  return h264("quicktime.mov", "1280x720", 25, {"-f", "mov"});
}

std::filesystem::path VideoFixtures::matroska_named_mp4()
{
  return h264("matroska-named.mp4", "1280x720", 25, {"-f", "matroska"});
}

std::filesystem::path VideoFixtures::avi_named_mp4()
{
  return ffmpeg_fixture("avi-named.mp4",
                        join(join(join(picture("1280x720", 25), k_sound), k_three_seconds),
                             {"-c:v", "mpeg4", "-q:v", "5", "-c:a", "mp3", "-f", "avi", "{out}"}));
}

std::filesystem::path VideoFixtures::silent()
{
  return ffmpeg_fixture("silent.mp4",
                        join(join(join(picture("1280x720", 25), k_three_seconds), k_h264), {"-an", "{out}"}));
}

std::filesystem::path VideoFixtures::anamorphic()
{
  return ffmpeg_fixture("anamorphic.mp4", join(join(join(picture("960x720", 25), k_three_seconds), k_h264),
                                               {"-vf", "setsar=4/3", "{out}"}));
}

std::filesystem::path VideoFixtures::long_video()
{
  return ffmpeg_fixture("long-4m30s.mp4",
                        {"-f",        "lavfi",      "-i",       "color=c=0x336699:size=1280x720:rate=25",
                         "-f",        "lavfi",      "-i",       "sine=frequency=440",
                         "-t",        "270",        "-c:v",     "libx264",
                         "-preset",   "veryfast",   "-tune",    "stillimage",
                         "-crf",      "40",         "-pix_fmt", "yuv420p",
                         "-c:a",      "aac",        "-b:a",     "32k",
                         "-movflags", "+faststart", "{out}"});
}

std::filesystem::path VideoFixtures::large()
{
  return ffmpeg_fixture("large-lossless.mp4",
                        join(picture("1280x720", 25), {"-t", "16", "-c:v", "libx264", "-preset", "ultrafast",
                                                       "-qp", "0", "-movflags", "+faststart", "{out}"}));
}

std::vector<std::filesystem::path> VideoFixtures::all_valid()
{
  return {compliant(),     moov_at_end(), fps30(),         full_hd(),   hevc(),
          mpeg4_part2(),   rotated(),     variable_rate(), quicktime(), matroska_named_mp4(),
          avi_named_mp4(), silent(),      anamorphic(),    long_video()};
}

} // namespace nominate::test
