#include "progress.hpp"

#include <nominate/core/display_name.hpp>

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
            << (m_language == core::Language::zh ? "正在检查 " : "checking ")
            << core::escape_name_for_text(path) << std::flush;
  m_drawn = true;
}

void TerminalProgress::finished(std::size_t done, std::size_t total)
{
  if (done == total && m_drawn) {
    std::cerr << "\r\x1b[K" << std::flush;
    m_drawn = false;
  }
}

TerminalVerifyProgress::~TerminalVerifyProgress()
{
  clear();
}

void TerminalVerifyProgress::clear()
{
  if (m_drawn) {
    std::cerr << "\r\x1b[K" << std::flush;
    m_drawn = false;
  }
}

void TerminalVerifyProgress::started(std::size_t index, std::size_t total, const std::string& path)
{
  clear();
  m_check.started(index, total, path);
}

void TerminalVerifyProgress::finished(std::size_t done, std::size_t total)
{
  m_check.finished(done, total);
}

void TerminalVerifyProgress::reading(const std::string& package, std::uint64_t done, std::uint64_t total)
{
  auto now = std::chrono::steady_clock::now();
  if (package != m_package) {
    m_package = package;
    m_start = now;
  }
  if (now - m_last < std::chrono::milliseconds(100) && done != total) {
    return;
  }
  m_last = now;
  const bool zh = m_language == core::Language::zh;
  std::cerr << "\r\x1b[K" << (zh ? "正在读取 " : "reading ") << core::escape_name_for_text(package) << "  "
            << (done >> 20) << '/' << (total >> 20) << " MB";
  const double seconds = std::chrono::duration<double>(now - m_start).count();
  if (done > 0 && done < total && seconds > 0.5) {
    auto left = static_cast<long>(seconds * static_cast<double>(total - done) / static_cast<double>(done));
    if (left >= 1) {
      std::cerr << (zh ? "  约 " : "  about ") << left << (zh ? " 秒" : " s left");
    }
  }
  std::cerr << std::flush;
  m_drawn = true;
}

} // namespace nominate::cli
