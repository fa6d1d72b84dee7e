#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/media/warm_up.hpp>

#include <atomic>
#include <system_error>

namespace nominate::media {

VideoWarmUp::~VideoWarmUp()
{
  if (m_thread.joinable()) {
    m_thread.join();
  }
}

VideoWarmUp warm_up_video_probe()
{
  static std::atomic<bool> started{false};
  if (ffmpeg::loaded() || started.exchange(true)) {
    return {};
  }
  try {
    // The result is kept by ffmpeg::load itself (core::OnceResult) and given to the probe that asks next.
    return VideoWarmUp(std::thread([] {
      try {
        (void)ffmpeg::load(ffmpeg::Need::decoding);
      } catch (...) { // out of memory while loading: the probe's own call meets the same and reports it
      }
    }));
  } catch (const std::system_error&) {
    return {}; // no thread to be had: the probe loads FFmpeg on its own thread, as without a warm-up
  }
}

} // namespace nominate::media
