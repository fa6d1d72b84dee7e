#include "file_bytes.hpp"

#include <fstream>

namespace nominate::office {

core::Result<std::vector<std::uint8_t>> read_file_bytes(const std::filesystem::path& path)
{
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    return core::fail(core::ErrorCode::not_found, "no such file", path);
  }
  if (!std::filesystem::is_regular_file(status)) {
    return core::fail(core::ErrorCode::io, "not a regular file", path);
  }
  auto size = std::filesystem::file_size(path, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read the size: " + error.message(), path);
  }
  if (size > k_max_document_bytes) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "file of " + std::to_string(size) + " bytes, over the document limit", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::fail(core::ErrorCode::io, "cannot open the file", path);
  }
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) {
    return core::fail(core::ErrorCode::io, "the file changed or could not be read whole", path);
  }
  return bytes;
}

core::Error with_file(core::Error error, const std::filesystem::path& path)
{
  if (error.file.empty()) {
    error.file = path;
  }
  return error;
}

} // namespace nominate::office
