#include "pdf_reader.hpp"

#include <nominate/office/versions.hpp>

#include <pugixml.hpp>
#include <zip.h>

namespace nominate::office {

std::vector<core::LibraryVersion> library_versions()
{
  // pugixml writes 1.13 as 1130 and has no call that reports it at run time.
  constexpr int k_pugixml = PUGIXML_VERSION;
  return {
      {"libzip", LIBZIP_VERSION, std::string(zip_libzip_version())},
      {"pugixml", std::to_string(k_pugixml / 1000) + "." + std::to_string(k_pugixml % 1000 / 10),
       std::nullopt},
      {"poppler-cpp", NOMINATE_POPPLER_VERSION, detail::pdf_reader_version()},
  };
}

} // namespace nominate::office
