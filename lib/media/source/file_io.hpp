#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/input_file.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <utility>

extern "C" {
struct AVIOContext;
}

namespace nominate::media::detail {

// A regular file (core::InputFile) opened for random reads that counts every byte it hands out, so a probe
// can say how much of a video it read (the bounded-read promise). Unbuffered: FFmpeg's AVIOContext and the
// box walk do their own buffering, so the count is what was really read from the file.
class CountingFile {
public:
  [[nodiscard]] static core::Result<std::unique_ptr<CountingFile>> open(const std::filesystem::path& path);

  [[nodiscard]] std::uint64_t size() const { return m_size; }
  [[nodiscard]] std::uint64_t bytes_read() const { return m_bytes_read; }
  [[nodiscard]] const std::filesystem::path& path() const { return m_file.path(); }

  // Reads up to out.size() bytes at `offset`; returns how many were read (fewer at the end of the file).
  std::size_t read_at(std::uint64_t offset, std::span<std::uint8_t> out);

  // Sequential reads for FFmpeg's AVIOContext.
  std::size_t read_next(std::span<std::uint8_t> out);
  [[nodiscard]] std::uint64_t position() const { return m_position; }
  void set_position(std::uint64_t position) { m_position = position; }

private:
  explicit CountingFile(core::InputFile file) : m_file(std::move(file)) {}

  core::InputFile m_file; // a regular file only: a FIFO named .mp4 is refused, never waited on
  std::uint64_t m_size = 0;
  std::uint64_t m_position = 0;
  std::uint64_t m_bytes_read = 0;
};

// An AVIOContext reading through a CountingFile (which must outlive it). Frees its buffer and context.
class AvioReader {
public:
  explicit AvioReader(CountingFile& file);
  ~AvioReader();
  AvioReader(const AvioReader&) = delete;
  AvioReader& operator=(const AvioReader&) = delete;

  [[nodiscard]] AVIOContext* get() const { return m_context; }

private:
  AVIOContext* m_context = nullptr;
};

} // namespace nominate::media::detail
