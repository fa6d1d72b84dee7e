// PackageWriter: the first package's payload written while the check runs; the rest once it passed.

#include "atomic_file.hpp"
#include "open_package.hpp"
#include "package_finding.hpp"

#include <nominate/core/language.hpp>
#include <nominate/pack/names.hpp>
#include <nominate/pack/pack.hpp>
#include <nominate/pack/table.hpp>
#include <nominate/report/writers.hpp>

#include <atomic>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace nominate::pack {

namespace fs = std::filesystem;

namespace {

// A path of the report as the package shows it: relative to the folder above the one packed (海淀区/01-张三),
// whether the clerk typed 海淀区, ./海淀区/ or an absolute path. The clerk's own folders (/home/王芳/桌面/…)
// are no business of the office above, and the package's bytes must not depend on them. A path outside
// that folder (a nominate.yaml further up) is shown by its name.
std::string shown_in_package(const std::string& path, const fs::path& base)
{
  std::error_code error;
  const fs::path full = fs::weakly_canonical(fs::path(path), error);
  if (error || base.empty()) {
    return fs::path(path).filename().generic_string();
  }
  const fs::path relative = full.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") {
    return full.filename().generic_string();
  }
  return relative.generic_string();
}

// The report of what one package holds: its submissions and its district's batch entry.
report::Report report_of(const pipeline::CheckOutcome& outcome, const PackagePlan& plan)
{
  report::Report subset;
  subset.tool_version = outcome.report.tool_version;
  subset.strict = outcome.report.strict;
  const auto district = outcome.submissions[plan.submissions.front()].district;
  const bool whole_district =
      district && plan.submissions.size() == outcome.districts[*district].submissions.size();
  // The folder packed: the district's, or the one submission's.
  const fs::path packed = whole_district
                              ? outcome.districts[*district].district.folder
                              : outcome.submissions[plan.submissions.front()].loaded.submission.folder;
  std::error_code error;
  fs::path base = fs::weakly_canonical(packed, error).parent_path();
  if (error) {
    base.clear();
  }
  for (const auto& config : outcome.report.configs) {
    subset.configs.push_back(shown_in_package(config, base));
  }
  for (auto index : plan.submissions) {
    subset.submissions.push_back(outcome.report.submissions[index]);
    auto& shown = subset.submissions.back();
    shown.path = shown_in_package(shown.path, base);
    if (!shown.as_of_config.empty()) {
      shown.as_of_config = shown_in_package(shown.as_of_config, base);
    }
    // Days left to the deadline depend on the day pack runs: left out, so the bytes do not.
    subset.submissions.back().days_left.reset();
  }
  if (whole_district && *district < outcome.report.batch.size()) {
    subset.batch.push_back(outcome.report.batch[*district]);
    subset.batch.back().path = shown_in_package(subset.batch.back().path, base);
  }
  // The names made safe for Windows, so the office above reads in the report what each file was called.
  if (!plan.renames.empty()) {
    report::BatchEntry renamed{plan.file_name, {}, {}, {}, report::BatchKind::package};
    for (const auto& rename : plan.renames) {
      const auto reason = rename_reason(rename.from, rename.to);
      const char* message = reason == RenameReason::reserved    ? "package.renamed.reserved"
                            : reason == RenameReason::length    ? "package.renamed.long"
                            : reason == RenameReason::invisible ? "package.renamed.invisible"
                                                                : "package.renamed.windows";
      renamed.findings.push_back(finding("package.renamed", message, rename.to,
                                         {{"from", rename.from}, {"to", rename.to}}, core::Severity::info));
    }
    subset.batch.push_back(std::move(renamed));
  }
  return subset;
}

// The generated registration tables' bytes, into the plan's payload entries that wait for them.
core::Result<void> fill_generated(const pipeline::CheckOutcome& outcome, PackagePlan& plan,
                                  const fs::path& work_dir)
{
  for (auto& file : plan.payload) {
    if (!file.source.empty()) {
      continue;
    }
    for (const auto& table : fill_tables(outcome, plan.submissions, plan.organization)) {
      if ("data/" + table.file_name == file.entry) {
        auto bytes = table_xlsx(table, plan.bagging_date, work_dir);
        if (!bytes) {
          return std::unexpected(bytes.error());
        }
        file.bytes = std::move(*bytes);
        file.size = file.bytes.size();
        plan.payload_bytes += file.size;
      }
    }
  }
  return {};
}

// The reports a package carries: report.json and 检查报告.txt, in Chinese.
std::pair<std::string, std::string> reports_of(const pipeline::CheckOutcome& outcome, const PackagePlan& plan)
{
  auto subset = report_of(outcome, plan);
  std::ostringstream json;
  std::ostringstream text;
  report::WriteOptions options;
  options.language = core::Language::zh;
  report::write_json(json, subset, options);
  report::write_text(text, subset, options);
  return {json.str(), text.str()};
}

} // namespace

struct PackageWriter::State {
  PackRequest request;
  PackProgress* progress = nullptr;
  core::Result<std::vector<PackagePlan>> plans;
  bool made_output_dir = false;
  // The first package, begun on `thread` while the check runs.
  fs::path temporary;
  std::optional<core::Result<OpenPackage>> first;
  std::atomic<bool> cancel{false};
  std::atomic<bool> report_progress{false};
  std::jthread thread;
  bool settled = false; // finish or abandon ran

  // Forgets the temporary file, removing it unless it was renamed into place.
  void drop_temporary(bool remove)
  {
    if (!temporary.empty()) {
      if (remove) {
        ::unlink(temporary.c_str());
      }
      temporary.clear();
      if (progress != nullptr) {
        progress->temporary_file({});
      }
    }
  }
};

PackageWriter::PackageWriter(std::unique_ptr<State> state) : m_state(std::move(state)) {}

PackageWriter::~PackageWriter()
{
  abandon();
}

const core::Result<std::vector<PackagePlan>>& PackageWriter::plans() const
{
  return m_state->plans;
}

std::unique_ptr<PackageWriter> PackageWriter::start(const pipeline::CheckOutcome& loaded,
                                                    const PackRequest& request, PackProgress* progress)
{
  auto state = std::make_unique<State>();
  state->request = request;
  state->progress = progress;
  state->plans = plan_packages(loaded, request);
  auto* s = state.get();
  auto fail = [&](core::Error error) {
    s->plans = std::unexpected(std::move(error));
    return std::unique_ptr<PackageWriter>(new PackageWriter(std::move(state)));
  };
  if (!s->plans || s->plans->empty()) {
    return std::unique_ptr<PackageWriter>(new PackageWriter(std::move(state)));
  }
  std::error_code error;
  s->made_output_dir = !fs::exists(request.output_dir, error);
  fs::create_directories(request.output_dir, error);
  if (error) {
    return fail(core::Error{
        core::ErrorCode::io, "cannot create the output folder: " + error.message(), request.output_dir, {}});
  }
  if (s->made_output_dir && progress != nullptr) {
    progress->made_folder(request.output_dir);
  }
  for (auto& plan : *s->plans) {
    if (auto filled = fill_generated(loaded, plan, request.output_dir); !filled) {
      return fail(filled.error());
    }
  }
  if (!loaded.errors.empty()) {
    return std::unique_ptr<PackageWriter>(
        new PackageWriter(std::move(state))); // the run stops: no head start
  }
  auto temporary = temporary_beside(request.output_dir / s->plans->front().file_name);
  if (!temporary) {
    return fail(temporary.error());
  }
  s->temporary = *temporary;
  if (progress != nullptr) {
    progress->temporary_file(s->temporary);
  }
  s->thread = std::jthread([s] {
    const auto& plan = s->plans->front();
    s->first.emplace(begin_package(
        plan, s->temporary, s->request.jobs,
        [s, &plan](std::uint64_t bytes, std::size_t files) {
          if (s->progress != nullptr && s->report_progress.load()) {
            s->progress->packing(plan.file_name, bytes, plan.payload_bytes, files, plan.payload.size());
          }
        },
        &s->cancel));
  });
  return std::unique_ptr<PackageWriter>(new PackageWriter(std::move(state)));
}

core::Result<PackResult> PackageWriter::finish(const pipeline::CheckOutcome& outcome)
{
  auto& s = *m_state;
  s.report_progress = true;
  if (s.thread.joinable()) {
    s.thread.join();
  }
  s.settled = true;
  // A failed write (a full disk) leaves no empty output folder that this run made; one that holds a
  // package written before stays.
  auto failed = [&s](core::Error error) -> core::Result<PackResult> {
    if (s.made_output_dir) {
      std::error_code ignored;
      fs::remove(s.request.output_dir, ignored); // only when empty
    }
    return std::unexpected(std::move(error));
  };
  if (!s.plans) {
    return failed(s.plans.error());
  }
  PackResult result;
  result.size_warnings = size_warnings(*s.plans, s.request.max_size);
  std::error_code error;
  fs::create_directories(s.request.output_dir, error); // made by start, unless it wrote nothing ahead
  if (error) {
    return failed(core::Error{core::ErrorCode::io,
                              "cannot create the output folder: " + error.message(),
                              s.request.output_dir,
                              {}});
  }
  for (std::size_t i = 0; i < s.plans->size(); ++i) {
    const auto& plan = (*s.plans)[i];
    auto target = s.request.output_dir / plan.file_name;
    auto [json, text] = reports_of(outcome, plan);
    core::Result<void> written;
    if (i == 0 && s.first) {
      written = *s.first ? end_package(**s.first, json, text) : std::unexpected(s.first->error());
      s.first.reset(); // closes the file
    } else {
      auto temporary = temporary_beside(target);
      if (!temporary) {
        return failed(temporary.error());
      }
      s.temporary = *temporary;
      if (s.progress != nullptr) {
        s.progress->temporary_file(s.temporary);
      }
      written = write_package(plan, json, text, s.temporary, s.progress, s.request.jobs);
    }
    if (written) {
      written = commit(s.temporary, target); // removes the temporary file when it fails
    }
    s.drop_temporary(!written);
    if (!written) {
      return failed(written.error());
    }
    result.written.push_back(target);
    result.packages.push_back(plan);
  }
  return result;
}

void PackageWriter::abandon()
{
  auto& s = *m_state;
  const bool finished = s.settled;
  s.settled = true;
  s.cancel = true;
  if (s.thread.joinable()) {
    s.thread.join();
  }
  s.first.reset();
  s.drop_temporary(true); // after finish: only one a failed step left behind
  if (!finished && s.made_output_dir) {
    std::error_code ignored;
    fs::remove(s.request.output_dir, ignored); // only when still empty
  }
}

core::Result<PackResult> write_packages(const pipeline::CheckOutcome& outcome, const PackRequest& request,
                                        PackProgress* progress)
{
  return PackageWriter::start(outcome, request, progress)->finish(outcome);
}

void accept_generated_tables(pipeline::CheckOutcome& outcome, Split split)
{
  if (split != Split::per_district) {
    return;
  }
  for (auto& batch : outcome.report.batch) {
    for (auto& finding : batch.findings) {
      if (finding.message_id == "material.missing.registration" && !finding.waived) {
        finding.message_id = "material.missing.registration-generated";
        finding.severity = core::Severity::info;
      }
    }
  }
}

} // namespace nominate::pack
