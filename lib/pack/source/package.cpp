// write_packages / write_package: a planned bag written as one zip, atomically.

#include "atomic_file.hpp"
#include "bag.hpp"
#include "zip_writer.hpp"

#include <nominate/core/language.hpp>
#include <nominate/pack/pack.hpp>
#include <nominate/pack/table.hpp>
#include <nominate/report/writers.hpp>

#include <algorithm>
#include <sstream>
#include <unistd.h>

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

std::span<const std::uint8_t> bytes_of(const std::string& text)
{
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The report of what one package holds: its submissions and its district's batch entry.
report::Report report_of(const pipeline::CheckOutcome& outcome, const PackagePlan& plan)
{
  report::Report subset;
  subset.tool_version = outcome.report.tool_version;
  subset.configs = outcome.report.configs;
  subset.strict = outcome.report.strict;
  for (auto index : plan.submissions) {
    subset.submissions.push_back(outcome.report.submissions[index]);
    // Days left to the deadline depend on the day pack runs: left out, so the bytes do not.
    subset.submissions.back().days_left.reset();
  }
  if (auto district = outcome.submissions[plan.submissions.front()].district;
      district && plan.submissions.size() == outcome.districts[*district].submissions.size() &&
      *district < outcome.report.batch.size()) {
    subset.batch.push_back(outcome.report.batch[*district]);
  }
  return subset;
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
  std::uint64_t value = 0;
  std::size_t at = 0;
  for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
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
    return value;
  }
  if (unit.size() != 1) {
    return std::nullopt;
  }
  switch (unit[0]) {
  case 'k':
  case 'K':
    return value << 10;
  case 'm':
  case 'M':
    return value << 20;
  case 'g':
  case 'G':
    return value << 30;
  default:
    return std::nullopt;
  }
}

std::vector<std::string> size_warnings(const std::vector<PackagePlan>& plans,
                                       std::optional<std::uint64_t> max_size)
{
  std::vector<std::string> warnings;
  for (const auto& plan : plans) {
    if (max_size && plan.payload_bytes > *max_size) {
      auto heaviest = plan.payload;
      std::ranges::sort(heaviest, std::greater{}, &PlannedFile::size);
      std::string warning = plan.file_name + ": about " + human_size(plan.payload_bytes) + ", over " +
                            human_size(*max_size) + "; heaviest:";
      for (std::size_t i = 0; i < std::min<std::size_t>(3, heaviest.size()); ++i) {
        warning +=
            (i == 0 ? " " : ", ") + heaviest[i].entry.substr(5) + " (" + human_size(heaviest[i].size) + ")";
      }
      warnings.push_back(std::move(warning));
    }
  }
  return warnings;
}

core::Result<void> write_package(const PackagePlan& plan, const std::string& report_json,
                                 const std::string& report_text, const fs::path& target,
                                 PackProgress* progress, unsigned jobs)
{
  auto writer = ZipWriter::create(target, jobs > 1);
  if (!writer) {
    return std::unexpected(writer.error());
  }
  auto time = dos_time(plan.bagging_date.year, plan.bagging_date.month, plan.bagging_date.day);
  std::string root = plan.bag_name + "/";
  auto bagit = bagit_txt();
  auto info = bag_info_txt(plan);
  std::vector<std::pair<std::string, std::string>> tags{{"bagit.txt", sha256_hex(bytes_of(bagit))},
                                                        {"bag-info.txt", sha256_hex(bytes_of(info))},
                                                        {"report.json", sha256_hex(bytes_of(report_json))},
                                                        {"检查报告.txt", sha256_hex(bytes_of(report_text))}};
  // Entries in byte order of their names: bag-info.txt, bagit.txt, data/…, manifest, report.json,
  // tagmanifest, 检查报告.txt.
  if (auto added = writer->add_bytes(root + "bag-info.txt", bytes_of(info), Compression::deflate, time);
      !added) {
    return std::unexpected(added.error());
  }
  if (auto added = writer->add_bytes(root + "bagit.txt", bytes_of(bagit), Compression::deflate, time);
      !added) {
    return std::unexpected(added.error());
  }
  std::uint64_t done = 0;
  std::size_t files_done = 0;
  std::vector<std::pair<std::string, std::string>> payload;
  for (const auto& file : plan.payload) {
    auto report_chunk = [&](std::uint64_t bytes) {
      if (progress != nullptr) {
        progress->packing(plan.file_name, done + bytes, plan.payload_bytes, files_done, plan.payload.size());
      }
    };
    auto digest = file.source.empty()
                      ? writer->add_bytes(root + file.entry, file.bytes, compression_for(file.entry), time)
                      : writer->add_file(root + file.entry, file.source, compression_for(file.entry), time,
                                         report_chunk);
    if (!digest) {
      return std::unexpected(digest.error());
    }
    payload.emplace_back(file.entry, digest->sha256_hex());
    done += file.size;
    ++files_done;
    report_chunk(0);
  }
  auto manifest = manifest_txt(payload);
  tags.emplace_back("manifest-sha256.txt", sha256_hex(bytes_of(manifest)));
  auto tag_manifest = manifest_txt(tags);
  for (const auto& [name, text] :
       std::vector<std::pair<std::string, const std::string*>>{{"manifest-sha256.txt", &manifest},
                                                               {"report.json", &report_json},
                                                               {"tagmanifest-sha256.txt", &tag_manifest},
                                                               {"检查报告.txt", &report_text}}) {
    if (auto added = writer->add_bytes(root + name, bytes_of(*text), Compression::deflate, time); !added) {
      return std::unexpected(added.error());
    }
  }
  return writer->finish();
}

core::Result<PackResult> write_packages(const pipeline::CheckOutcome& outcome, const PackRequest& request,
                                        PackProgress* progress)
{
  auto plans = plan_packages(outcome, request);
  if (!plans) {
    return std::unexpected(plans.error());
  }
  PackResult result;
  result.size_warnings = size_warnings(*plans, request.max_size);
  std::error_code error;
  fs::create_directories(request.output_dir, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot create the output folder: " + error.message(),
                      request.output_dir);
  }
  for (auto& plan : *plans) {
    auto target = request.output_dir / plan.file_name;
    for (auto& file : plan.payload) {
      if (file.source.empty()) {
        auto tables = fill_tables(outcome, plan.submissions, plan.organization);
        for (const auto& table : tables) {
          if ("data/" + table.file_name == file.entry) {
            auto bytes = table_xlsx(table, plan.bagging_date, request.output_dir);
            if (!bytes) {
              return std::unexpected(bytes.error());
            }
            file.bytes = std::move(*bytes);
            file.size = file.bytes.size();
            plan.payload_bytes += file.size;
          }
        }
      }
    }
    auto subset = report_of(outcome, plan);
    std::ostringstream json;
    std::ostringstream text;
    report::WriteOptions options;
    options.language = core::Language::zh;
    report::write_json(json, subset, options);
    report::write_text(text, subset, options);

    auto temporary = temporary_beside(target);
    if (!temporary) {
      return std::unexpected(temporary.error());
    }
    if (progress != nullptr) {
      progress->temporary_file(*temporary);
    }
    auto written = write_package(plan, json.str(), text.str(), *temporary, progress, request.jobs);
    if (written) {
      written = commit(*temporary, target);
    } else {
      ::unlink(temporary->c_str());
    }
    if (progress != nullptr) {
      progress->temporary_file({});
    }
    if (!written) {
      return std::unexpected(written.error());
    }
    result.written.push_back(target);
    result.packages.push_back(std::move(plan));
  }
  return result;
}

} // namespace nominate::pack
