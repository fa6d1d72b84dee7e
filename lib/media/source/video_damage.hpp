#pragma once

#include "file_io.hpp"

#include <nominate/media/video.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nominate::media::detail {

// What a video's own framing says about its completeness, read from a few bytes per top-level element:
// MP4/MOV boxes, AVI's RIFF chunks, Matroska's Segment size. FFmpeg opens a truncated MP4 whose index is at
// the front without a word and reports its full duration; these lengths do not lie about a cut-off file.
struct Layout {
  bool walked = false;              // the container has a framing this reads
  bool has_index = false;           // MP4/MOV: a `moov` box was found
  bool index_first = false;         // `moov` before `mdat` (faststart)
  std::uint64_t index_size = 0;     // the `moov` box's size
  bool fragmented = false;          // MP4 fragments (`moof`)
  bool reached_end = false;         // MP4/MOV: the top-level boxes were walked to the end of the file
  std::uint64_t trailing_bytes = 0; // MP4/MOV: bytes after the whole movie that name no box
  std::vector<std::string> damage;  // "file ends early: …", "index (moov) missing"
};

// Walks at most k_max_boxes top-level elements, reading 16 bytes each.
[[nodiscard]] Layout read_layout(CountingFile& file, Container container);

inline constexpr int k_max_boxes = 10'000;

// When the index points past the end of the file: "samples past end of file (file ends at 1234567, index
// needs 2345678)" for a file cut short; "index damaged: …" when `file_complete` (its top-level boxes end
// where the file does), since then the file is whole and its index is what is wrong (a changed byte, a bad
// editor).
[[nodiscard]] std::optional<std::string> index_past_end(std::uint64_t index_end, std::uint64_t file_size,
                                                        bool file_complete);

} // namespace nominate::media::detail
