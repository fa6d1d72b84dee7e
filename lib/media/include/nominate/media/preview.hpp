#pragma once

#include <cstdint>
#include <vector>

namespace nominate::media {

// A small picture of a photo or of a video's frame, for a report a person looks at (the HTML report): a
// baseline JPEG as a viewer shows the file (EXIF orientation or the video's rotation applied), never the
// full-size file.
struct Preview {
  std::vector<std::uint8_t> jpeg;
  int width = 0; // of the JPEG, in pixels
  int height = 0;
};

// About as large as a reviewer needs to recognise a face or a scene on a printed A4 page.
inline constexpr int k_preview_long_side = 240;

} // namespace nominate::media
