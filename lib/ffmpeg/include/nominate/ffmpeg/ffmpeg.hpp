#pragma once

// FFmpeg's libraries, loaded on first use. Commands and checks that need no video (`--help`, `explain`, a
// brand project's photos) do not load them, nor the ~160 shared libraries Debian's FFmpeg pulls in, which
// were three quarters of the tool's start-up time (docs/performance.md). The parts that use FFmpeg (media,
// fix) include its headers for types and macros, call `ffmpeg::load(need)` at each entry point, and then call
// `ffmpeg::NAME(...)` in place of FFmpeg's `NAME(...)`: same signature, through a table filled by `dlsym`.
// They do not link FFmpeg, so a direct call to a function missing from the list below fails to link.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/display.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <nominate/core/error.hpp>
#include <nominate/core/lazy_call.hpp>

#include <string>
#include <string_view>

namespace nominate::ffmpeg {

// Every FFmpeg function nominate calls, with the library that defines it: X(library, function).
// clang-format off
#define NOMINATE_FFMPEG_FUNCTIONS(X) \
  X(avutil, av_channel_layout_copy) \
  X(avutil, av_channel_layout_default) \
  X(avutil, av_channel_layout_describe) \
  X(avutil, av_channel_layout_uninit) \
  X(avutil, av_d2q) \
  X(avutil, av_dict_free) \
  X(avutil, av_dict_get) \
  X(avutil, av_dict_set) \
  X(avutil, av_display_rotation_get) \
  X(avutil, av_frame_alloc) \
  X(avutil, av_frame_free) \
  X(avutil, av_frame_move_ref) \
  X(avutil, av_frame_unref) \
  X(avutil, av_free) \
  X(avutil, av_freep) \
  X(avutil, av_get_pix_fmt_name) \
  X(avutil, av_get_sample_fmt_name) \
  X(avutil, av_log_default_callback) \
  X(avutil, av_log_format_line2) \
  X(avutil, av_log_get_level) \
  X(avutil, av_log_set_callback) \
  X(avutil, av_log_set_level) \
  X(avutil, av_malloc) \
  X(avutil, av_rescale_delta) \
  X(avutil, av_rescale_q) \
  X(avutil, av_strdup) \
  X(avutil, av_strerror) \
  X(avutil, av_version_info) \
  X(avutil, avutil_version) \
  X(avcodec, av_packet_alloc) \
  X(avcodec, av_packet_free) \
  X(avcodec, av_packet_rescale_ts) \
  X(avcodec, av_packet_unref) \
  X(avcodec, avcodec_alloc_context3) \
  X(avcodec, avcodec_find_decoder) \
  X(avcodec, avcodec_find_encoder) \
  X(avcodec, avcodec_find_encoder_by_name) \
  X(avcodec, avcodec_free_context) \
  X(avcodec, avcodec_get_class) \
  X(avcodec, avcodec_get_name) \
  X(avcodec, avcodec_open2) \
  X(avcodec, avcodec_parameters_copy) \
  X(avcodec, avcodec_parameters_from_context) \
  X(avcodec, avcodec_parameters_to_context) \
  X(avcodec, avcodec_profile_name) \
  X(avcodec, avcodec_receive_frame) \
  X(avcodec, avcodec_receive_packet) \
  X(avcodec, avcodec_send_frame) \
  X(avcodec, avcodec_send_packet) \
  X(avcodec, avcodec_version) \
  X(avformat, av_find_best_stream) \
  X(avformat, av_guess_sample_aspect_ratio) \
  X(avformat, av_interleaved_write_frame) \
  X(avformat, av_read_frame) \
  X(avformat, av_seek_frame) \
  X(avformat, av_stream_get_side_data) \
  X(avformat, av_write_trailer) \
  X(avformat, avformat_alloc_context) \
  X(avformat, avformat_alloc_output_context2) \
  X(avformat, avformat_close_input) \
  X(avformat, avformat_find_stream_info) \
  X(avformat, avformat_free_context) \
  X(avformat, avformat_get_class) \
  X(avformat, avformat_index_get_entries_count) \
  X(avformat, avformat_index_get_entry) \
  X(avformat, avformat_new_stream) \
  X(avformat, avformat_open_input) \
  X(avformat, avformat_version) \
  X(avformat, avformat_write_header) \
  X(avformat, avio_alloc_context) \
  X(avformat, avio_closep) \
  X(avformat, avio_context_free) \
  X(avformat, avio_open) \
  X(avfilter, av_buffersink_get_frame) \
  X(avfilter, av_buffersink_get_time_base) \
  X(avfilter, av_buffersink_set_frame_size) \
  X(avfilter, av_buffersrc_add_frame) \
  X(avfilter, av_buffersrc_add_frame_flags) \
  X(avfilter, av_buffersrc_close) \
  X(avfilter, avfilter_get_by_name) \
  X(avfilter, avfilter_graph_alloc) \
  X(avfilter, avfilter_graph_config) \
  X(avfilter, avfilter_graph_create_filter) \
  X(avfilter, avfilter_graph_free) \
  X(avfilter, avfilter_graph_parse_ptr) \
  X(avfilter, avfilter_inout_alloc) \
  X(avfilter, avfilter_inout_free) \
  X(avfilter, avfilter_version) \
  X(swscale, sws_freeContext) \
  X(swscale, sws_getContext) \
  X(swscale, sws_scale) \
  X(swscale, swscale_version) \
  X(swresample, swresample_version)
// clang-format on

// The table load() fills: one pointer per function, with FFmpeg's own type.
struct Api {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `function` is the name of the member being declared
#define NOMINATE_FFMPEG_MEMBER(library, function) decltype(&::function) function = nullptr;
  NOMINATE_FFMPEG_FUNCTIONS(NOMINATE_FFMPEG_MEMBER)
#undef NOMINATE_FFMPEG_MEMBER
};

// What a caller is about to do with FFmpeg, and so which of its libraries it needs loaded:
// - decoding: libavformat, libavcodec, libavutil, libswscale and libswresample (the probe, the poster frame);
// - filtering: those and libavfilter (`--deep`'s content checks, `nominate fix`). libavfilter and the ~60
//   shared objects it alone pulls in (rubberband, flite and its voices, placebo, zimg, …) were 40 % of the
//   instructions of loading FFmpeg (docs/performance.md), which a default check does not need.
enum class Need { decoding, filtering };

// Loads the libraries `need` names by the sonames this build was compiled against (libavformat.so.59, …)
// and resolves their functions, once per process for each need; later calls, from any thread, return the
// first call's result. On failure (FFmpeg not installed, or a version without a function) the error,
// ErrorCode::missing_library, names the library or function and the Debian package that provides it; nothing
// is called then. A function of libavfilter may be called only after load(Need::filtering) succeeded.
[[nodiscard]] core::Result<void> load(Need need = Need::decoding);

// Whether load() has succeeded in this process (`--version` reports FFmpeg's running versions only then).
[[nodiscard]] bool loaded();

// One of the six libraries by its short name ("avformat"): its soname ("libavformat.so.59"), the version of
// the headers built against ("59.27.100"), and the running version: that once the library is loaded, else
// "on first use: libavformat.so.59" (`--version` reports without loading FFmpeg).
[[nodiscard]] std::string soname(std::string_view library);
[[nodiscard]] std::string built_version(std::string_view library);
[[nodiscard]] std::string running_version(std::string_view library);

namespace detail {

[[nodiscard]] const Api& api();

} // namespace detail

// ffmpeg::NAME: FFmpeg's NAME, called through the table. Only after load() succeeded.
// Some of FFmpeg's functions carry attributes (av_malloc's alloc_size, warn_unused_result) that a pointer
// type used as a template argument drops; the warning about it is silenced here, and only here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"
#define NOMINATE_FFMPEG_FORWARD(library, function)                                                           \
  inline constexpr auto function =                                                                           \
      &core::LazyCall<Api, &detail::api, decltype(&::function), &Api::function>::call;
NOMINATE_FFMPEG_FUNCTIONS(NOMINATE_FFMPEG_FORWARD)
#undef NOMINATE_FFMPEG_FORWARD
#pragma GCC diagnostic pop

} // namespace nominate::ffmpeg
