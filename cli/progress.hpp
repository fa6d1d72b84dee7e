#pragma once

#include <nominate/core/language.hpp>
#include <nominate/pack/verify.hpp>
#include <nominate/pipeline/check_paths.hpp>

#include <chrono>
#include <cstdint>
#include <string>

namespace nominate::cli {

// Draws "[3/12] 海淀区/03-王五" on one line of stderr while a run goes on; only used on a terminal.
class TerminalProgress : public pipeline::ProgressSink {
public:
  explicit TerminalProgress(core::Language language) : m_language(language) {}
  ~TerminalProgress() override;
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  void started(std::size_t index, std::size_t total, const std::string& path) override;
  void finished(std::size_t done, std::size_t total) override;

private:
  core::Language m_language;
  bool m_drawn = false;
};

// verify's: the check's lines as above, and before them "正在读取 海淀区-….zip  120/300 MB  约 3 秒" while a
// zip's checksums are computed, at most ten times a second.
class TerminalVerifyProgress : public pack::VerifyProgress {
public:
  explicit TerminalVerifyProgress(core::Language language) : m_check(language), m_language(language) {}
  ~TerminalVerifyProgress() override;
  TerminalVerifyProgress(const TerminalVerifyProgress&) = delete;
  TerminalVerifyProgress& operator=(const TerminalVerifyProgress&) = delete;

  void started(std::size_t index, std::size_t total, const std::string& path) override;
  void finished(std::size_t done, std::size_t total) override;
  void reading(const std::string& package, std::uint64_t done, std::uint64_t total) override;

private:
  void clear();

  TerminalProgress m_check;
  core::Language m_language;
  bool m_drawn = false;
  std::string m_package;
  std::chrono::steady_clock::time_point m_start{};
  std::chrono::steady_clock::time_point m_last{};
};

} // namespace nominate::cli
