// Measures the bounded-read promise: a default probe reads a small, fixed part of a video whatever its size;
// a deep probe reads and decodes all of it.
//
//   bench_probe [VIDEO]
//
// Without VIDEO, makes (once) a ~300 MB, 3-minute 1280×720 25 fps H.264 MP4 with its index at the end (as
// phones write it) in the temporary folder, with the ffmpeg CLI.
#include <nominate/media/video.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;

fs::path make_large_video()
{
  const fs::path path = fs::temp_directory_path() / "nominate-bench-300mb.mp4";
  if (fs::exists(path) && fs::file_size(path) > 250'000'000) {
    return path;
  }
  // Lossless x264 of a moving test pattern: about 1.7 MB a second, quick to encode.
  const std::string command = "ffmpeg -v error -y -f lavfi -i testsrc2=size=1280x720:rate=25 -t 180 "
                              "-c:v libx264 -preset ultrafast -qp 0 -pix_fmt yuv420p '" +
                              path.string() + "'";
  std::printf("making %s …\n", path.c_str());
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "bench_probe: ffmpeg failed\n");
    std::exit(2);
  }
  return path;
}

void run(const fs::path& path, nominate::media::ProbeDepth depth, const char* label)
{
  const auto start = std::chrono::steady_clock::now();
  const auto facts = nominate::media::probe_video_file(path, depth);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!facts) {
    std::fprintf(stderr, "bench_probe: %s\n", facts.error().message.c_str());
    std::exit(2);
  }
  std::printf("%-8s %8.3f s  bytes_read %12ju (%5.2f %% of %ju)  %s %dx%d %s fps %.1f s", label, seconds,
              facts->bytes_read,
              100.0 * static_cast<double>(facts->bytes_read) / static_cast<double>(facts->file_size),
              facts->file_size, facts->codec.c_str(), facts->width, facts->height, facts->fps_text.c_str(),
              facts->duration_s);
  if (depth == nominate::media::ProbeDepth::deep) {
    std::printf("  frames %lld, damaged %lld", static_cast<long long>(facts->frames_decoded),
                static_cast<long long>(facts->frames_damaged));
  }
  std::printf("%s\n", facts->damage.empty() ? "" : "  (damaged)");
}

} // namespace

int main(int argc, char** argv)
{
  const fs::path path = argc > 1 ? fs::path(argv[1]) : make_large_video();
  run(path, nominate::media::ProbeDepth::index, "default");
  run(path, nominate::media::ProbeDepth::index, "default"); // again, with the file in the page cache
  run(path, nominate::media::ProbeDepth::deep, "deep");
  return 0;
}
