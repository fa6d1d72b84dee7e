#include "attachments.hpp"
#include "fields.hpp"
#include "form_reader.hpp"
#include "lock_files.hpp"
#include "materials.hpp"
#include "select_rules.hpp"

#include <nominate/folder/load.hpp>
#include <nominate/media/warm_up.hpp>
#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

namespace nominate::folder {

namespace {

std::string display_title(const Submission& submission, const std::optional<std::string>& configured)
{
  if (configured) {
    return *configured;
  }
  for (const char* id : {"name", "project_name"}) {
    if (const auto* field = submission.field(id)) {
      auto text = text::trim(field->text);
      if (!text.empty()) {
        return text;
      }
    }
  }
  return {};
}

} // namespace

core::Result<LoadedSubmission> load_submission(const std::filesystem::path& folder,
                                               const std::string& display_path, const LoadOptions& options)
{
  std::error_code error;
  if (!std::filesystem::exists(folder, error)) {
    return core::fail(core::ErrorCode::not_found, "no such folder", folder);
  }
  if (!std::filesystem::is_directory(folder, error)) {
    return core::fail(core::ErrorCode::not_a_directory,
                      "is a file, not a folder: give the folder that holds the nomination's files", folder);
  }
  LoadedSubmission loaded;
  auto& submission = loaded.submission;
  submission.folder = folder;
  submission.path = display_path;

  std::optional<SubmissionConfig> config;
  auto config_path = folder / k_submission_config_name;
  if (std::filesystem::is_regular_file(config_path, error)) {
    auto parsed = load_submission_config(config_path);
    if (!parsed) {
      return std::unexpected(parsed.error());
    }
    config = std::move(*parsed);
    submission.configs.push_back(config_path.generic_string());
  }
  auto districts = find_district_configs(folder, options.config_ceiling);
  if (!districts) {
    return std::unexpected(districts.error());
  }
  loaded.district_configs = std::move(*districts);
  for (const auto& district : loaded.district_configs) {
    submission.configs.push_back(district.file.generic_string());
  }

  auto discovery = discover_files(folder);
  submission.left_out = discovery.ignored;
  // A video will be probed below: FFmpeg loads on a second core while the form, the rule sets and the
  // photos are read (media/warm_up.hpp); this scope waits for it before returning.
  const auto warm_up = !options.defer_probes && detail::holds_video(discovery) ? media::warm_up_video_probe()
                                                                               : media::VideoWarmUp();
  auto form = detail::read_form_file(discovery, options);

  detail::RuleChoice choice;
  choice.command_line = options.rules;
  if (config) {
    choice.submission_config = config->rules;
    choice.kind = config->kind;
  }
  for (const auto& district : loaded.district_configs) {
    if (district.rules) {
      choice.district_config = district.rules;
      break;
    }
  }
  if (form.document) {
    choice.form_title = office::form_title(*form.document);
  }
  if (form.found != nullptr) {
    choice.form_file = std::filesystem::path(form.found->file).filename().string();
    choice.form_unreadable = !form.document;
  } else if (form.unusable) {
    // A form that is there but no Word document: checked under the placeholder rule set, so that its own
    // material.unreadable finding is reported (exit 1), not "cannot tell which notice".
    choice.form_file = std::filesystem::path(*form.unusable).filename().string();
    choice.form_unreadable = true;
  }
  choice.unrecognised_documents = form.unrecognised;
  auto library = options.library ? options.library : std::make_shared<rules::RuleLibrary>(options.rule_dirs);
  auto rule_set = detail::select_rule_set(choice, *library, folder);
  // The district's rule set stands in only for a folder without a form (photos without it, an empty folder);
  // a form whose title names no notice stays an error: checked under its siblings' rules it would be judged
  // as another kind, or pass with nothing checked.
  if (!rule_set && rule_set.error().code == core::ErrorCode::no_rules && options.fallback_rules &&
      form.found == nullptr) {
    rule_set = *options.fallback_rules;
  }
  if (!rule_set) {
    return std::unexpected(rule_set.error());
  }
  loaded.rule_set = std::move(*rule_set);
  submission.kind = loaded.rule_set.kind;

  std::vector<std::string> placed = form.other_forms;
  if (form.found != nullptr) {
    placed.push_back(form.found->file);
    Material material;
    material.path = form.found->path;
    material.file = form.found->file;
    material.role = Role::form;
    material.decided_by = form.decided_by;
    material.type = form.found->content_type;
    material.size = form.found->size;
    material.read_error = std::move(form.read_error);
    submission.materials.push_back(std::move(material));
    if (form.document) {
      detail::fields_from_form(*form.document, form.found->file, loaded.rule_set, submission);
    }
  }
  for (const auto& other : form.other_forms) {
    for (const auto& file : discovery.files) {
      if (file.file == other) {
        Material material;
        material.path = file.path;
        material.file = file.file;
        material.role = Role::other;
        material.decided_by = "older-version";
        material.type = file.content_type;
        material.size = file.size;
        submission.materials.push_back(std::move(material));
      }
    }
  }
  submission.intake_findings = std::move(form.findings);
  detail::find_open_documents(discovery, options.received, submission.intake_findings);
  if (config) {
    placed.emplace_back(k_submission_config_name);
    if (auto merged = detail::fields_from_config(*config, loaded.rule_set, submission); !merged) {
      return std::unexpected(merged.error());
    }
    submission.special = config->special;
    submission.as_of = config->as_of;
    submission.waivers = config->waivers;
  }
  for (const auto& district : loaded.district_configs) {
    submission.waivers.insert(submission.waivers.end(), district.waivers.begin(), district.waivers.end());
  }
  detail::classify_materials(discovery, placed, loaded.rule_set, options, submission);
  detail::read_attachments(loaded.rule_set, options, submission);
  submission.title = display_title(submission, config ? config->title : std::nullopt);
  return loaded;
}

void probe_materials(LoadedSubmission& loaded, const LoadOptions& options)
{
  detail::probe_materials(loaded.rule_set, options, loaded.submission);
}

} // namespace nominate::folder
