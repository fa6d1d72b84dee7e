#include <nominate/core/once_result.hpp>
#include <nominate/heif/heif.hpp>

#include <dlfcn.h>

namespace nominate::heif {

namespace {

// libheif's soname has carried the major version of its releases (libheif.so.1 for every 1.x): the headers'
// major names the ABI, the soname and Debian's package (libheif1).
constexpr unsigned k_major = static_cast<unsigned>(LIBHEIF_NUMERIC_VERSION) >> 24U;

Api g_api; // written once, by load_once, before g_load says done
core::OnceResult g_load;

core::Result<void> load_once()
{
  // Never closed: libheif stays loaded for the rest of the process, as if linked.
  void* handle = dlopen(soname().c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return core::fail(core::ErrorCode::missing_library,
                      soname() + " could not be loaded (" + (why != nullptr ? why : "unknown reason") +
                          "); install the package libheif" + std::to_string(k_major));
  }
  Api api;
  std::string missing;
#define NOMINATE_HEIF_RESOLVE(function)                                                                      \
  if (void* symbol = dlsym(handle, #function); symbol != nullptr) {                                          \
    api.function = reinterpret_cast<decltype(api.function)>(symbol);                                         \
  } else if (missing.empty()) {                                                                              \
    missing = #function;                                                                                     \
  }
  NOMINATE_HEIF_FUNCTIONS(NOMINATE_HEIF_RESOLVE)
#undef NOMINATE_HEIF_RESOLVE
  if (!missing.empty()) {
    return core::fail(core::ErrorCode::missing_library, soname() + " lacks " + missing +
                                                            ": this libheif is older than the one nominate "
                                                            "was built with (" LIBHEIF_VERSION ")");
  }
  // heif_init registers the built-in decoders; an error here (a plugin folder that fails) still leaves them.
  (void)api.heif_init(nullptr);
  g_api = api;
  return {};
}

} // namespace

core::Result<void> load()
{
  return g_load.run(load_once);
}

bool loaded()
{
  return g_load.done();
}

std::string soname()
{
  return "libheif.so." + std::to_string(k_major);
}

std::string built_version()
{
  return LIBHEIF_VERSION;
}

std::string running_version()
{
  if (!loaded()) {
    return "on first use: " + soname();
  }
  const char* version = g_api.heif_get_version();
  return version != nullptr ? version : "unknown";
}

namespace detail {

const Api& api()
{
  return g_api;
}

} // namespace detail

} // namespace nominate::heif
