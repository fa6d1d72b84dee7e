#include "temp_dir.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace nominate::test {

TempDir::TempDir()
{
  std::random_device device;
  for (;;) {
    auto candidate = std::filesystem::temp_directory_path() / ("nominate-test-" + std::to_string(device()));
    if (std::filesystem::create_directory(candidate)) {
      m_path = candidate;
      return;
    }
  }
}

TempDir::~TempDir()
{
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path TempDir::write(const std::filesystem::path& relative, std::string_view content) const
{
  auto full = m_path / relative;
  std::filesystem::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return full;
}

std::string read_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

} // namespace nominate::test
