#pragma once

#include <nominate/core/error.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::core {

// What a path is on disk, without following a final symbolic link.
enum class FileKind { regular, missing, directory, symlink, fifo, socket, device, other };

// lstat()'s view of `path`: a link is `symlink` whatever it points to.
[[nodiscard]] FileKind file_kind(const std::filesystem::path& path);

// Whether the account running the tool is refused reading `path` (its permissions or an ACL: EACCES, EPERM).
// Such a file is not damaged, only closed to us; the readers name it so (material.unreadable.no-access).
[[nodiscard]] bool read_refused(const std::filesystem::path& path);

// "a named pipe (FIFO)", "a socket", "a folder", … — for messages: what a path is instead of a file.
[[nodiscard]] std::string_view describe_kind(FileKind kind);

// A regular file open for reading. Every file the tool reads (materials, configs, rule files, tables, past
// lists) is opened through here, so that nothing else is ever opened: the open uses O_NONBLOCK, so a FIFO or
// a device cannot block it (the type may change between a check and the open), and fstat() on the open file
// decides — anything but a regular file is refused with ErrorCode::unreadable naming what it is. A symbolic
// link to a regular file is followed (discovery reports links among materials itself).
class InputFile {
public:
  // Errors: not_found; unreadable (not a regular file; the message says what it is); io (permission, …).
  // Every error names `path`.
  [[nodiscard]] static Result<InputFile> open(const std::filesystem::path& path);

  InputFile(InputFile&& other) noexcept;
  InputFile& operator=(InputFile&& other) noexcept;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile();

  // The size fstat() gave when the file was opened.
  [[nodiscard]] std::uint64_t size() const { return m_size; }
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

  // Reads up to out.size() bytes at `offset` (fewer at the end of the file; 0 past it or on a read error).
  std::size_t read_at(std::uint64_t offset, std::span<std::uint8_t> out) const;

private:
  InputFile() = default;

  int m_fd = -1;
  std::uint64_t m_size = 0;
  std::filesystem::path m_path;
};

// A whole regular file's bytes. Errors: those of InputFile::open; limit_exceeded when it is larger than
// `max_bytes` (the message says both sizes); io when it shrank while read.
[[nodiscard]] Result<std::vector<std::uint8_t>> read_input_file(const std::filesystem::path& path,
                                                                std::uint64_t max_bytes);

// The same, as a std::string of bytes (not decoded).
[[nodiscard]] Result<std::string> read_input_text(const std::filesystem::path& path, std::uint64_t max_bytes);

// The first `max_bytes` bytes (fewer when the file is shorter), and the file's size.
struct FileHead {
  std::vector<std::uint8_t> bytes;
  std::uint64_t size = 0;
};
[[nodiscard]] Result<FileHead> read_input_head(const std::filesystem::path& path, std::uint64_t max_bytes);

// Copies the regular file `from` (opened as InputFile opens it) to `to`, created or truncated (0644), and
// synced to disk when `sync`. Each error names the file at fault with the system's reason: a full disk is
// "No space left on device" naming `to`, never an input/output error naming `from` (as
// std::filesystem::copy_file's sendfile gives). Leaves a partial `to` on failure: the caller removes it.
[[nodiscard]] Result<void> copy_input_file(const std::filesystem::path& from, const std::filesystem::path& to,
                                           bool sync = false);

} // namespace nominate::core
