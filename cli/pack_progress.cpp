#include "pack_progress.hpp"
#include "stop_signals.hpp"

#include <iostream>

namespace nominate::cli {

TerminalPackProgress::~TerminalPackProgress()
{
  if (m_drawn) {
    std::cerr << "\r\x1b[K" << std::flush;
  }
}

void TerminalPackProgress::temporary_file(const std::filesystem::path&) {}

void TerminalPackProgress::packing(const std::string& package, std::uint64_t bytes_done,
                                   std::uint64_t bytes_total, std::size_t files_done, std::size_t files_total)
{
  auto now = std::chrono::steady_clock::now();
  if (now - m_last < std::chrono::milliseconds(100) && files_done != files_total) {
    return;
  }
  m_last = now;
  double seconds = std::chrono::duration<double>(now - m_start).count();
  bool zh = m_language == core::Language::zh;
  std::cerr << "\r\x1b[K" << (zh ? "正在打包 " : "packing ") << package << "  " << (bytes_done >> 20) << '/'
            << (bytes_total >> 20) << " MB  " << files_done << '/' << files_total
            << (zh ? " 个文件" : " files");
  if (bytes_done > 0 && bytes_done < bytes_total && seconds > 0.5) {
    auto left = static_cast<long>(seconds * static_cast<double>(bytes_total - bytes_done) /
                                  static_cast<double>(bytes_done));
    std::cerr << (zh ? "  约 " : "  about ") << left << (zh ? " 秒" : " s left");
  }
  std::cerr << std::flush;
  m_drawn = true;
}

TemporaryFileGuard::TemporaryFileGuard(pack::PackProgress* inner) : m_inner(inner) {}

TemporaryFileGuard::~TemporaryFileGuard()
{
  remove_file_on_stop({});
  remove_empty_folder_on_stop({});
}

void TemporaryFileGuard::temporary_file(const std::filesystem::path& file)
{
  remove_file_on_stop(file);
  if (m_inner != nullptr) {
    m_inner->temporary_file(file);
  }
}

void TemporaryFileGuard::made_folder(const std::filesystem::path& folder)
{
  remove_empty_folder_on_stop(folder);
}

void TemporaryFileGuard::packing(const std::string& package, std::uint64_t bytes_done,
                                 std::uint64_t bytes_total, std::size_t files_done, std::size_t files_total)
{
  if (m_inner != nullptr) {
    m_inner->packing(package, bytes_done, bytes_total, files_done, files_total);
  }
}

} // namespace nominate::cli
