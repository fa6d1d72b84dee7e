#include <nominate/core/input_file.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace nominate::core {

namespace {

FileKind kind_of(mode_t mode)
{
  if (S_ISREG(mode)) {
    return FileKind::regular;
  }
  if (S_ISDIR(mode)) {
    return FileKind::directory;
  }
  if (S_ISLNK(mode)) {
    return FileKind::symlink;
  }
  if (S_ISFIFO(mode)) {
    return FileKind::fifo;
  }
  if (S_ISSOCK(mode)) {
    return FileKind::socket;
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return FileKind::device;
  }
  return FileKind::other;
}

template <typename Bytes> Result<Bytes> read_whole(const std::filesystem::path& path, std::uint64_t max_bytes)
{
  auto file = InputFile::open(path);
  if (!file) {
    return std::unexpected(file.error());
  }
  if (file->size() > max_bytes) {
    return fail(ErrorCode::limit_exceeded,
                "the file is " + std::to_string(file->size()) + " bytes, over the limit of " +
                    std::to_string(max_bytes),
                path);
  }
  Bytes bytes(static_cast<std::size_t>(file->size()), 0);
  const std::size_t got = file->read_at(
      0, {reinterpret_cast<std::uint8_t*>(bytes.data()), static_cast<std::size_t>(bytes.size())});
  if (got != bytes.size()) {
    return fail(ErrorCode::io, "the file changed or could not be read whole", path);
  }
  return bytes;
}

} // namespace

FileKind file_kind(const std::filesystem::path& path)
{
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    return FileKind::missing;
  }
  return kind_of(info.st_mode);
}

bool read_refused(const std::filesystem::path& path)
{
  return ::access(path.c_str(), R_OK) != 0 && (errno == EACCES || errno == EPERM);
}

std::string_view describe_kind(FileKind kind)
{
  switch (kind) {
  case FileKind::regular:
    return "a file";
  case FileKind::missing:
    return "nothing (no such file)";
  case FileKind::directory:
    return "a folder";
  case FileKind::symlink:
    return "a symbolic link";
  case FileKind::fifo:
    return "a named pipe (FIFO)";
  case FileKind::socket:
    return "a socket";
  case FileKind::device:
    return "a device";
  case FileKind::other:
    break;
  }
  return "a special file";
}

Result<InputFile> InputFile::open(const std::filesystem::path& path)
{
  // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int code = errno;
    if (code == ENOENT) {
      return fail(ErrorCode::not_found, "no such file", path);
    }
    if (code == ENAMETOOLONG) {
      return fail(ErrorCode::io,
                  "the path is longer than the system allows (" + std::string(std::strerror(code)) + ")",
                  path);
    }
    return fail(ErrorCode::io, "cannot open the file: " + std::string(std::strerror(code)), path);
  }
  InputFile file;
  file.m_fd = fd;
  file.m_path = path;
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return fail(ErrorCode::io, "cannot read the file's status: " + std::string(std::strerror(errno)), path);
  }
  if (const FileKind kind = kind_of(info.st_mode); kind != FileKind::regular) {
    return fail(ErrorCode::unreadable, "not a regular file but " + std::string(describe_kind(kind)), path);
  }
  // Reads of a regular file never block; clear the flag so none is ever surprised by EAGAIN.
  if (const int flags = ::fcntl(fd, F_GETFL); flags >= 0) {
    ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  file.m_size = static_cast<std::uint64_t>(info.st_size);
  return file;
}

InputFile::InputFile(InputFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_size(other.m_size), m_path(std::move(other.m_path))
{
}

InputFile& InputFile::operator=(InputFile&& other) noexcept
{
  if (this != &other) {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
    m_fd = std::exchange(other.m_fd, -1);
    m_size = other.m_size;
    m_path = std::move(other.m_path);
  }
  return *this;
}

InputFile::~InputFile()
{
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

std::size_t InputFile::read_at(std::uint64_t offset, std::span<std::uint8_t> out) const
{
  std::size_t total = 0;
  while (total < out.size()) {
    const ssize_t got =
        ::pread(m_fd, out.data() + total, out.size() - total, static_cast<off_t>(offset + total));
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      break;
    }
    total += static_cast<std::size_t>(got);
  }
  return total;
}

Result<std::vector<std::uint8_t>> read_input_file(const std::filesystem::path& path, std::uint64_t max_bytes)
{
  return read_whole<std::vector<std::uint8_t>>(path, max_bytes);
}

Result<std::string> read_input_text(const std::filesystem::path& path, std::uint64_t max_bytes)
{
  return read_whole<std::string>(path, max_bytes);
}

Result<FileHead> read_input_head(const std::filesystem::path& path, std::uint64_t max_bytes)
{
  auto file = InputFile::open(path);
  if (!file) {
    return std::unexpected(file.error());
  }
  FileHead head;
  head.size = file->size();
  head.bytes.resize(static_cast<std::size_t>(std::min(max_bytes, file->size())));
  head.bytes.resize(file->read_at(0, head.bytes));
  return head;
}

} // namespace nominate::core
