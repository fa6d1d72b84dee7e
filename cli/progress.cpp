#include "progress.hpp"

#include <iostream>

namespace nominate::cli {

TerminalProgress::~TerminalProgress()
{
  if (m_drawn) {
    std::cerr << "\r\x1b[K" << std::flush;
  }
}

void TerminalProgress::started(std::size_t index, std::size_t total, const std::string& path)
{
  std::cerr << "\r\x1b[K[" << index << '/' << total << "] "
            << (m_language == core::Language::zh ? "正在检查 " : "checking ") << path << std::flush;
  m_drawn = true;
}

void TerminalProgress::finished(std::size_t done, std::size_t total)
{
  if (done == total && m_drawn) {
    std::cerr << "\r\x1b[K" << std::flush;
    m_drawn = false;
  }
}

} // namespace nominate::cli
