#pragma once

#include <thread>

namespace nominate::media {

// Loading FFmpeg (lib/ffmpeg), which probe_video_file does on its first call, started ahead on a thread of
// its own. It is most of the wall time of a one-submission check (about 80 M instructions for ~160 shared
// objects, docs/performance.md), and a caller that will probe a video soon — lib/folder, once discovery has
// seen one — runs it beside reading the form, the rule sets and the photos, on a second core.
//
// Only the first call in a process starts a thread, and none once FFmpeg is loaded; probe_video_file waits
// for a load under way and gets its result (a failed load is the same error then as without the warm-up).
// The object waits for its thread when it is destroyed, so no thread outlives its caller's scope.
class VideoWarmUp {
public:
  VideoWarmUp() = default;
  explicit VideoWarmUp(std::thread thread) : m_thread(std::move(thread)) {}
  VideoWarmUp(VideoWarmUp&&) noexcept = default;
  VideoWarmUp& operator=(VideoWarmUp&&) = delete;
  VideoWarmUp(const VideoWarmUp&) = delete;
  VideoWarmUp& operator=(const VideoWarmUp&) = delete;
  ~VideoWarmUp();

  // Whether this object started the load (for tests: false once FFmpeg is loaded or another call started it).
  [[nodiscard]] bool started() const { return m_thread.joinable(); }

private:
  std::thread m_thread;
};

// Starts loading what a default (index) probe of a video needs, and returns at once. Never fails: where no
// thread can be started, the probe loads FFmpeg itself as before.
[[nodiscard]] VideoWarmUp warm_up_video_probe();

} // namespace nominate::media
