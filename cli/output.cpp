#include "output.hpp"

#include <nominate/core/input_file.hpp>

#include <fstream>
#include <unistd.h>

namespace nominate::cli {

namespace {

// Opens `file` as a shell's `>` does (following links, creating a file that is not there) and writes;
// errors name `target`, the path the user gave.
core::Result<void> write_to(const std::filesystem::path& file, const std::filesystem::path& target,
                            const std::function<void(std::ostream&)>& write)
{
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) {
    return core::fail(core::ErrorCode::io, "cannot write the report here (does the folder exist?)", target);
  }
  write(out);
  out.flush();
  if (!out) {
    return core::fail(core::ErrorCode::io, "writing the report failed (disk full?)", target);
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
      return write_to(target, target, write);
    }
    destination = resolved;
    break;
  }
  default:
    // A device (/dev/null), a FIFO a CI step reads, a socket: a rename would put a plain file in its place.
    return write_to(target, target, write);
  }
  auto temporary = destination;
  temporary += ".tmp-" + std::to_string(getpid());
  if (auto written = write_to(temporary, target, write); !written) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return written;
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
