#include "output.hpp"

#include <nominate/core/input_file.hpp>

#include <fstream>
#include <unistd.h>

namespace nominate::cli {

namespace {

// Opens `target` as a shell's `>` does (following links, creating a file that is not there) and writes.
core::Result<void> write_through(const std::filesystem::path& target,
                                 const std::function<void(std::ostream&)>& write)
{
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  if (!out) {
    return core::fail(core::ErrorCode::io, "cannot write the report here", target);
  }
  write(out);
  out.flush();
  if (!out) {
    return core::fail(core::ErrorCode::io, "writing the report failed", target);
  }
  return {};
}

} // namespace

core::Result<void> write_atomically(const std::filesystem::path& target,
                                    const std::function<void(std::ostream&)>& write)
{
  auto destination = target;
  switch (core::file_kind(target)) {
  case core::FileKind::missing:
  case core::FileKind::regular:
    break;
  case core::FileKind::directory:
    return core::fail(core::ErrorCode::io, "is a folder: give a file name for the report", target);
  case core::FileKind::symlink: {
    // A link to a file (report.json → reports/today.json) is kept and the file it names replaced; a link to
    // anything else (/dev/stdout → /proc/self/fd/1) or to nothing yet is written through.
    std::error_code error;
    const auto resolved = std::filesystem::canonical(target, error);
    if (error || core::file_kind(resolved) != core::FileKind::regular) {
      return write_through(target, write);
    }
    destination = resolved;
    break;
  }
  default:
    // A device (/dev/null), a FIFO a CI step reads, a socket: a rename would put a plain file in its place.
    return write_through(target, write);
  }
  auto temporary = destination;
  temporary += ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      return core::fail(core::ErrorCode::io, "cannot write the report here (does the folder exist?)", target);
    }
    write(out);
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return core::fail(core::ErrorCode::io, "writing the report failed (disk full?)", target);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, destination, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    return core::fail(core::ErrorCode::io, "cannot replace the report: " + error.message(), target);
  }
  return {};
}

} // namespace nominate::cli
