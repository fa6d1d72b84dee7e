#include "app.hpp"

#include <malloc.h>

int main(int argc, char** argv)
{
  // Every submission allocates and frees the same large buffers (a 720p frame pool of 1.4 MB a frame while
  // the video's stream information is read, a decoded photo): malloc keeps them for the next submission
  // instead of handing them back to the kernel and faulting fresh zeroed pages in again: a district of 100
  // takes a third of the page faults and 8 % less CPU (docs/performance.md). Peak memory: the same for a
  // district, about 3 MB more for one submission (freed buffers are kept, not returned).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  return nominate::cli::run(argc, argv);
}
