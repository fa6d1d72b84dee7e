// A video probe (libavformat through the media part's own AVIOContext, the ISO-BMFF box walk). The probe
// takes a path only, so the bytes go to a memfd and the probe reads /proc/self/fd/N: no disk, and the same
// reader code.
#include <nominate/media/video.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const int fd = ::memfd_create("fuzz.mp4", 0);
  if (fd < 0 || ::ftruncate(fd, 0) != 0) {
    return 0;
  }
  std::size_t written = 0;
  while (written < size) {
    const ssize_t got = ::pwrite(fd, data + written, size - written, static_cast<off_t>(written));
    if (got <= 0) {
      return 0;
    }
    written += static_cast<std::size_t>(got);
  }
  auto facts = nominate::media::probe_video_file("/proc/self/fd/" + std::to_string(fd));
  (void)facts;
  return 0;
}
