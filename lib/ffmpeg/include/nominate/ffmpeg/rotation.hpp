#pragma once

extern "C" {
struct AVStream;
}

namespace nominate::ffmpeg {

// Clockwise degrees, 0/90/180/270, from the stream's display matrix (av_display_rotation_get is
// counter-clockwise): how a player turns the picture. 0 without a matrix, or with one too short or
// degenerate to give an angle (a hostile file's). The probe reports it; the poster frame and `fix` apply it.
// Loads nothing: call it on a stream FFmpeg opened (after ffmpeg::load()).
[[nodiscard]] int display_rotation(const AVStream* stream);

} // namespace nominate::ffmpeg
