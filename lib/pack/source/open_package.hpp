#pragma once

#include "zip_writer.hpp"

#include <nominate/pack/pack.hpp>

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nominate::pack {

// A package's zip while it is written, in two halves so that the first can run while the check does
// (PackageWriter): begin_package writes bag-info.txt, bagit.txt and the payload, which the check's outcome
// does not change; end_package the manifests and the check's reports. The entries come in byte order of
// their names either way: bag-info.txt, bagit.txt, data/…, manifest, report.json, tagmanifest, 检查报告.txt.
struct OpenPackage {
  ZipWriter writer;
  std::string root; // "<bag name>/"
  DosTime time;
  DosTime older_time;                                       // the day before: PlannedFile::older_version
  std::vector<std::pair<std::string, std::string>> tags;    // tag file → SHA-256 hex, so far
  std::vector<std::pair<std::string, std::string>> payload; // data/… → SHA-256 hex
  std::vector<PlannedFile> settings;                        // PackagePlan::settings
};

// Bytes of the current package done so far and files done, after each chunk.
using PayloadProgress = std::function<void(std::uint64_t bytes_done, std::size_t files_done)>;

// Writes the first half into `temporary`. With `cancel` set (checked between files), it stops with an
// error; the caller removes the file.
[[nodiscard]] core::Result<OpenPackage> begin_package(const PackagePlan& plan,
                                                      const std::filesystem::path& temporary, unsigned jobs,
                                                      const PayloadProgress& progress,
                                                      const std::atomic<bool>* cancel);

// Writes the second half, the central directory, and syncs the file.
[[nodiscard]] core::Result<void> end_package(OpenPackage& open, const std::string& report_json,
                                             const std::string& report_text);

} // namespace nominate::pack
