#include "atomic_file.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/core/owner.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace nominate::pack {

namespace {

// The start of a temporary's name, `.<name>.`: the target's name cut (at a character's start) where the
// whole `.<name>.<host id>-<pid>.XXXXXX` would pass the 255 bytes a file name may have, so that a package
// whose own name fits is never refused for its temporary's.
std::string temporary_prefix(const std::string& name)
{
  constexpr std::size_t k_name_max = 255;
  const std::size_t room =
      k_name_max - std::min(k_name_max, core::owner_tag().size() + 9); // ".", ".", ".XXXXXX"
  std::size_t cut = std::min(name.size(), room);
  while (cut > 0 && cut < name.size() && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) {
    --cut; // not inside a UTF-8 sequence
  }
  return "." + name.substr(0, cut) + ".";
}

// Removes `.<name>.<host id>-<pid>.XXXXXX` files beside `target` that a process of this machine left when it
// was killed (SIGKILL, a power cut): its pid is gone. Files of live processes and of other machines stay.
void sweep_stale(const std::filesystem::path& folder, const std::string& name)
{
  const std::string prefix = temporary_prefix(name);
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    auto file = entry.path().filename().string();
    if (!file.starts_with(prefix) || file.size() < prefix.size() + 8) {
      continue;
    }
    auto rest = file.substr(prefix.size()); // "<host id>-<pid>.XXXXXX"
    if (rest.size() < 8 || rest[rest.size() - 7] != '.') {
      continue;
    }
    if (core::owner_gone(std::string_view(rest).substr(0, rest.size() - 7)) && entry.is_regular_file(error)) {
      std::filesystem::remove(entry.path(), error);
    }
  }
}

} // namespace

core::Result<std::filesystem::path> temporary_beside(const std::filesystem::path& target)
{
  if (const auto kind = core::file_kind(target);
      kind != core::FileKind::missing && kind != core::FileKind::regular) {
    // The rename would put a plain file in the place of a device, a pipe, a link or a folder (/dev/null,
    // /dev/stdout): a package or a table is written only as a file of its own.
    return core::fail_because(core::ErrorCode::invalid_argument, "target-not-file",
                              std::string("is ") + std::string(core::describe_kind(kind)) +
                                  ", not a file: give the name of a file to write",
                              target);
  }
  auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  sweep_stale(folder, target.filename().string());
  auto pattern =
      (folder / (temporary_prefix(target.filename().string()) + core::owner_tag() + ".XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return core::fail(core::ErrorCode::io,
                      std::string("cannot write in this folder: ") + std::strerror(errno), folder);
  }
  ::fchmod(fd, 0644); // mkstemp's 0600 would hide the package from the other users of a shared folder
  ::close(fd);
  return std::filesystem::path(pattern);
}

core::Result<void> commit(const std::filesystem::path& temporary, const std::filesystem::path& target)
{
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    auto message = std::string("cannot put the file in place: ") + std::strerror(errno);
    ::unlink(temporary.c_str());
    return core::fail(core::ErrorCode::io, message, target);
  }
  auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd); // best effort: some file systems refuse to sync a folder
    ::close(fd);
  }
  return {};
}

core::Result<void> write_file_atomically(const std::filesystem::path& target,
                                         std::span<const std::uint8_t> bytes)
{
  auto temporary = temporary_beside(target);
  if (!temporary) {
    return std::unexpected(temporary.error());
  }
  int fd = ::open(temporary->c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  bool ok = fd >= 0;
  while (ok && !bytes.empty()) {
    auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    ok = written > 0;
    if (ok) {
      bytes = bytes.subspan(static_cast<std::size_t>(written));
    }
  }
  auto message = std::string(std::strerror(errno));
  ok = ok && ::fsync(fd) == 0;
  if (fd >= 0 && ::close(fd) != 0) {
    ok = false;
  }
  if (!ok) {
    ::unlink(temporary->c_str());
    return core::fail(core::ErrorCode::io, "cannot write: " + message, target);
  }
  return commit(*temporary, target);
}

core::Result<void> copy_file_atomically(const std::filesystem::path& source,
                                        const std::filesystem::path& target)
{
  auto temporary = temporary_beside(target);
  if (!temporary) {
    return std::unexpected(temporary.error());
  }
  // The error names the file at fault: the source it could not read, or the target on a full disk.
  if (auto copied = core::copy_input_file(source, *temporary, /*sync=*/true); !copied) {
    ::unlink(temporary->c_str());
    auto error = copied.error();
    if (error.file == *temporary) {
      error.file = target;
    }
    return std::unexpected(error);
  }
  return commit(*temporary, target);
}

} // namespace nominate::pack
