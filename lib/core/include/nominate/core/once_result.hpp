#pragma once

#include <nominate/core/error.hpp>

#include <atomic>
#include <mutex>

namespace nominate::core {

// A step run at most once per process, from any thread, and its result: how lib/ffmpeg, lib/heif and office
// load a library on first use. run(step) runs `step` the first time and returns its result then and on every
// later call; done() says whether it has run and succeeded (false while it runs on another thread), so what
// the step wrote before returning is visible to a caller that sees done().
class OnceResult {
public:
  template <typename Step> const Result<void>& run(Step&& step)
  {
    std::call_once(m_once, [&] {
      m_result = step();
      m_done.store(m_result.has_value(), std::memory_order_release);
    });
    return m_result;
  }

  [[nodiscard]] bool done() const { return m_done.load(std::memory_order_acquire); }

private:
  std::once_flag m_once;
  Result<void> m_result;
  std::atomic<bool> m_done{false};
};

} // namespace nominate::core
