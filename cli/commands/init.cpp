// nominate init DIR --kind KIND [--rules NAME]: a new submission folder with a nomination.yaml to fill in.
// The template is the folder part's (folder::submission_config_template), beside the reader of the file.

#include "../check_options.hpp"
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
        core::fail(core::ErrorCode::already_exists, "already exists; nothing was changed", target).error(),
        language);
    return k_exit_error;
  }
  std::filesystem::create_directories(dir, error);
  if (error) {
    print_error(core::fail(core::ErrorCode::io, "cannot create the folder: " + error.message(), dir).error(),
                language);
    return k_exit_error;
  }
  auto written = write_atomically(
      target, [&](std::ostream& out) { out << folder::submission_config_template(*rule_set, language); });
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
  command->add_option("--lang", options->lang, "zh or en")->transform(language_values());
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_init(*options, environment); };
  });
}

} // namespace nominate::cli
