#include "stop_signals.hpp"

#include <nominate/core/owner.hpp>
#include <nominate/office/legacy.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nominate::cli {

namespace {

// Fixed buffers, each armed by a flag set after its text is whole (release), read by the handler (acquire),
// which may run on any thread: a handler may not allocate, and lock-free atomics are async-signal-safe.
constexpr std::size_t k_path_size = 4096;
struct PathSlot {
  std::array<char, k_path_size> path{};
  std::atomic<bool> armed{false};
};
static_assert(std::atomic<bool>::is_always_lock_free, "read in a signal handler");
std::array<PathSlot, 2> g_folders{}; // removed with rm -rf
PathSlot g_file{};                   // unlinked
PathSlot g_made_folder{};            // rmdir'd, after the file
std::array<char, 512> g_bus_message{};
std::atomic<bool> g_bus_armed{false};
constexpr std::array<int, 4> k_signals = {SIGINT, SIGTERM, SIGHUP, SIGBUS};
constexpr int k_exit_error = 2;

bool arm(PathSlot& slot, const std::filesystem::path& path)
{
  slot.armed.store(false, std::memory_order_release);
  auto text = path.string();
  if (text.empty() || text.size() >= slot.path.size()) {
    return false;
  }
  std::memcpy(slot.path.data(), text.c_str(), text.size() + 1);
  slot.armed.store(true, std::memory_order_release);
  return true;
}

bool armed(const PathSlot& slot)
{
  return slot.armed.load(std::memory_order_acquire);
}

// In a forked child, `rm -rf`: _Fork, not fork, which runs the at-fork handlers and takes malloc's locks,
// and may deadlock in a handler that interrupted a thread holding them.
void remove_tree(const char* folder)
{
  pid_t child = ::_Fork();
  if (child == 0) {
    std::array<char*, 5> argv = {const_cast<char*>("rm"), const_cast<char*>("-rf"), const_cast<char*>("--"),
                                 const_cast<char*>(folder), nullptr};
    ::execv("/bin/rm", argv.data());
    ::_exit(127);
  }
  if (child > 0) {
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

void clean_up()
{
  office::stop_conversions(); // and no conversion starts after it
  if (armed(g_file)) {
    ::unlink(g_file.path.data());
  }
  if (armed(g_made_folder)) {
    ::rmdir(g_made_folder.path.data());
  }
  for (auto& slot : g_folders) {
    if (armed(slot)) {
      remove_tree(slot.path.data());
    }
  }
}

extern "C" void on_stop(int signal)
{
  if (signal == SIGBUS && g_bus_armed.load(std::memory_order_acquire)) {
    auto length = ::strnlen(g_bus_message.data(), g_bus_message.size());
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, g_bus_message.data(), length);
    clean_up();
    ::_exit(k_exit_error);
  }
  clean_up();
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

} // namespace

void install_stop_handlers()
{
  for (int signal : k_signals) {
    std::signal(signal, on_stop);
  }
}

TemporaryFolderGuard::TemporaryFolderGuard(const std::filesystem::path& folder, core::Language language,
                                           BusMessage bus)
{
  for (int i = 0; i < static_cast<int>(g_folders.size()); ++i) {
    if (!armed(g_folders[static_cast<std::size_t>(i)])) {
      if (arm(g_folders[static_cast<std::size_t>(i)], folder)) {
        m_slot = i;
      }
      break;
    }
  }
  if (bus == BusMessage::zip_changed) {
    const std::string_view message =
        language == core::Language::zh
            ? "nominate: 压缩包在读取时被改动或截短（可能还在复制或被覆盖）。请等复制完成后重新运行 verify。\n"
            : "nominate: the zip changed or shrank while it was read (still being copied, or overwritten). "
              "Wait until the copy is complete and run verify again.\n";
    g_bus_armed.store(false, std::memory_order_release);
    std::memcpy(g_bus_message.data(), message.data(), std::min(message.size(), g_bus_message.size() - 1));
    g_bus_armed.store(true, std::memory_order_release);
    m_bus = true;
  }
}

TemporaryFolderGuard::~TemporaryFolderGuard()
{
  if (m_slot) {
    g_folders[static_cast<std::size_t>(*m_slot)].armed.store(false, std::memory_order_release);
  }
  if (m_bus) {
    g_bus_armed.store(false, std::memory_order_release);
  }
}

std::optional<std::filesystem::path> make_work_folder(const std::filesystem::path& temp_dir,
                                                      const std::string& kind)
{
  const std::string prefix = "nominate-" + kind + "-";
  constexpr std::size_t k_random = 7; // "-XXXXXX"
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(temp_dir, error)) {
    auto name = entry.path().filename().string();
    if (!name.starts_with(prefix) || name.size() <= prefix.size() + k_random) {
      continue;
    }
    auto tag = std::string_view(name).substr(prefix.size(), name.size() - prefix.size() - k_random);
    struct stat status {};
    if (::lstat(entry.path().c_str(), &status) == 0 && S_ISDIR(status.st_mode) &&
        status.st_uid == ::getuid() && core::owner_gone(tag)) {
      std::filesystem::remove_all(entry.path(), error);
    }
  }
  auto pattern = (temp_dir / (prefix + core::owner_tag() + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return std::nullopt;
  }
  return std::filesystem::path(pattern);
}

void remove_file_on_stop(const std::filesystem::path& file)
{
  arm(g_file, file);
}

void remove_empty_folder_on_stop(const std::filesystem::path& folder)
{
  arm(g_made_folder, folder);
}

} // namespace nominate::cli
