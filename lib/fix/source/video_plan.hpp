#pragma once

// What a re-encode does to the picture: the output frame, the picture inside it, rotation, rate, HDR
// tone-mapping and deinterlacing, decided from the input stream and the rule set's spec, and the filter
// chain that does it.

#include <nominate/rules/media_spec.hpp>

extern "C" {
#include <libavformat/avformat.h>
}

#include <string>

namespace nominate::fix::detail {

struct VideoPlan {
  int width = 0; // the output frame
  int height = 0;
  int content_width = 0; // the picture inside it, before bars
  int content_height = 0;
  // The picture made larger than it was shot (a WeChat-forwarded 960×540 to 1280×720): it passes the size
  // rule but is no sharper, and the clerk is told so.
  bool upscaled = false;
  AVRational fps{25, 1};
  int rotation = 0; // clockwise degrees the picture is turned to show upright (ffmpeg::display_rotation)
  double duration_s = 0;
  std::string to_sdr; // filters that bring an HDR picture to BT.709 ("": none needed, or none available)
  // The YUV matrix the source's picture was coded with, as swscale names it ("bt601", "bt709", …): the scale
  // converts it to BT.709, which the copy is tagged with (a 540p WeChat video is BT.601; untagged at 720p,
  // players read it as BT.709 and its greens and reds shift).
  std::string source_matrix = "bt709";
  // Fields to weave into frames first (a camera's 1080i/576i, AVCHD's .MTS): scaled as they are, the two
  // fields of each frame show as combs on every moving edge. "" when the source is progressive.
  std::string deinterlace;
};

// The plan for `stream` of `input` under `spec`: the spec's size (the picture fitted inside, bars for the
// rest), or the displayed size made even; the spec's rate, or the stream's.
[[nodiscard]] VideoPlan plan_video(const AVFormatContext* input, const AVStream* stream,
                                   const rules::VideoSpec& spec);

// The libavfilter chain for `plan`: deinterlace, tone-map, rotate, scale, pad, constant rate, yuv420p.
[[nodiscard]] std::string video_filters(const VideoPlan& plan);

} // namespace nominate::fix::detail
