#pragma once

#include <nominate/media/video.hpp>

#include <memory>
#include <optional>
#include <string>

extern "C" {
struct AVFrame;
struct AVFilterGraph;
}

namespace nominate::media::detail {

// Feeds decoded frames through FFmpeg's detection filters and collects what they find (VideoContent). One
// graph for pictures, built on the first picture (its size and pixel format), fed one picture per
// k_content_sample_s seconds: the detectors judge stretches of seconds, so sampling loses nothing they report
// and keeps the filters' cost a small share of decoding. One graph for sound, fed every audio frame (cheap).
// Not thread-safe; one per probe.
class ContentAnalysis {
public:
  // The picture stream's time base (`tb_num`/`tb_den` seconds per tick) and start time in seconds.
  ContentAnalysis(int tb_num, int tb_den, double start_s);
  ~ContentAnalysis();
  ContentAnalysis(const ContentAnalysis&) = delete;
  ContentAnalysis& operator=(const ContentAnalysis&) = delete;

  // A decoded picture (kept only when a sample is due) and a decoded sound frame, its pts in 1/sample_rate.
  void add_picture(AVFrame* frame);
  void add_sound(AVFrame* frame);

  // Flushes the filters and closes stretches still open at the end of the video (`duration_s`, its picture
  // stream's length; 0 when unknown: the last picture's time). nullopt when a graph could not be built or fed
  // (`problem` says why).
  [[nodiscard]] std::optional<VideoContent> finish(double duration_s);
  [[nodiscard]] const std::optional<std::string>& problem() const { return m_problem; }

private:
  struct Graph;
  void drain(Graph& graph, bool picture);
  void read_picture(AVFrame* frame);
  void read_sound(AVFrame* frame);

  int m_tb_num;
  int m_tb_den;
  double m_start_s;
  double m_next_sample_s = -1e300;
  double m_last_picture_s = 0;
  std::unique_ptr<Graph> m_picture;
  std::unique_ptr<Graph> m_sound;
  std::optional<double> m_black_open;
  std::optional<double> m_frozen_open;
  std::optional<double> m_silent_open;
  std::optional<std::string> m_problem;
  VideoContent m_content;
};

} // namespace nominate::media::detail
