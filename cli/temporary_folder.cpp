#include "temporary_folder.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

namespace nominate::cli {

namespace {

// Fixed buffers: a handler may not allocate.
std::array<char, 4096> g_folder{};
std::array<char, 512> g_bus_message{};
volatile std::sig_atomic_t g_armed = 0;
constexpr std::array<int, 4> k_signals = {SIGINT, SIGTERM, SIGHUP, SIGBUS};
constexpr int k_exit_error = 2;

void remove_folder()
{
  if (g_armed == 0) {
    return;
  }
  pid_t child = ::fork();
  if (child == 0) {
    std::array<char*, 5> argv = {const_cast<char*>("rm"), const_cast<char*>("-rf"), const_cast<char*>("--"),
                                 g_folder.data(), nullptr};
    ::execv("/bin/rm", argv.data());
    ::_exit(127);
  }
  if (child > 0) {
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

extern "C" void on_signal(int signal)
{
  if (signal == SIGBUS) {
    auto length = ::strnlen(g_bus_message.data(), g_bus_message.size());
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, g_bus_message.data(), length);
    remove_folder();
    ::_exit(k_exit_error);
  }
  remove_folder();
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

} // namespace

TemporaryFolderGuard::TemporaryFolderGuard(const std::filesystem::path& folder, core::Language language)
{
  const std::string_view message =
      language == core::Language::zh
          ? "nominate: 压缩包在读取时被改动或截短（可能还在复制或被覆盖）。请等复制完成后重新运行 verify。\n"
          : "nominate: the zip changed or shrank while it was read (still being copied, or overwritten). "
            "Wait until the copy is complete and run verify again.\n";
  std::memcpy(g_bus_message.data(), message.data(), std::min(message.size(), g_bus_message.size() - 1));
  auto text = folder.string();
  if (!text.empty() && text.size() < g_folder.size()) {
    std::memcpy(g_folder.data(), text.c_str(), text.size() + 1);
    g_armed = 1;
  }
  for (int signal : k_signals) {
    std::signal(signal, on_signal);
  }
}

TemporaryFolderGuard::~TemporaryFolderGuard()
{
  for (int signal : k_signals) {
    std::signal(signal, SIG_DFL);
  }
  g_armed = 0;
}

} // namespace nominate::cli
