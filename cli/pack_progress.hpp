#pragma once

#include <nominate/core/language.hpp>
#include <nominate/pack/pack.hpp>

#include <chrono>

namespace nominate::cli {

// Draws "正在打包 海淀区-….zip  120/300 MB  5/12 个文件  约 3 秒" on one line of stderr (only on a terminal),
// at most ten times a second.
class TerminalPackProgress : public pack::PackProgress {
public:
  explicit TerminalPackProgress(core::Language language) : m_language(language) {}
  ~TerminalPackProgress() override;
  TerminalPackProgress(const TerminalPackProgress&) = delete;
  TerminalPackProgress& operator=(const TerminalPackProgress&) = delete;
  void temporary_file(const std::filesystem::path& file) override;
  void packing(const std::string& package, std::uint64_t bytes_done, std::uint64_t bytes_total,
               std::size_t files_done, std::size_t files_total) override;

private:
  core::Language m_language;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point m_last{};
};

// Remembers the temporary file being written, whether or not progress is drawn, so that Ctrl-C or a
// SIGTERM removes it before the process ends. (SIGKILL cannot be caught: the file is left, the old package
// stays intact; it is named `.<package>.XXXXXX` and may be deleted.)
class TemporaryFileGuard : public pack::PackProgress {
public:
  explicit TemporaryFileGuard(pack::PackProgress* inner);
  ~TemporaryFileGuard() override;
  TemporaryFileGuard(const TemporaryFileGuard&) = delete;
  TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;
  void temporary_file(const std::filesystem::path& file) override;
  void made_folder(const std::filesystem::path& folder) override;
  void packing(const std::string& package, std::uint64_t bytes_done, std::uint64_t bytes_total,
               std::size_t files_done, std::size_t files_total) override;

private:
  pack::PackProgress* m_inner;
};

} // namespace nominate::cli
