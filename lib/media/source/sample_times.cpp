#include "byte_reader.hpp"
#include "iso_box.hpp"
#include "sample_times.hpp"
#include "video_damage.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace nominate::media::detail {

namespace {

constexpr std::uint64_t k_max_index_read = 128ULL << 20;
constexpr std::uint64_t k_max_fragment_read = 16ULL << 20;

struct Box {
  std::string type;
  Bytes payload; // after the header
};

// The child boxes of a container's payload, in order; stops at the first malformed header.
std::vector<Box> children(Bytes payload)
{
  std::vector<Box> out;
  std::size_t at = 0;
  while (at + 8 <= payload.size()) {
    auto header = parse_box_header(payload.subspan(at), at, payload.size());
    if (!header || header->size > payload.size() - at) {
      break;
    }
    out.push_back(
        Box{header->type, payload.subspan(at + header->header_size, header->size - header->header_size)});
    at += header->size;
  }
  return out;
}

std::optional<Bytes> child(Bytes payload, std::string_view type)
{
  for (const auto& box : children(payload)) {
    if (box.type == type) {
      return box.payload;
    }
  }
  return std::nullopt;
}

std::vector<std::uint8_t> read_box(CountingFile& file, const BoxHeader& box, std::uint64_t limit)
{
  if (box.size > limit || box.size < box.header_size) {
    return {};
  }
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(box.size - box.header_size));
  bytes.resize(file.read_at(box.offset + box.header_size, bytes));
  return bytes;
}

// A full box's version (its first byte); 0 for an empty payload.
int version(Bytes payload)
{
  return payload.empty() ? 0 : payload[0];
}

struct Track {
  std::uint32_t id = 0;
  std::uint32_t timescale = 0;
  std::uint32_t default_duration = 0; // from mvex/trex, for fragments
};

// The headers of a box's children, read from the file 16 bytes each: the index is walked without reading the
// other tracks' tables (an audio track's sample sizes are most of a long video's `moov`).
std::vector<BoxHeader> child_headers(CountingFile& file, const BoxHeader& parent)
{
  std::vector<BoxHeader> out;
  const std::uint64_t end = parent.offset + parent.size;
  std::array<std::uint8_t, 16> head{};
  for (std::uint64_t at = parent.offset + parent.header_size; at + 8 <= end && out.size() < 4096;) {
    const std::size_t got = file.read_at(at, head);
    auto box = parse_box_header(std::span(head).first(got), at, end);
    if (!box || box->size > end - at) {
      break;
    }
    out.push_back(*box);
    at += box->size;
  }
  return out;
}

std::optional<BoxHeader> file_child(CountingFile& file, const BoxHeader& parent,
                                    std::initializer_list<std::string_view> types)
{
  std::optional<BoxHeader> at = parent;
  for (auto type : types) {
    std::optional<BoxHeader> found;
    for (const auto& box : child_headers(file, *at)) {
      if (box.type == type) {
        found = box;
        break;
      }
    }
    if (!found) {
      return std::nullopt;
    }
    at = found;
  }
  return at;
}

std::vector<std::uint8_t> file_payload(CountingFile& file, const std::optional<BoxHeader>& box,
                                       std::uint64_t limit)
{
  return box ? read_box(file, *box, limit) : std::vector<std::uint8_t>{};
}

// A `trak` that holds video: its id, timescale, and (filled into `times`) its sample table's times.
std::optional<Track> video_track(CountingFile& file, const BoxHeader& trak, SampleTimes& times)
{
  constexpr std::uint64_t k_small = 4096;
  const auto handler = file_payload(file, file_child(file, trak, {"mdia", "hdlr"}), k_small);
  if (!has_text_at(handler, 8, "vide")) {
    return std::nullopt;
  }
  Track track;
  const auto header = file_payload(file, file_child(file, trak, {"tkhd"}), k_small);
  track.id = be32(header, version(header) == 1 ? 20 : 12).value_or(0);
  const auto media = file_payload(file, file_child(file, trak, {"mdia", "mdhd"}), k_small);
  track.timescale = be32(media, version(media) == 1 ? 20 : 12).value_or(0);
  if (track.timescale == 0) {
    return std::nullopt;
  }
  const auto table = file_child(file, trak, {"mdia", "minf", "stbl"});
  if (!table) {
    return track;
  }
  const auto step_bytes = file_payload(file, file_child(file, *table, {"stts"}), k_max_index_read);
  const auto offset_bytes = file_payload(file, file_child(file, *table, {"ctts"}), k_max_index_read);
  const std::optional<Bytes> steps =
      step_bytes.empty() ? std::nullopt : std::optional<Bytes>(Bytes(step_bytes));
  const std::optional<Bytes> offsets =
      offset_bytes.empty() ? std::nullopt : std::optional<Bytes>(Bytes(offset_bytes));
  std::int64_t decode_time = 0;
  if (steps) {
    const std::uint32_t entries = be32(*steps, 4).value_or(0);
    for (std::uint32_t e = 0; e < entries; ++e) {
      auto count = be32(*steps, 8 + std::size_t{e} * 8);
      auto delta = be32(*steps, 12 + std::size_t{e} * 8);
      if (!count || !delta) {
        break;
      }
      for (std::uint32_t i = 0; i < *count && times.presentation.size() < k_max_samples; ++i) {
        times.presentation.push_back(decode_time);
        decode_time += *delta;
      }
    }
  }
  times.total_duration = decode_time;
  if (offsets) {
    const std::uint32_t entries = be32(*offsets, 4).value_or(0);
    std::size_t sample = 0;
    for (std::uint32_t e = 0; e < entries && sample < times.presentation.size(); ++e) {
      auto count = be32(*offsets, 8 + std::size_t{e} * 8);
      auto offset = be32(*offsets, 12 + std::size_t{e} * 8);
      if (!count || !offset) {
        break;
      }
      // Version 1 offsets are signed; version 0 ones are too in practice (FFmpeg reads both so).
      const auto signed_offset = static_cast<std::int32_t>(*offset);
      for (std::uint32_t i = 0; i < *count && sample < times.presentation.size(); ++i, ++sample) {
        times.presentation[sample] += signed_offset;
      }
    }
  }
  return track;
}

// One fragment's samples of `track`, appended; `decode_time` carries on from the previous fragment unless
// the fragment says where it starts (`tfdt`).
void read_fragment(Bytes moof, const Track& track, std::int64_t& decode_time, SampleTimes& times)
{
  for (const auto& box : children(moof)) {
    if (box.type != "traf") {
      continue;
    }
    auto header = child(box.payload, "tfhd");
    if (!header || be32(*header, 4).value_or(0) != track.id) {
      continue;
    }
    const std::uint32_t header_flags = be32(*header, 0).value_or(0) & 0xFFFFFF;
    std::size_t at = 8;
    at += (header_flags & 0x01) != 0 ? 8 : 0; // base data offset
    at += (header_flags & 0x02) != 0 ? 4 : 0; // sample description index
    std::uint32_t default_duration = track.default_duration;
    if ((header_flags & 0x08) != 0) {
      default_duration = be32(*header, at).value_or(default_duration);
    }
    if (auto start = child(box.payload, "tfdt")) {
      if (version(*start) == 1) {
        const auto high = be32(*start, 4).value_or(0);
        const auto low = be32(*start, 8).value_or(0);
        decode_time = static_cast<std::int64_t>((std::uint64_t{high} << 32) | low);
      } else {
        decode_time = be32(*start, 4).value_or(0);
      }
    }
    for (const auto& run : children(box.payload)) {
      if (run.type != "trun") {
        continue;
      }
      const std::uint32_t flags = be32(run.payload, 0).value_or(0) & 0xFFFFFF;
      const std::uint32_t count = be32(run.payload, 4).value_or(0);
      std::size_t field = 8 + ((flags & 0x01) != 0 ? 4 : 0) + ((flags & 0x04) != 0 ? 4 : 0);
      for (std::uint32_t i = 0; i < count && times.presentation.size() < k_max_samples; ++i) {
        std::uint32_t duration = default_duration;
        std::int32_t offset = 0;
        if ((flags & 0x100) != 0) {
          auto value = be32(run.payload, field);
          if (!value) {
            return;
          }
          duration = *value;
          field += 4;
        }
        field += (flags & 0x200) != 0 ? 4 : 0;
        field += (flags & 0x400) != 0 ? 4 : 0;
        if ((flags & 0x800) != 0) {
          auto value = be32(run.payload, field);
          if (!value) {
            return;
          }
          offset = static_cast<std::int32_t>(*value);
          field += 4;
        }
        times.presentation.push_back(decode_time + offset);
        decode_time += duration;
        times.total_duration += duration;
      }
    }
  }
}

} // namespace

std::optional<SampleTimes> read_video_sample_times(CountingFile& file, std::uint32_t track_id)
{
  std::optional<BoxHeader> moov;
  std::vector<BoxHeader> fragments;
  std::array<std::uint8_t, 16> head{};
  std::uint64_t offset = 0;
  for (int count = 0; count < k_max_boxes && offset < file.size(); ++count) {
    const std::size_t got = file.read_at(offset, head);
    auto box = parse_box_header(std::span(head).first(got), offset, file.size());
    if (!box || box->size > file.size() - offset) {
      break;
    }
    if (box->type == "moov" && !moov) {
      moov = box;
    } else if (box->type == "moof") {
      fragments.push_back(*box);
    }
    offset += box->size;
  }
  if (!moov) {
    return std::nullopt;
  }
  SampleTimes times;
  std::optional<Track> track;
  const auto index = child_headers(file, *moov);
  for (const auto& box : index) {
    if (box.type == "trak") {
      track = video_track(file, box, times);
      if (track && (track_id == 0 || track->id == track_id)) {
        break;
      }
    }
    track.reset();
    times = SampleTimes{};
  }
  if (!track) {
    return std::nullopt;
  }
  times.timescale = track->timescale;
  for (const auto& box : index) {
    if (box.type != "mvex") {
      continue;
    }
    for (const auto& entry : child_headers(file, box)) {
      const auto defaults = entry.type == "trex" ? read_box(file, entry, 4096) : std::vector<std::uint8_t>{};
      if (!defaults.empty() && be32(defaults, 4).value_or(0) == track->id) {
        track->default_duration = be32(defaults, 12).value_or(0);
      }
    }
  }
  std::int64_t decode_time = times.total_duration;
  for (const auto& fragment : fragments) {
    times.fragmented = true;
    const auto bytes = read_box(file, fragment, k_max_fragment_read);
    read_fragment(bytes, *track, decode_time, times);
  }
  return times;
}

} // namespace nominate::media::detail
