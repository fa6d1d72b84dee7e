#pragma once

#include <nominate/fix/transcode.hpp>

#include <optional>

struct AVStream;

namespace nominate::fix::detail {

// Whether a video stream's coded pictures meet `spec` as they are: H.264 in 8-bit 4:2:0 at the spec's size,
// no rotation to apply, square pixels. The frame rate is the check's word (video.frame-rate).
[[nodiscard]] bool picture_fits(const AVStream* video, const rules::VideoSpec& spec);

// Copies `request.input`'s video and sound into MP4 (index first) without re-encoding them, when they
// already meet the spec as they are: the picture (picture_fits) and AAC sound (or none, where the spec asks
// for none). nullopt when they do not, or when the copy fails (a file it cannot read, timestamps MP4 cannot
// hold): the caller then transcodes, and the transcode says what is wrong with the file.
[[nodiscard]] std::optional<TranscodeResult> remux_video(const TranscodeRequest& request);

} // namespace nominate::fix::detail
