#pragma once

extern "C" {
struct AVFormatContext;
}

namespace nominate::ffmpeg {

// The demuxers a nomination's video may be opened as, by every part that opens one (the probe, the poster
// frame, fix): MP4/MOV and the containers phones, cameras and editors write. Keeps FFmpeg's many other
// demuxers away from user files: image sequences, and playlists (HLS, concat) that would open other files
// named inside a hostile "video".
inline constexpr const char* k_format_whitelist =
    "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv,mpegts,asf,mpeg";
// The most streams a video may have (FFmpeg's own default is 1000): avformat_find_stream_info opens a
// decoder for each, so a 1 MB file of 999 copied tracks took 2.5 GB. Phones and cameras write under ten
// (video, sound, time code, metadata); a broadcast file with a track per sound channel under twenty. A file
// with more is refused at opening, FFmpeg saying why.
inline constexpr const char* k_max_streams = "64";
// Opened by path (fix), a video may use the file protocol only: no network, no pipes, no subfiles.
inline constexpr const char* k_protocol_whitelist = "file";

// avformat_open_input of a file by path, limited to the demuxers above and the file protocol. As
// avformat_open_input: *format may hold a preallocated context; on failure it is freed and a negative AVERROR
// returned.
[[nodiscard]] int open_file(AVFormatContext** format, const char* path);

// The index of the stream that is the video: FFmpeg's best video stream, except that a cover picture gives
// way to a real video track. FFmpeg ranks a default-flagged stream first, and tools flag the cover: as an
// attached picture, or as an ordinary track of one frame (an MJPEG or PNG track before the real one). A file
// whose only picture is a cover gets the cover's index (the caller reports "sound and a still cover
// picture"); a file without a picture stream gets a negative AVERROR. Loads nothing: call it on a context
// FFmpeg opened (after ffmpeg::load()).
[[nodiscard]] int best_video_stream(AVFormatContext* format);

// Whether the stream at `index` is a cover picture rather than video.
[[nodiscard]] bool is_cover_picture(const AVFormatContext* format, int index);

} // namespace nominate::ffmpeg
