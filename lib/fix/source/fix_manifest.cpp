// The manifest of a fixed copy: what `--force` may replace. A line per file, `<size> <mtime ns> <path>`,
// after a first line that says so; the time in nanoseconds since 1970 UTC, so that a build with another
// standard library (whose file clock starts elsewhere: 1601 on Windows) reads the same times; the path
// with a backslash, a line feed and a carriage return escaped (`\\`, `\n`, `\r`), so that a name holding a
// line break is still one line. Versions 2 and 3 wrote libstdc++'s file-clock ticks (version 2 also paths
// as they were); a manifest without a header lists paths only (before stamps were kept).

#include "fix_manifest.hpp"

#include <nominate/fix/copy.hpp>

#include <charconv>
#include <chrono>
#include <fstream>
#include <sstream>
#include <system_error>

namespace nominate::fix::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_header =
    "# nominate fix manifest 4: <size> <modified, ns since 1970 UTC> <path, "
    "\\ \\n \\r escaped>, as fix wrote each";
constexpr std::string_view k_header_3 =
    "# nominate fix manifest 3: <size> <modified ns> <path, \\ \\n \\r escaped>, as fix wrote each";
constexpr std::string_view k_header_2 =
    "# nominate fix manifest 2: <size> <modified ns> <path>, as fix wrote each";

// Nanoseconds since 1970 UTC of a file time.
std::int64_t unix_ns(fs::file_time_type time)
{
  const auto since_1970 = std::chrono::file_clock::to_sys(time).time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(since_1970).count();
}

// Versions 2 and 3 stored the file clock's own count (libstdc++: nanoseconds since 2174-01-01).
std::int64_t unix_ns_of_file_clock(std::int64_t ticks)
{
  return unix_ns(fs::file_time_type(
      std::chrono::duration_cast<fs::file_time_type::duration>(std::chrono::nanoseconds(ticks))));
}

std::string escaped(std::string_view path)
{
  std::string out;
  for (char c : path) {
    out += c == '\\'   ? std::string("\\\\")
           : c == '\n' ? std::string("\\n")
           : c == '\r' ? std::string("\\r")
                       : std::string(1, c);
  }
  return out;
}

std::string unescaped(std::string_view line)
{
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      const char next = line[++i];
      out += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
    } else {
      out += line[i];
    }
  }
  return out;
}

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
  return WrittenFile{size, unix_ns(modified)};
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
  bool escapes = false;
  bool file_clock = false;
  bool first = true;
  for (std::string line; std::getline(in, line); first = false) {
    if (first && (line == k_header || line == k_header_3 || line == k_header_2)) {
      stamped = true;
      escapes = line != k_header_2;
      file_clock = line != k_header;
      continue;
    }
    if (line.empty() || line.starts_with('#')) {
      continue;
    }
    if (!stamped) {
      files.emplace(line, std::nullopt);
    } else if (auto parsed = parse_stamped(line)) {
      if (file_clock) {
        parsed->second.modified_ns = unix_ns_of_file_clock(parsed->second.modified_ns);
      }
      files.emplace(escapes ? unescaped(parsed->first) : std::move(parsed->first), parsed->second);
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
      out << written->size << ' ' << written->modified_ns << ' ' << escaped(file) << '\n';
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
