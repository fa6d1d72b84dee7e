#include "fix_fixtures.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

namespace nominate::test::fix {

namespace {

std::filesystem::path make(const std::string& name, const std::vector<std::string>& args)
{
  std::vector<std::string> argv{"-v", "error", "-y"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.emplace_back("{out}");
  return cached_tool_output(fixture_cache() / "fix", "ffmpeg", name, argv);
}

const std::vector<std::string> k_sound{"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"};

} // namespace

std::filesystem::path hevc_1080p30()
{
  return make("hevc-1080p30.mp4",
              {"-f",      "lavfi",     "-i",           "testsrc2=size=1920x1080:rate=30",
               "-f",      "lavfi",     "-i",           "sine=frequency=440:sample_rate=44100",
               "-t",      "2",         "-c:v",         "libx265",
               "-preset", "ultrafast", "-x265-params", "log-level=error",
               "-tag:v",  "hvc1",      "-c:a",         "aac",
               "-f",      "mp4"});
}

std::filesystem::path portrait_rotated()
{
  auto coded =
      make("portrait-coded.mp4", {"-f", "lavfi", "-i", "color=c=orange:size=1280x720:rate=25", "-t", "2",
                                  "-vf", "drawbox=x=0:y=0:w=160:h=720:color=blue:t=fill", "-c:v", "libx264",
                                  "-preset", "veryfast", "-pix_fmt", "yuv420p", "-f", "mp4"});
  // The display matrix as a phone writes it; FFmpeg 5.1 stores the rotate tag only when copying the stream.
  return make("portrait-rotated.mp4",
              {"-i", coded.string(), "-c", "copy", "-metadata:s:v:0", "rotate=90", "-f", "mp4"});
}

std::filesystem::path bars_sdr()
{
  return make("bars-sdr.mp4", {"-f", "lavfi", "-i", "smptebars=size=1280x720:rate=25", "-t", "1", "-c:v",
                               "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-f", "mp4"});
}

std::filesystem::path bars_hdr(const std::string& transfer)
{
  return make("bars-hdr-" + transfer + ".mp4",
              {"-f", "lavfi", "-i", "smptebars=size=1280x720:rate=25", "-t", "1", "-vf",
               "zscale=tin=bt709:pin=bt709:min=bt709:rin=limited:npl=203:t=" + transfer +
                   ":p=bt2020:m=bt2020nc:r=limited,format=yuv420p10le",
               "-c:v", "libx265", "-preset", "ultrafast", "-x265-params",
               "log-level=error:colorprim=bt2020:transfer=" + transfer + ":colormatrix=bt2020nc", "-tag:v",
               "hvc1", "-f", "mp4"});
}

std::filesystem::path bars_bt601()
{
  return make("bars-bt601.mp4", {"-f",
                                 "lavfi",
                                 "-i",
                                 "smptebars=size=960x540:rate=25",
                                 "-t",
                                 "1",
                                 "-vf",
                                 "scale=out_color_matrix=bt601:out_range=tv,format=yuv420p",
                                 "-colorspace",
                                 "smpte170m",
                                 "-color_primaries",
                                 "smpte170m",
                                 "-color_trc",
                                 "smpte170m",
                                 "-c:v",
                                 "libx264",
                                 "-preset",
                                 "veryfast",
                                 "-f",
                                 "mp4"});
}

std::filesystem::path variable_rate()
{
  return make("variable-rate.mp4", {"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-t", "3", "-vf",
                                    "select='lt(n\\,30)+not(mod(n\\,3))'", "-fps_mode", "vfr", "-c:v",
                                    "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-f", "mp4"});
}

std::filesystem::path windows_media()
{
  return make("movie-maker.wmv", {"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i",
                                  "sine=frequency=440:sample_rate=44100", "-t", "3", "-c:v", "wmv2", "-c:a",
                                  "wmav2", "-f", "asf"});
}

std::filesystem::path matroska_named_mp4()
{
  return make("matroska.mp4", {"-f",      "lavfi",    "-i",       "testsrc2=size=1280x720:rate=25",
                               "-f",      "lavfi",    "-i",       "sine=frequency=440:sample_rate=44100",
                               "-t",      "2",        "-c:v",     "libx264",
                               "-preset", "veryfast", "-pix_fmt", "yuv420p",
                               "-c:a",    "aac",      "-f",       "matroska"});
}

std::filesystem::path camera_mov_pcm()
{
  return make("camera-pcm.mov", {"-f",      "lavfi",     "-i",       "testsrc2=size=1280x720:rate=25",
                                 "-f",      "lavfi",     "-i",       "sine=frequency=440:sample_rate=48000",
                                 "-t",      "2",         "-c:v",     "libx264",
                                 "-preset", "veryfast",  "-pix_fmt", "yuv420p",
                                 "-c:a",    "pcm_s16le", "-f",       "mov"});
}

std::filesystem::path mp4_opus()
{
  return make("screen-opus.mp4", {"-f",      "lavfi",    "-i",       "testsrc2=size=1280x720:rate=25",
                                  "-f",      "lavfi",    "-i",       "sine=frequency=440:sample_rate=48000",
                                  "-t",      "2",        "-c:v",     "libx264",
                                  "-preset", "veryfast", "-pix_fmt", "yuv420p",
                                  "-c:a",    "libopus",  "-f",       "mp4"});
}

std::filesystem::path camera_ts(int width, int height)
{
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  return make("camera-" + size + ".ts", {"-f",
                                         "lavfi",
                                         "-i",
                                         "testsrc2=size=" + size + ":rate=25",
                                         "-f",
                                         "lavfi",
                                         "-i",
                                         "sine=frequency=440:sample_rate=48000",
                                         "-t",
                                         "2",
                                         "-c:v",
                                         "libx264",
                                         "-preset",
                                         "veryfast",
                                         "-pix_fmt",
                                         "yuv420p",
                                         "-c:a",
                                         "ac3",
                                         "-output_ts_offset",
                                         "1.4",
                                         "-f",
                                         "mpegts"});
}

std::vector<std::string> video_packet_hashes(const std::filesystem::path& path)
{
  REQUIRE(have_tool("ffmpeg"));
  auto run = run_tool(
      {"ffmpeg", "-v", "error", "-i", path.string(), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"});
  REQUIRE(run.exit_code == 0);
  std::vector<std::string> hashes;
  std::istringstream lines(run.output);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && !line.starts_with("#")) {
      hashes.push_back(line.substr(line.rfind(',') + 1));
    }
  }
  return hashes;
}

nlohmann::json ffprobe(const std::filesystem::path& path)
{
  REQUIRE(have_tool("ffprobe"));
  auto run =
      run_tool({"ffprobe", "-v", "error", "-of", "json", "-show_streams", "-show_format", path.string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.output);
}

std::vector<double> video_packet_times(const std::filesystem::path& path)
{
  auto run = run_tool({"ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time",
                       "-of", "csv=p=0", path.string()});
  REQUIRE(run.exit_code == 0);
  std::vector<double> times;
  std::istringstream lines(run.output);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) {
      times.push_back(std::stod(line));
    }
  }
  std::sort(times.begin(), times.end());
  return times;
}

std::string first_frame_rgb(const std::filesystem::path& path)
{
  // Into a file, not stdout: run_tool joins stderr to stdout, and a line ffmpeg logs would join the pixels.
  // A folder of its own, not beside `path`: a cached fixture's folder is shared by every test process.
  TempDir work;
  const auto frame = work.path() / "frame.rgb";
  // At warning level ffmpeg says why a frame is missing ("Output file is empty"), and the free space tells
  // a full disk from a picture no decoder could read: a frame the caller finds missing is explained here.
  auto run = run_tool({"ffmpeg", "-y", "-v", "warning", "-i", path.string(), "-frames:v", "1", "-f",
                       "rawvideo", "-pix_fmt", "rgb24", frame.string()});
  std::error_code error;
  auto space = std::filesystem::space(frame.parent_path(), error);
  INFO("ffmpeg (exit " << run.exit_code << "):\n"
                       << run.output << "\nfree space by " << path << ": "
                       << (error ? error.message() : std::to_string(space.available) + " bytes"));
  REQUIRE(run.exit_code == 0);
  auto pixels = nominate::test::read_file(frame);
  REQUIRE_FALSE(pixels.empty());
  return pixels;
}

double psnr(const std::filesystem::path& fixed, const std::filesystem::path& source, int width, int height,
            int fps)
{
  std::string graph = "[1:v]scale=" + std::to_string(width) + ":" + std::to_string(height) +
                      ",fps=" + std::to_string(fps) + ",format=yuv420p[ref];[0:v][ref]psnr";
  auto run = run_tool({"ffmpeg", "-v", "info", "-nostats", "-i", fixed.string(), "-i", source.string(),
                       "-lavfi", graph, "-f", "null", "-"});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  auto at = run.output.find("average:");
  REQUIRE(at != std::string::npos);
  return std::stod(run.output.substr(at + 8));
}

std::filesystem::path camera_1080i()
{
  // 50 pictures a second woven into 25 interlaced frames, top field first, coded as fields (x264 tff).
  return make("camera-1080i.ts",
              {"-f",       "lavfi",       "-i",           "testsrc2=size=1920x1080:rate=50",
               "-f",       "lavfi",       "-i",           "sine=frequency=440:sample_rate=48000",
               "-t",       "2",           "-vf",          "interlace=scan=tff",
               "-c:v",     "libx264",     "-preset",      "veryfast",
               "-flags",   "+ildct+ilme", "-x264-params", "tff=1",
               "-pix_fmt", "yuv420p",     "-c:a",         "ac3",
               "-f",       "mpegts"});
}

std::filesystem::path progressive_1080p25()
{
  return make("progressive-1080p25.mkv", {"-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25", "-t", "2",
                                          "-c:v", "libx264", "-preset", "veryfast", "-qp", "0"});
}

} // namespace nominate::test::fix
