// The manifest of a fixed copy: what `--force` may replace. A line per file, `<size> <mtime ns> <path>`,
// after a first line that says so; a manifest without that line lists paths only (before stamps were kept).

#include "fix_manifest.hpp"

#include <nominate/fix/copy.hpp>

#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

namespace nominate::fix::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_header =
    "# nominate fix manifest 2: <size> <modified ns> <path>, as fix wrote each";

std::optional<WrittenFile> stamp_of(const fs::path& file)
{
  std::error_code error;
  const auto size = fs::file_size(file, error);
  if (error) {
    return std::nullopt;
  }
  const auto modified = fs::last_write_time(file, error);
  if (error) {
    return std::nullopt;
  }
  return WrittenFile{
      size, std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count()};
}

// `<size> <modified ns> <path>`: the two numbers and the rest of the line, or nullopt.
std::optional<std::pair<std::string, WrittenFile>> parse_stamped(std::string_view line)
{
  WrittenFile written;
  const char* end = line.data() + line.size();
  auto [after_size, size_error] = std::from_chars(line.data(), end, written.size);
  if (size_error != std::errc() || after_size == end || *after_size != ' ') {
    return std::nullopt;
  }
  auto [after_time, time_error] = std::from_chars(after_size + 1, end, written.modified_ns);
  if (time_error != std::errc() || after_time == end || *after_time != ' ' || after_time + 1 == end) {
    return std::nullopt;
  }
  return std::make_pair(std::string(after_time + 1, end), written);
}

} // namespace

Manifest read_manifest(const fs::path& folder)
{
  Manifest files;
  std::ifstream in(folder / k_manifest_name);
  bool stamped = false;
  bool first = true;
  for (std::string line; std::getline(in, line); first = false) {
    if (first && line == k_header) {
      stamped = true;
      continue;
    }
    if (line.empty() || line.starts_with('#')) {
      continue;
    }
    if (!stamped) {
      files.emplace(line, std::nullopt);
    } else if (auto parsed = parse_stamped(line)) {
      files.emplace(std::move(parsed->first), parsed->second);
    }
  }
  return files;
}

std::string manifest_text(const fs::path& folder, const std::set<std::string>& files)
{
  std::ostringstream out;
  out << k_header << '\n';
  for (const std::string& file : files) {
    if (auto written = stamp_of(folder / fs::path(file))) {
      out << written->size << ' ' << written->modified_ns << ' ' << file << '\n';
    }
  }
  return out.str();
}

bool left_as_written(const fs::path& file, const std::optional<WrittenFile>& written)
{
  if (!written) {
    return true;
  }
  const auto now = stamp_of(file);
  return now && now->size == written->size && now->modified_ns == written->modified_ns;
}

} // namespace nominate::fix::detail
