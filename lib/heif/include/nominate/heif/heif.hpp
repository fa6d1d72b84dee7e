#pragma once

// libheif, loaded on first use, as lib/ffmpeg loads FFmpeg. Linked, libheif and the codecs it links
// (libde265, libx265, libaom, libdav1d) were a third of every command's start-up: about 5 ms of 17, with
// libheif's constructor initialising libde265's tables (de265_init, 24 M instructions) before main
// (docs/performance.md). Only a HEIC/HEIF/AVIF photo needs it. media includes libheif's header for its
// types, calls `heif::load()` before decoding and `heif::NAME(...)` in place of libheif's `NAME(...)`.

extern "C" {
#include <libheif/heif.h>
}

#include <nominate/core/error.hpp>
#include <nominate/core/lazy_call.hpp>

#include <string>

namespace nominate::heif {

// Every libheif function nominate calls.
// clang-format off
#define NOMINATE_HEIF_FUNCTIONS(X) \
  X(heif_get_version) \
  X(heif_get_version_number) \
  X(heif_init) \
  X(heif_context_alloc) \
  X(heif_context_free) \
  X(heif_context_read_from_memory_without_copy) \
  X(heif_context_get_primary_image_handle) \
  X(heif_image_handle_release) \
  X(heif_image_handle_get_width) \
  X(heif_image_handle_get_height) \
  X(heif_image_handle_has_alpha_channel) \
  X(heif_image_handle_get_luma_bits_per_pixel) \
  X(heif_image_handle_get_color_profile_type) \
  X(heif_image_handle_get_raw_color_profile_size) \
  X(heif_image_handle_get_raw_color_profile) \
  X(heif_image_handle_get_nclx_color_profile) \
  X(heif_nclx_color_profile_free) \
  X(heif_decode_image) \
  X(heif_image_release) \
  X(heif_image_get_plane_readonly) \
  X(heif_image_get_width) \
  X(heif_image_get_height)
// clang-format on

// The table load() fills: one pointer per function, with libheif's own type.
struct Api {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `function` is the name of the member being declared
#define NOMINATE_HEIF_MEMBER(function) decltype(&::function) function = nullptr;
  NOMINATE_HEIF_FUNCTIONS(NOMINATE_HEIF_MEMBER)
#undef NOMINATE_HEIF_MEMBER
};

// Loads libheif by the soname of the headers built against (libheif.so.1), resolves every function and
// calls heif_init, once per process; later calls, from any thread, return the first call's result. On
// failure (libheif not installed, or a version without a function) the error, ErrorCode::missing_library,
// names the library or function and the Debian package that provides it; nothing is called then.
[[nodiscard]] core::Result<void> load();

// Whether load() has succeeded in this process.
[[nodiscard]] bool loaded();

// "libheif.so.1"; the version of the headers built against ("1.15.1"); the running version: libheif's
// own once loaded, else "on first use: libheif.so.1" (`--version` reports without loading it).
[[nodiscard]] std::string soname();
[[nodiscard]] std::string built_version();
[[nodiscard]] std::string running_version();

namespace detail {

[[nodiscard]] const Api& api();

} // namespace detail

// heif::NAME: libheif's NAME, called through the table. Only after load() succeeded.
#define NOMINATE_HEIF_FORWARD(function)                                                                      \
  inline constexpr auto function =                                                                           \
      &core::LazyCall<Api, &detail::api, decltype(&::function), &Api::function>::call;
NOMINATE_HEIF_FUNCTIONS(NOMINATE_HEIF_FORWARD)
#undef NOMINATE_HEIF_FORWARD

} // namespace nominate::heif
