#include "app.hpp"

#include <malloc.h>

int main(int argc, char** argv)
{
  // Every submission allocates and frees the same large buffers (a 720p frame pool of 1.4 MB a frame while
  // the video's stream information is read, a decoded photo): malloc keeps them for the next submission
  // instead of handing them back to the kernel and faulting fresh zeroed pages in again (half the page
  // faults of a district; docs/performance.md). Peak memory is the same: the buffers are reused, not added.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  return nominate::cli::run(argc, argv);
}
