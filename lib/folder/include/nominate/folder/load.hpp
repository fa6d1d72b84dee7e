#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/media/video.hpp>
#include <nominate/rules/library.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nominate::folder {

// Whether reading makes the small pictures of the HTML report (Material::preview): a photo's thumbnail from
// the pixels its probe decodes anyway, a video's poster frame by decoding one frame. Only that report needs
// them.
enum class Previews { none, make };

// How to read a submission. The CLI fills it; the library reads nothing from the environment.
struct LoadOptions {
  std::vector<std::filesystem::path> rule_dirs; // where the shipped rule sets are
  // The run's rule sets, loaded once for every submission (pipeline::check_paths makes one when this is
  // null); null here: load_submission loads what it needs itself.
  std::shared_ptr<rules::RuleLibrary> library;
  std::optional<std::string> rules;             // --rules NAME|FILE: overrides every other choice
  std::optional<std::filesystem::path> soffice; // LibreOffice, to convert .doc/.wps; none → say how
  std::filesystem::path work_dir;               // a private temporary folder for conversions
  media::ProbeDepth depth = media::ProbeDepth::index;
  Previews previews = Previews::none;
  // The rule set to check with when nothing else chooses one (no --rules, no config naming one, no form):
  // a district's sub-folder without its form is then a submission missing its form, checked with the
  // district's rules, not a question about which notice applies (issue 15). Null: that is an error.
  std::shared_ptr<const rules::RuleSet> fallback_rules;
  // Leave the photos and videos unprobed (no facts, the ID photo chosen by name only) until
  // probe_materials: what the submission holds is then known early (pack starts writing on it) and the
  // slow part runs later.
  bool defer_probes = false;
  // No nominate.yaml above this folder is read (find_district_configs): verify's private folder.
  std::optional<std::filesystem::path> config_ceiling;
  // The folder came in a received zip (verify): findings whose remedy is the sender's (a lock file packed
  // beside its document) say so, for the office that received it.
  bool received = false;
};

// A submission read and probed, with the rule set chosen for it.
struct LoadedSubmission {
  Submission submission;
  rules::RuleSet rule_set;
  std::vector<DistrictConfig> district_configs; // that applied, nearest first
};

// Reads one submission folder. `display_path` is the path as the user gave it (the report's "path").
// Errors stop the job (exit 2): the folder is missing, a config is invalid, no rule set can be chosen.
// Everything wrong with the materials themselves is a finding in submission.intake_findings.
[[nodiscard]] core::Result<LoadedSubmission> load_submission(const std::filesystem::path& folder,
                                                             const std::string& display_path,
                                                             const LoadOptions& options);

// The probes load_submission left out under LoadOptions::defer_probes (same options otherwise).
void probe_materials(LoadedSubmission& loaded, const LoadOptions& options);

enum class Level { automatic, submission, district };

// Whether `path` is a submission folder (it holds a form or a nomination.yaml) or a district folder (it
// holds submission folders), or as forced by `level`. The sub-folders a district holds, sorted.
struct PathPlan {
  Level level = Level::submission;
  std::vector<std::filesystem::path> submissions;
  // The folder planned: the path given, or — automatic level — its one sub-folder when the path only wraps
  // a district (上报材料/海淀区/…: a district zipped or copied with a folder around it).
  std::filesystem::path folder;
};

[[nodiscard]] core::Result<PathPlan> plan_path(const std::filesystem::path& path, Level level);

} // namespace nominate::folder
