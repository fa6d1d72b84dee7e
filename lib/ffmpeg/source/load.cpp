#include <nominate/core/once_result.hpp>
#include <nominate/ffmpeg/ffmpeg.hpp>

#include <array>
#include <dlfcn.h>
#include <string>

namespace nominate::ffmpeg {

namespace {

// The six libraries: their ABI is the major version of the headers this build was compiled against, which
// names the soname (libavformat.so.59) and Debian's package (libavformat59).
struct Library {
  std::string_view name;       // "avformat", as in NOMINATE_FFMPEG_FUNCTIONS
  unsigned built;              // AV_VERSION_INT of the headers
  unsigned (*Api::*running)(); // the library's own version call, e.g. &Api::avformat_version
};

const std::array<Library, 6> k_libraries{
    Library{"avutil", LIBAVUTIL_VERSION_INT, &Api::avutil_version},
    Library{"avcodec", LIBAVCODEC_VERSION_INT, &Api::avcodec_version},
    Library{"avformat", LIBAVFORMAT_VERSION_INT, &Api::avformat_version},
    Library{"avfilter", LIBAVFILTER_VERSION_INT, &Api::avfilter_version},
    Library{"swscale", LIBSWSCALE_VERSION_INT, &Api::swscale_version},
    Library{"swresample", LIBSWRESAMPLE_VERSION_INT, &Api::swresample_version},
};

std::string soname_of(const Library& library)
{
  return "lib" + std::string(library.name) + ".so." + std::to_string(library.built >> 16U);
}

std::string package_of(const Library& library)
{
  return "lib" + std::string(library.name) + std::to_string(library.built >> 16U);
}

// FFmpeg packs major.minor.micro into one integer (AV_VERSION_INT).
std::string version_text(unsigned version)
{
  return std::to_string(version >> 16U) + "." + std::to_string((version >> 8U) & 0xFFU) + "." +
         std::to_string(version & 0xFFU);
}

// The table, filled in two steps: the decoding libraries' functions, then (for Need::filtering)
// libavfilter's. Each step writes only its own members, once, before its OnceResult says done.
Api g_api;
core::OnceResult g_decoding;
core::OnceResult g_filtering;

// The row of a library named in NOMINATE_FFMPEG_FUNCTIONS or by a caller; an unknown name (none is) gives 0.
std::size_t index_of(std::string_view name)
{
  for (std::size_t i = 0; i < k_libraries.size(); ++i) {
    if (name == k_libraries[i].name) {
      return i;
    }
  }
  return 0;
}

const Library& library_named(std::string_view name)
{
  return k_libraries[index_of(name)];
}

bool is_filtering(std::string_view library)
{
  return library == "avfilter";
}

// Loads the libraries of one step (`filtering`: libavfilter alone; else the other five) and resolves their
// functions into g_api.
core::Result<void> load_step(bool filtering)
{
  std::array<void*, k_libraries.size()> handles{};
  for (std::size_t i = 0; i < k_libraries.size(); ++i) {
    if (is_filtering(k_libraries[i].name) != filtering) {
      continue;
    }
    // Never closed: FFmpeg stays loaded for the rest of the process, as if linked.
    handles[i] = dlopen(soname_of(k_libraries[i]).c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handles[i] == nullptr) {
      const char* why = dlerror();
      return core::fail(core::ErrorCode::missing_library,
                        "FFmpeg's " + soname_of(k_libraries[i]) + " could not be loaded (" +
                            (why != nullptr ? why : "unknown reason") + "); install the package " +
                            package_of(k_libraries[i]));
    }
  }
  std::string missing;
#define NOMINATE_FFMPEG_RESOLVE(library, function)                                                           \
  if (is_filtering(#library) != filtering) {                                                                 \
  } else if (void* symbol = dlsym(handles[index_of(#library)], #function); symbol != nullptr) {              \
    g_api.function = reinterpret_cast<decltype(g_api.function)>(symbol);                                     \
  } else if (missing.empty()) {                                                                              \
    missing = std::string(#function) + " in " + soname_of(library_named(#library));                          \
  }
  NOMINATE_FFMPEG_FUNCTIONS(NOMINATE_FFMPEG_RESOLVE)
#undef NOMINATE_FFMPEG_RESOLVE
  if (!missing.empty()) {
    return core::fail(core::ErrorCode::missing_library,
                      "FFmpeg lacks " + missing + ": this FFmpeg is not the version nominate was built with");
  }
  return {};
}

} // namespace

core::Result<void> load(Need need)
{
  const auto& decoding = g_decoding.run([] { return load_step(false); });
  if (!decoding || need == Need::decoding) {
    return decoding;
  }
  return g_filtering.run([] { return load_step(true); });
}

bool loaded()
{
  // A load under way on another thread counts as not loaded, which is what --version wants to know.
  return g_decoding.done();
}

std::string soname(std::string_view library)
{
  return soname_of(library_named(library));
}

std::string built_version(std::string_view library)
{
  return version_text(library_named(library).built);
}

std::string running_version(std::string_view library)
{
  if (!(is_filtering(library) ? g_filtering : g_decoding).done()) {
    return "on first use: " + soname(library);
  }
  return version_text((g_api.*library_named(library).running)());
}

namespace detail {

const Api& api()
{
  return g_api;
}

} // namespace detail

} // namespace nominate::ffmpeg
