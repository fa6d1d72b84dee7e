#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace nominate::media::detail {

// FFmpeg's messages about one probe, kept instead of printed: the library never prints. FFmpeg's log is
// process-global (av_log_set_callback), so the first LogCapture installs, once, a callback that routes each
// message to the capture of the context that logged it (the AVFormatContext or AVCodecContext whose
// `opaque` is a live LogCapture — decoder threads log through copies of their context) or of the calling
// thread. Other messages are dropped while any probe runs (a decoder thread may log through a private
// context) and go on to FFmpeg's default callback otherwise. A host that sets its own
// callback afterwards replaces this one; probes then simply capture nothing.
class LogCapture {
public:
  LogCapture();
  ~LogCapture();
  LogCapture(const LogCapture&) = delete;
  LogCapture& operator=(const LogCapture&) = delete;

  // Messages at AV_LOG_ERROR or worse, in order, at most k_max_kept; `error_count` counts them all.
  [[nodiscard]] std::vector<std::string> errors() const;
  [[nodiscard]] std::size_t error_count() const;

  void add(int level, std::string message);

  static constexpr std::size_t k_max_kept = 16;

private:
  mutable std::mutex m_mutex;
  std::vector<std::string> m_errors;
  std::size_t m_error_count = 0;
  LogCapture* m_previous = nullptr; // the calling thread's capture before this one
};

} // namespace nominate::media::detail
