#include <nominate/ffmpeg/ffmpeg.hpp>

extern "C" {
#include <libavutil/macros.h>
}

#include <array>
#include <atomic>
#include <dlfcn.h>
#include <mutex>
#include <string>

namespace nominate::ffmpeg {

namespace {

// The sonames of the headers this build was compiled against: the libraries' ABI is their major version.
struct Library {
  const char* name;    // "avformat", as in NOMINATE_FFMPEG_FUNCTIONS
  const char* soname;  // "libavformat.so.59"
  const char* package; // Debian's package for it: "libavformat59"
};

const std::array<Library, 6> k_libraries{
    Library{"avutil", "libavutil.so." AV_STRINGIFY(LIBAVUTIL_VERSION_MAJOR),
            "libavutil" AV_STRINGIFY(LIBAVUTIL_VERSION_MAJOR)},
    Library{"avcodec", "libavcodec.so." AV_STRINGIFY(LIBAVCODEC_VERSION_MAJOR),
            "libavcodec" AV_STRINGIFY(LIBAVCODEC_VERSION_MAJOR)},
    Library{"avformat", "libavformat.so." AV_STRINGIFY(LIBAVFORMAT_VERSION_MAJOR),
            "libavformat" AV_STRINGIFY(LIBAVFORMAT_VERSION_MAJOR)},
    Library{"avfilter", "libavfilter.so." AV_STRINGIFY(LIBAVFILTER_VERSION_MAJOR),
            "libavfilter" AV_STRINGIFY(LIBAVFILTER_VERSION_MAJOR)},
    Library{"swscale", "libswscale.so." AV_STRINGIFY(LIBSWSCALE_VERSION_MAJOR),
            "libswscale" AV_STRINGIFY(LIBSWSCALE_VERSION_MAJOR)},
    Library{"swresample", "libswresample.so." AV_STRINGIFY(LIBSWRESAMPLE_VERSION_MAJOR),
            "libswresample" AV_STRINGIFY(LIBSWRESAMPLE_VERSION_MAJOR)},
};

Api g_api;                         // written once, inside std::call_once, before `g_loaded` is set
std::atomic<bool> g_loaded{false}; // set (release) after g_api is complete
core::Result<void> g_result;
std::once_flag g_once;

const Library& library_named(std::string_view name)
{
  for (const auto& library : k_libraries) {
    if (name == library.name) {
      return library;
    }
  }
  return k_libraries.front(); // unreachable: the names come from the same list
}

core::Result<void> load_once()
{
  std::array<void*, k_libraries.size()> handles{};
  for (std::size_t i = 0; i < k_libraries.size(); ++i) {
    // Never closed: FFmpeg stays loaded for the rest of the process, as if linked.
    handles[i] = dlopen(k_libraries[i].soname, RTLD_NOW | RTLD_LOCAL);
    if (handles[i] == nullptr) {
      const char* why = dlerror();
      return core::fail(core::ErrorCode::missing_library,
                        std::string("FFmpeg's ") + k_libraries[i].soname + " could not be loaded (" +
                            (why != nullptr ? why : "unknown reason") + "); install the package " +
                            k_libraries[i].package);
    }
  }
  auto handle_of = [&](std::string_view library) {
    for (std::size_t i = 0; i < k_libraries.size(); ++i) {
      if (library == k_libraries[i].name) {
        return handles[i];
      }
    }
    return handles.front();
  };
  Api api;
  std::string missing;
#define NOMINATE_FFMPEG_RESOLVE(library, function)                                                           \
  if (void* symbol = dlsym(handle_of(#library), #function); symbol != nullptr) {                             \
    api.function = reinterpret_cast<decltype(api.function)>(symbol);                                         \
  } else if (missing.empty()) {                                                                              \
    missing = std::string(#function) + " in " + library_named(#library).soname;                              \
  }
  NOMINATE_FFMPEG_FUNCTIONS(NOMINATE_FFMPEG_RESOLVE)
#undef NOMINATE_FFMPEG_RESOLVE
  if (!missing.empty()) {
    return core::fail(core::ErrorCode::missing_library,
                      "FFmpeg lacks " + missing + ": this FFmpeg is not the version nominate was built with");
  }
  g_api = api;
  g_loaded.store(true, std::memory_order_release);
  return {};
}

} // namespace

core::Result<void> load()
{
  std::call_once(g_once, [] { g_result = load_once(); });
  return g_result;
}

bool loaded()
{
  // A load under way on another thread counts as not loaded, which is what --version wants to know.
  return g_loaded.load(std::memory_order_acquire);
}

const char* soname(const char* library)
{
  return library_named(library).soname;
}

namespace detail {

const Api& api()
{
  return g_api;
}

} // namespace detail

} // namespace nominate::ffmpeg
