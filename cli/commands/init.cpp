// nominate init DIR --kind KIND [--rules NAME]: a new submission folder with a nomination.yaml to fill in.
// What it writes says nothing until a line is filled in: the fields are comments, so a folder with a correct
// form passes as it did without the file (issue 15; tests/cli/test_commands.cpp checks exactly that).

#include "../output.hpp"
#include "commands.hpp"

#include <nominate/folder/config.hpp>
#include <nominate/rules/load.hpp>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

struct InitOptions {
  std::string dir;
  std::string kind;
  std::string rules;
  std::string lang;
};

void write_template(std::ostream& out, const rules::RuleSet& rule_set, core::Language language)
{
  bool zh = language == core::Language::zh;
  out << "# " << rule_set.title << " — " << rule_set.reference() << '\n'
      << (zh ? "# "
               "推介表（推介表."
               "docx）填好后放在本文件夹即可，下面的字段不必填写。没有Word推介表时，去掉字段前的"
               "“#”并填写；此处填写的值优先于推介表。\n"
             : "# Put the filled form (推介表.docx) in this folder; the fields below need not be filled. "
               "Without a Word form, remove a field's '#' and fill it in: a value here overrides the "
               "form's.\n")
      << (zh ? "# 照片、视频、工作总结等也放在本文件夹。检查：nominate check 本文件夹\n"
             : "# Photos, the video and a work summary go in this folder too. Check with: nominate check "
               "THIS_FOLDER\n")
      << "rules: " << rule_set.id << '\n'
      << "kind: " << rule_set.kind << '\n'
      << "special: false   # " << (zh ? "事迹特别感人/特别受百姓喜爱：true" : "true for the special list")
      << '\n'
      << "fields:\n";
  for (const auto& field : rule_set.fields) {
    // Commented out: an empty key would say nothing, but a block (`deeds: |`) would take the comment below
    // it as its text.
    out << "#  " << field.id << ":" << (field.text ? " |" : "") << "   # " << field.label
        << (field.required ? (zh ? "（必填）" : " (required)") : "") << '\n';
  }
  out << "waivers: []   # "
      << (zh ? "例外：{rule, file 或 field, reason, approved_by, date}"
             : "exceptions: {rule, file or field, reason, approved_by, date}")
      << '\n';
}

int run_init(const InitOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto name = options.rules.empty() ? "national/" + options.kind : options.rules;
  auto rule_set = rules::load_rule_set(name, environment.rule_dirs);
  if (!rule_set) {
    print_error(rule_set.error(), language);
    return k_exit_error;
  }
  std::filesystem::path dir = options.dir;
  auto target = dir / folder::k_submission_config_name;
  std::error_code error;
  if (std::filesystem::exists(target, error)) {
    print_error(
        core::fail(core::ErrorCode::invalid_argument, "already exists; nothing was changed", target).error(),
        language);
    return k_exit_error;
  }
  std::filesystem::create_directories(dir, error);
  if (error) {
    print_error(core::fail(core::ErrorCode::io, "cannot create the folder: " + error.message(), dir).error(),
                language);
    return k_exit_error;
  }
  auto written =
      write_atomically(target, [&](std::ostream& out) { write_template(out, *rule_set, language); });
  if (!written) {
    print_error(written.error(), language);
    return k_exit_error;
  }
  std::cout << (language == core::Language::zh ? "已创建 " : "created ") << target.generic_string() << '\n';
  return k_exit_pass;
}

} // namespace

void add_init_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<InitOptions>();
  auto* command =
      app.add_subcommand("init", "Start a submission folder with a nomination.yaml / 新建推介文件夹");
  command->add_option("DIR", options->dir, "the folder to create or fill")->required();
  command->add_option("--kind", options->kind, "star (百姓学习之星) or brand (终身学习品牌项目)")
      ->required()
      ->check(CLI::IsMember({"star", "brand"}));
  command->add_option("--rules", options->rules, "a rule set other than national/KIND");
  command->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_init(*options, environment); };
  });
}

} // namespace nominate::cli
