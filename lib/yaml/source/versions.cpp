#include <nominate/yaml/versions.hpp>

namespace nominate::yaml {

std::vector<core::LibraryVersion> library_versions()
{
  return {{"yaml-cpp", NOMINATE_YAML_CPP_VERSION, std::nullopt}};
}

} // namespace nominate::yaml
