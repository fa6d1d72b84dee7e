#include <nominate/pack/versions.hpp>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <xlsxwriter.h>

#include <zlib.h>

namespace nominate::pack {

std::vector<core::LibraryVersion> library_versions()
{
  return {
      {"OpenSSL", OPENSSL_VERSION_STR, std::string(OpenSSL_version(OPENSSL_VERSION_STRING))},
      {"zlib", ZLIB_VERSION, std::string(zlibVersion())},
      {"libxlsxwriter", LXW_VERSION, std::string(lxw_version())},
  };
}

} // namespace nominate::pack
