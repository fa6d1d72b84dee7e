#pragma once

extern "C" {
struct AVStream;
}

namespace nominate::media::detail {

// Clockwise degrees, 0/90/180/270, from the stream's display matrix (av_display_rotation_get is
// counter-clockwise): how a player turns the picture. The probe reports it; the poster frame applies it.
[[nodiscard]] int rotation_of(const AVStream* stream);

} // namespace nominate::media::detail
