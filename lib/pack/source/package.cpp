// write_package and its two halves: a planned bag written as one zip; --max-size warnings.

#include "bag.hpp"
#include "open_package.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/pack/pack.hpp>

#include <algorithm>
#include <chrono>
#include <limits>
#include <sstream>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;

// Text shrinks; media, images and Office files (already zip-compressed) do not.
Compression compression_for(const std::string& entry)
{
  auto dot = entry.rfind('.');
  std::string extension = dot == std::string::npos ? "" : entry.substr(dot + 1);
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* text : {"txt", "csv", "md", "json", "yaml", "yml", "xml", "html", "htm"}) {
    if (extension == text) {
      return Compression::deflate;
    }
  }
  return Compression::store;
}

// A setting carried beside data/ (nominate.yaml and the lists it names): at most 64 MiB, as a past
// winners' workbook may be large but never that large.
core::Result<std::string> read_setting(const fs::path& file)
{
  constexpr std::uint64_t k_max_setting_bytes = 64U << 20U;
  return core::read_input_text(file, k_max_setting_bytes);
}

std::span<const std::uint8_t> bytes_of(const std::string& text)
{
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string human_size(std::uint64_t bytes)
{
  std::ostringstream out;
  out.precision(bytes >= (10u << 20) ? 0 : 1);
  out << std::fixed << static_cast<double>(bytes) / (1 << 20) << " MB";
  return out.str();
}

} // namespace

std::optional<std::uint64_t> parse_size(std::string_view text)
{
  if (text.empty()) {
    return std::nullopt;
  }
  // At most 15 digits, so the number cannot overflow; its shift by a unit is checked below.
  constexpr std::size_t k_max_digits = 15;
  std::uint64_t value = 0;
  std::size_t at = 0;
  for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
    if (at == k_max_digits) {
      return std::nullopt;
    }
    value = value * 10 + static_cast<std::uint64_t>(text[at] - '0');
  }
  if (at == 0) {
    return std::nullopt;
  }
  auto unit = text.substr(at);
  if (unit.ends_with("B") || unit.ends_with("b")) {
    unit.remove_suffix(1);
  }
  if (unit.empty()) {
    // A bare number is bytes; one under 1024 was surely meant in megabytes ("50" for 50 MB), which as bytes
    // would flag every file: refused, so the user adds the unit.
    return value >= 1024 ? std::optional(value) : std::nullopt;
  }
  if (unit.size() != 1) {
    return std::nullopt;
  }
  int shift = 0;
  switch (unit[0]) {
  case 'k':
  case 'K':
    shift = 10;
    break;
  case 'm':
  case 'M':
    shift = 20;
    break;
  case 'g':
  case 'G':
    shift = 30;
    break;
  default:
    return std::nullopt;
  }
  if (value > (std::numeric_limits<std::uint64_t>::max() >> shift)) {
    return std::nullopt; // past 16 EiB: no size anyone means
  }
  return value << shift;
}

std::vector<std::string> size_warnings(const std::vector<PackagePlan>& plans,
                                       std::optional<std::uint64_t> max_size, core::Language language)
{
  const bool zh = language == core::Language::zh;
  std::vector<std::string> warnings;
  for (const auto& plan : plans) {
    if (max_size && plan.payload_bytes > *max_size) {
      auto heaviest = plan.payload;
      std::ranges::sort(heaviest, std::greater{}, &PlannedFile::size);
      std::string warning = zh ? plan.file_name + "：约 " + human_size(plan.payload_bytes) + "，超过 " +
                                     human_size(*max_size) + "；最大的文件："
                               : plan.file_name + ": about " + human_size(plan.payload_bytes) + ", over " +
                                     human_size(*max_size) + "; heaviest:";
      for (std::size_t i = 0; i < std::min<std::size_t>(3, heaviest.size()); ++i) {
        const std::string name = heaviest[i].entry.substr(5);
        warning += zh ? (i == 0 ? "" : "、") + name + "（" + human_size(heaviest[i].size) + "）"
                      : (i == 0 ? " " : ", ") + name + " (" + human_size(heaviest[i].size) + ")";
      }
      warnings.push_back(std::move(warning));
    }
  }
  return warnings;
}

core::Result<OpenPackage> begin_package(const PackagePlan& plan, const fs::path& temporary, unsigned jobs,
                                        const PayloadProgress& progress, const std::atomic<bool>* cancel)
{
  auto writer = ZipWriter::create(temporary, jobs > 1);
  if (!writer) {
    return std::unexpected(writer.error());
  }
  const std::chrono::year_month_day day_before{
      std::chrono::sys_days{std::chrono::year{plan.bagging_date.year} /
                            static_cast<unsigned>(plan.bagging_date.month) /
                            static_cast<unsigned>(plan.bagging_date.day)} -
      std::chrono::days{1}};
  OpenPackage open{
      std::move(*writer),
      plan.bag_name + "/",
      dos_time(plan.bagging_date.year, plan.bagging_date.month, plan.bagging_date.day),
      // MS-DOS times start at 1980-01-01: a package dated that day cannot date a version earlier.
      static_cast<int>(day_before.year()) < 1980
          ? dos_time(plan.bagging_date.year, plan.bagging_date.month, plan.bagging_date.day)
          : dos_time(static_cast<int>(day_before.year()), static_cast<int>(unsigned{day_before.month()}),
                     static_cast<int>(unsigned{day_before.day()})),
      {},
      {},
      plan.settings};
  auto bagit = bagit_txt();
  auto info = bag_info_txt(plan);
  open.tags = {{"bagit.txt", sha256_hex(bytes_of(bagit))}, {"bag-info.txt", sha256_hex(bytes_of(info))}};
  std::vector<std::pair<std::string, std::string>> head{{"bag-info.txt", std::move(info)},
                                                        {"bagit.txt", std::move(bagit)}};
  // Entries go in byte order of their names: a carried setting named before data/ (2023名单.csv,
  // Past.xlsx) is written here, the others after the payload (end_package).
  const auto before_payload = [](const PlannedFile& file) { return file.entry < std::string("data/"); };
  for (const auto& file : plan.settings) {
    if (before_payload(file)) {
      auto bytes = read_setting(file.source);
      if (!bytes) {
        return std::unexpected(bytes.error());
      }
      open.tags.emplace_back(file.entry, sha256_hex(bytes_of(*bytes)));
      head.emplace_back(file.entry, std::move(*bytes));
    }
  }
  std::erase_if(open.settings, before_payload);
  std::ranges::sort(head, {}, &std::pair<std::string, std::string>::first);
  for (const auto& [name, text] : head) {
    if (auto added =
            open.writer.add_bytes(open.root + name, bytes_of(text), compression_for(name), open.time);
        !added) {
      return std::unexpected(added.error());
    }
  }
  std::uint64_t done = 0;
  std::size_t files_done = 0;
  for (const auto& file : plan.payload) {
    if (cancel != nullptr && cancel->load()) {
      return core::fail(core::ErrorCode::io, "stopped before the package was written", temporary);
    }
    auto report_chunk = [&](std::uint64_t bytes) {
      if (progress) {
        progress(done + bytes, files_done);
      }
    };
    auto digest = file.source.empty()
                      ? open.writer.add_bytes(open.root + file.entry, file.bytes, compression_for(file.entry),
                                              open.time)
                      : open.writer.add_file(open.root + file.entry, file.source, compression_for(file.entry),
                                             file.older_version ? open.older_time : open.time, report_chunk);
    if (!digest) {
      return std::unexpected(digest.error());
    }
    open.payload.emplace_back(file.entry, digest->sha256_hex());
    done += file.size;
    ++files_done;
    report_chunk(0);
  }
  return open;
}

core::Result<void> end_package(OpenPackage& open, const std::string& report_json,
                               const std::string& report_text)
{
  auto manifest = manifest_txt(open.payload);
  auto tags = open.tags;
  tags.emplace_back("manifest-sha256.txt", sha256_hex(bytes_of(manifest)));
  tags.emplace_back("report.json", sha256_hex(bytes_of(report_json)));
  tags.emplace_back("检查报告.txt", sha256_hex(bytes_of(report_text)));
  // The settings carried are read once into memory (small files) and hashed from the bytes that go into the
  // zip: a file changed on disk meanwhile is listed as it was written.
  std::vector<std::pair<std::string, std::string>> carried;
  for (const auto& file : open.settings) {
    auto bytes = read_setting(file.source);
    if (!bytes) {
      return std::unexpected(bytes.error());
    }
    tags.emplace_back(file.entry, sha256_hex(bytes_of(*bytes)));
    carried.emplace_back(file.entry, std::move(*bytes));
  }
  auto tag_manifest = manifest_txt(tags);
  std::vector<std::pair<std::string, const std::string*>> texts{{"manifest-sha256.txt", &manifest},
                                                                {"report.json", &report_json},
                                                                {"tagmanifest-sha256.txt", &tag_manifest},
                                                                {"检查报告.txt", &report_text}};
  for (const auto& [name, bytes] : carried) {
    texts.emplace_back(name, &bytes);
  }
  std::ranges::sort(texts, {}, &std::pair<std::string, const std::string*>::first); // entries in byte order
  for (const auto& [name, text] : texts) {
    if (auto added =
            open.writer.add_bytes(open.root + name, bytes_of(*text), compression_for(name), open.time);
        !added) {
      return std::unexpected(added.error());
    }
  }
  return open.writer.finish();
}

core::Result<void> write_package(const PackagePlan& plan, const std::string& report_json,
                                 const std::string& report_text, const fs::path& target,
                                 PackProgress* progress, unsigned jobs)
{
  auto open = begin_package(
      plan, target, jobs,
      [&](std::uint64_t bytes, std::size_t files) {
        if (progress != nullptr) {
          progress->packing(plan.file_name, bytes, plan.payload_bytes, files, plan.payload.size());
        }
      },
      nullptr);
  if (!open) {
    return std::unexpected(open.error());
  }
  return end_package(*open, report_json, report_text);
}

} // namespace nominate::pack
