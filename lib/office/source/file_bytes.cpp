#include "file_bytes.hpp"

#include <nominate/core/input_file.hpp>

namespace nominate::office {

core::Result<std::vector<std::uint8_t>> read_file_bytes(const std::filesystem::path& path)
{
  return core::read_input_file(path, k_max_document_bytes);
}

core::Error with_file(core::Error error, const std::filesystem::path& path)
{
  if (error.file.empty()) {
    error.file = path;
  }
  return error;
}

} // namespace nominate::office
