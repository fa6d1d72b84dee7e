#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/media_spec.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace nominate::fix {

// Live progress of one transcode. The CLI draws it on a terminal; the library only calls, from the thread
// that runs the transcode. `keep_going` is asked between frames: false stops the job (Ctrl-C), the partial
// output is removed and the transcode returns ErrorCode::io "interrupted".
class TranscodeSink {
public:
  virtual ~TranscodeSink() = default;
  virtual void position(double seconds, double duration_seconds) = 0;
  [[nodiscard]] virtual bool keep_going() { return true; }
};

struct TranscodeRequest {
  std::filesystem::path input;
  std::filesystem::path output; // written as is (the caller writes to a temporary name and renames)
  rules::VideoSpec spec;
  // x264's speed/size trade-off; "medium" is the ffmpeg CLI's default, so the bench compares like with like.
  std::string preset = "medium";
  int threads = 0; // 0: every core
  // The check found nothing wrong with the picture, only with the container (a .mov, a Matroska file) or the
  // sound (none where one is required): the coded pictures are copied into MP4 without re-encoding when they
  // meet the spec as they are (H.264 4:2:0 at the spec's size, no rotation, square pixels); the sound is
  // copied when it is AAC, otherwise converted to AAC (a camera's PCM), or a silent track added.
  bool keep_picture = false;
};

// What the transcode did, for the report: the settings chosen and the file written.
struct TranscodeResult {
  int width = 0; // as written (the spec's, or the displayed size made even)
  int height = 0;
  double fps = 0;
  int rotation = 0;               // degrees applied to the pixels (0, 90, 180, 270)
  bool padded = false;            // bars added to keep the content's aspect ratio
  bool upscaled = false;          // the picture enlarged over a tenth: it meets the size, not the sharpness
  bool hdr_converted = false;     // an HDR picture (HLG, PQ) tone-mapped to the SDR BT.709 the spec plays
  bool silence_added = false;     // a silent AAC track because the rule set requires sound
  std::optional<int> bitrate_bps; // a capped bitrate chosen to fit spec.max_bytes or the default cap
  double duration_s = 0;
  std::uintmax_t bytes = 0;
  bool picture_copied =
      false;            // the coded pictures were copied, not re-encoded (TranscodeRequest::keep_picture)
  bool remuxed = false; // the sound was copied too: nothing re-encoded
};

// Transcodes `input` to the rule set's video spec with FFmpeg's libraries: the displayed size (rotation
// applied; content fitted inside spec.width×spec.height with bars, never stretched or cropped), constant
// frame rate spec.fps, H.264 High yuv420p (libx264), AAC, MP4 with the index at the front (faststart).
// With spec.max_bytes, a VBV-capped CRF so the file fits with a margin (one retry at a lower rate if it
// does not); otherwise CRF 23 capped at 2 Mbit/s, so 5 minutes of 720p stay near 80 MB. Never cuts or pads
// the duration. With `keep_picture`, a copy of the pictures where they allow it (see there). Errors:
// unreadable (no video stream, cannot decode), unsupported (no H.264/AAC encoder), io (cannot write,
// interrupted).
[[nodiscard]] core::Result<TranscodeResult> transcode_video(const TranscodeRequest& request,
                                                            TranscodeSink* sink);

} // namespace nominate::fix
