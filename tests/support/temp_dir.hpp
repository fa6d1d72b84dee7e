#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace nominate::test {

// A fresh folder under the system's temporary directory, removed with everything in it on destruction.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  // Writes `content` to `relative` (creating parent folders) and returns the full path.
  std::filesystem::path write(const std::filesystem::path& relative, std::string_view content) const;

private:
  std::filesystem::path m_path;
};

// The bytes of a file (empty when it cannot be read).
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

} // namespace nominate::test
