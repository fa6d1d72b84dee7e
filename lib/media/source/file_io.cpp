#include "file_io.hpp"

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>

#include <algorithm>
#include <system_error>

namespace nominate::media::detail {

namespace {

constexpr int k_avio_buffer = 32 * 1024;

int read_packet(void* opaque, std::uint8_t* buffer, int size)
{
  auto* file = static_cast<CountingFile*>(opaque);
  if (size <= 0) {
    return 0;
  }
  const std::size_t got = file->read_next({buffer, static_cast<std::size_t>(size)});
  return got == 0 ? AVERROR_EOF : static_cast<int>(got);
}

std::int64_t seek(void* opaque, std::int64_t offset, int whence)
{
  auto* file = static_cast<CountingFile*>(opaque);
  const auto size = static_cast<std::int64_t>(file->size());
  switch (whence & ~AVSEEK_FORCE) {
  case AVSEEK_SIZE:
    return size;
  case SEEK_SET:
    break;
  case SEEK_CUR:
    offset += static_cast<std::int64_t>(file->position());
    break;
  case SEEK_END:
    offset += size;
    break;
  default:
    return AVERROR(EINVAL);
  }
  if (offset < 0) {
    return AVERROR(EINVAL);
  }
  file->set_position(static_cast<std::uint64_t>(offset));
  return offset;
}

} // namespace

core::Result<std::unique_ptr<CountingFile>> CountingFile::open(const std::filesystem::path& path)
{
  auto opened = core::InputFile::open(path);
  if (!opened) {
    auto error = opened.error();
    if (error.code == core::ErrorCode::not_found) {
      error.code = core::ErrorCode::io; // the media readers' contract: a file that cannot be read is io
    }
    return std::unexpected(error);
  }
  std::unique_ptr<CountingFile> file(new CountingFile(std::move(*opened)));
  file->m_size = file->m_file.size();
  return file;
}

std::size_t CountingFile::read_at(std::uint64_t offset, std::span<std::uint8_t> out)
{
  if (offset >= m_size || out.empty()) {
    return 0;
  }
  const std::size_t got = m_file.read_at(offset, out);
  m_bytes_read += got;
  return got;
}

std::size_t CountingFile::read_next(std::span<std::uint8_t> out)
{
  const std::size_t got = read_at(m_position, out);
  m_position += got;
  return got;
}

AvioReader::AvioReader(CountingFile& file)
{
  auto* buffer = static_cast<unsigned char*>(ffmpeg::av_malloc(k_avio_buffer));
  if (buffer == nullptr) {
    return;
  }
  m_context = ffmpeg::avio_alloc_context(buffer, k_avio_buffer, 0, &file, read_packet, nullptr, seek);
  if (m_context == nullptr) {
    ffmpeg::av_free(buffer);
  }
}

AvioReader::~AvioReader()
{
  if (m_context != nullptr) {
    ffmpeg::av_freep(&m_context->buffer); // FFmpeg may have replaced the buffer: free the one it holds now
    ffmpeg::avio_context_free(&m_context);
  }
}

} // namespace nominate::media::detail
