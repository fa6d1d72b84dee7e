#include "pack_progress.hpp"

#include <array>
#include <csignal>
#include <cstring>
#include <iostream>
#include <unistd.h>

namespace nominate::cli {

namespace {

// The temporary file to remove on a signal: a fixed buffer, since a handler may not allocate.
std::array<char, 4096> g_temporary{};
volatile std::sig_atomic_t g_has_temporary = 0;
// The output folder pack created, removed after the file when it is then empty (rmdir refuses otherwise);
// only the innermost: of `-o new/out`, `new/` stays.
std::array<char, 4096> g_made_folder{};
volatile std::sig_atomic_t g_has_made_folder = 0;

extern "C" void remove_temporary_and_die(int signal)
{
  if (g_has_temporary != 0) {
    ::unlink(g_temporary.data());
  }
  if (g_has_made_folder != 0) {
    ::rmdir(g_made_folder.data());
  }
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

} // namespace

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

TemporaryFileGuard::TemporaryFileGuard(pack::PackProgress* inner) : m_inner(inner)
{
  std::signal(SIGINT, remove_temporary_and_die);
  std::signal(SIGTERM, remove_temporary_and_die);
  std::signal(SIGHUP, remove_temporary_and_die);
}

TemporaryFileGuard::~TemporaryFileGuard()
{
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGHUP, SIG_DFL);
}

void TemporaryFileGuard::temporary_file(const std::filesystem::path& file)
{
  g_has_temporary = 0;
  auto text = file.string();
  if (!text.empty() && text.size() < g_temporary.size()) {
    std::memcpy(g_temporary.data(), text.c_str(), text.size() + 1);
    g_has_temporary = 1;
  }
  if (m_inner != nullptr) {
    m_inner->temporary_file(file);
  }
}

void TemporaryFileGuard::made_folder(const std::filesystem::path& folder)
{
  g_has_made_folder = 0;
  auto text = folder.string();
  if (!text.empty() && text.size() < g_made_folder.size()) {
    std::memcpy(g_made_folder.data(), text.c_str(), text.size() + 1);
    g_has_made_folder = 1;
  }
}

void TemporaryFileGuard::packing(const std::string& package, std::uint64_t bytes_done,
                                 std::uint64_t bytes_total, std::size_t files_done, std::size_t files_total)
{
  if (m_inner != nullptr) {
    m_inner->packing(package, bytes_done, bytes_total, files_done, files_total);
  }
}

} // namespace nominate::cli
