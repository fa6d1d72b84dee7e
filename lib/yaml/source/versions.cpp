#include <nominate/yaml/versions.hpp>

#include <yaml.h>

namespace nominate::yaml {

std::vector<core::LibraryVersion> library_versions()
{
  return {{"libyaml", NOMINATE_LIBYAML_VERSION, std::string{yaml_get_version_string()}}};
}

} // namespace nominate::yaml
