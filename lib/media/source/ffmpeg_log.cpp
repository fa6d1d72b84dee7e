#include "ffmpeg_log.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/log.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>

#include <array>
#include <cstdarg>
#include <set>

namespace nominate::media::detail {

namespace {

thread_local LogCapture* t_capture = nullptr;

std::mutex& live_mutex()
{
  static std::mutex mutex;
  return mutex;
}

std::set<const void*>& live_captures()
{
  static std::set<const void*> live;
  return live;
}

// The capture a context belongs to: its `opaque` when that is a live capture.
LogCapture* capture_of(void* context)
{
  if (context == nullptr) {
    return nullptr;
  }
  const AVClass* av_class = *static_cast<const AVClass**>(context);
  void* opaque = nullptr;
  if (av_class == ffmpeg::avcodec_get_class()) {
    opaque = static_cast<AVCodecContext*>(context)->opaque;
  } else if (av_class == ffmpeg::avformat_get_class()) {
    opaque = static_cast<AVFormatContext*>(context)->opaque;
  }
  if (opaque == nullptr) {
    return nullptr;
  }
  std::lock_guard lock(live_mutex());
  return live_captures().contains(opaque) ? static_cast<LogCapture*>(opaque) : nullptr;
}

void callback(void* context, int level, const char* format, va_list arguments)
{
  // FFmpeg calls this for every message, its many trace and debug lines included (the MP4 demuxer logs
  // each index entry): a message that neither a capture (errors only) nor FFmpeg's own printer (its log
  // level, compared as av_log_default_callback does) would keep is dropped before any lookup.
  const int printed_level = level >= 0 ? (level & 0xFF) : level;
  if (level > AV_LOG_ERROR && printed_level > ffmpeg::av_log_get_level()) {
    return;
  }
  LogCapture* capture = capture_of(context);
  if (capture == nullptr) {
    capture = t_capture;
  }
  if (capture == nullptr) {
    bool probing = false;
    {
      std::lock_guard lock(live_mutex());
      probing = !live_captures().empty();
    }
    // During a probe, a decoder thread may log through a private context that names no capture: drop it
    // rather than print. Outside probes, FFmpeg behaves as it would without nominate.
    if (!probing) {
      ffmpeg::av_log_default_callback(context, level, format, arguments);
    }
    return;
  }
  if (level > AV_LOG_ERROR) {
    return;
  }
  std::array<char, 1024> line{};
  int print_prefix = 0; // no "[mov @ 0x…]": an address would make reports differ from run to run
  ffmpeg::av_log_format_line2(context, level, format, arguments, line.data(), static_cast<int>(line.size()),
                              &print_prefix);
  std::string text(line.data());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  // FFmpeg's messages are ASCII; a file's own bytes quoted in one (a tag, a box type) may not be UTF-8.
  for (auto& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) {
      c = '?';
    }
  }
  capture->add(level, std::move(text));
}

} // namespace

LogCapture::LogCapture()
{
  static std::once_flag installed;
  std::call_once(installed, [] { ffmpeg::av_log_set_callback(callback); });
  {
    std::lock_guard lock(live_mutex());
    live_captures().insert(this);
  }
  m_previous = t_capture;
  t_capture = this;
}

LogCapture::~LogCapture()
{
  t_capture = m_previous;
  std::lock_guard lock(live_mutex());
  live_captures().erase(this);
}

void LogCapture::add(int /*level*/, std::string message)
{
  std::lock_guard lock(m_mutex);
  ++m_error_count;
  if (m_errors.size() < k_max_kept) {
    m_errors.push_back(std::move(message));
  }
}

std::vector<std::string> LogCapture::errors() const
{
  std::lock_guard lock(m_mutex);
  return m_errors;
}

std::size_t LogCapture::error_count() const
{
  std::lock_guard lock(m_mutex);
  return m_error_count;
}

} // namespace nominate::media::detail
