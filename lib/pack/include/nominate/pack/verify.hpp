#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/report.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::pack {

// What a received zip may hold before verify refuses it as a bomb (docs/design.md, "Packages"). A district's
// package of 20 submissions with videos holds a few hundred entries and a few GiB.
struct VerifyLimits {
  std::size_t entries = 10000;                      // entries in the central directory
  std::uint64_t total = 16ull * 1024 * 1024 * 1024; // bytes of all entries, uncompressed
  std::uint64_t ratio = 200;                        // uncompressed / compressed, for entries over…
  std::uint64_t ratio_threshold = 1024ull * 1024;   // …this many bytes uncompressed
};

// One `nominate verify` run: each zip is judged for safety, then for integrity, then its payload is
// extracted into a private folder under `work_dir` and checked as `check` would (with `check`'s options;
// its `paths` are filled in here). With `extract_to`, each package that verified (exit 0 on its own) has its
// payload copied to `extract_to`/<zip name without .zip>, through a temporary folder and a rename.
struct VerifyRequest {
  std::vector<std::string> packages; // as the user gave them
  pipeline::CheckRequest check;
  VerifyLimits limits;
  std::optional<std::filesystem::path> extract_to;
  std::filesystem::path work_dir; // a private folder the caller made; removed by the caller
};

struct PackageResult {
  std::string path;                               // as given
  bool verified = false;                          // no failing finding, rules included
  std::optional<std::filesystem::path> extracted; // where --extract wrote it
  // The folder --extract would have written, when something of that name was there already (a resend):
  // then `extracted` is beside it ("海淀区-… (2)").
  std::optional<std::filesystem::path> extract_taken;
};

// The report holds, per zip, a batch entry named after the zip with its package.* findings, and the
// submissions and districts of its payload (paths shown as `PKG.zip/<path inside>`). Errors are what stopped
// the job (a missing zip, an unwritable --extract folder, a payload without a rule set): exit 2.
struct VerifyOutcome {
  report::Report report;
  std::vector<PackageResult> packages;
  std::vector<core::Error> errors;
};

// What verify tells while it runs: before each zip's rules are checked (the check's own progress), its bytes
// are read once for their CRCs and checksums, which takes seconds for a large package.
class VerifyProgress : public pipeline::ProgressSink {
public:
  // `package` (as given) is being read: `done` of its `total` bytes. Called often; a drawing sink limits
  // itself. Not called for a folder (an unzipped package), whose files the check reads.
  virtual void reading(const std::string& package, std::uint64_t done, std::uint64_t total) = 0;
};

[[nodiscard]] VerifyOutcome verify_packages(const VerifyRequest& request, VerifyProgress* progress);

// Safety and integrity of a zip held in memory, without extracting or checking rules: every package.*
// finding its bytes give. Never throws or crashes on any input (a fuzzing entry point).
[[nodiscard]] std::vector<core::Finding> inspect_zip(std::span<const std::uint8_t> bytes,
                                                     const VerifyLimits& limits = {});

} // namespace nominate::pack
