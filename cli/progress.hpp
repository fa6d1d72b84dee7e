#pragma once

#include <nominate/core/language.hpp>
#include <nominate/pipeline/check_paths.hpp>

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

} // namespace nominate::cli
