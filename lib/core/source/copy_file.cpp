#include <nominate/core/input_file.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace nominate::core {

namespace {

Result<void> write_failed(const std::filesystem::path& to, int error)
{
  return fail(ErrorCode::io, std::string("cannot write: ") + std::strerror(error), to);
}

} // namespace

Result<void> copy_input_file(const std::filesystem::path& from, const std::filesystem::path& to, bool sync)
{
  auto source = InputFile::open(from);
  if (!source) {
    return std::unexpected(source.error());
  }
  const int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return write_failed(to, errno);
  }
  constexpr std::size_t k_chunk = std::size_t{1} << 20U;
  std::vector<std::uint8_t> buffer(k_chunk);
  Result<void> result;
  for (std::uint64_t offset = 0; offset < source->size() && result;) {
    const std::size_t got = source->read_at(offset, buffer);
    if (got == 0) {
      result = fail(ErrorCode::io, "cannot read: the file shrank or a read failed while it was copied", from);
      break;
    }
    for (std::size_t done = 0; done < got;) {
      const ssize_t wrote = ::write(fd, buffer.data() + done, got - done);
      if (wrote < 0 && errno == EINTR) {
        continue;
      }
      if (wrote <= 0) {
        result = write_failed(to, wrote < 0 ? errno : ENOSPC);
        break;
      }
      done += static_cast<std::size_t>(wrote);
    }
    offset += got;
  }
  if (result && sync && ::fsync(fd) != 0) {
    result = write_failed(to, errno);
  }
  if (::close(fd) != 0 && result) {
    result = write_failed(to, errno); // NFS and full disks may report here
  }
  return result;
}

} // namespace nominate::core
