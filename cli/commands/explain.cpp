// nominate explain RULE: what a rule checks, the clauses behind it in the shipped rule sets, how to fix it.

#include "../check_options.hpp"
#include "commands.hpp"

#include <nominate/rules/catalog.hpp>
#include <nominate/rules/load.hpp>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

struct ExplainOptions {
  std::string rule;
  std::string lang;
  bool list = false;
};

void print_uses(const rules::RuleInfo& info, const Environment& environment, core::Language language)
{
  auto rule_sets = rules::list_rule_sets(environment.rule_dirs);
  if (!rule_sets) {
    return;
  }
  bool header = false;
  for (const auto& rule_set : *rule_sets) {
    for (const auto& check : rule_set.checks) {
      if (check.rule != info.id) {
        continue;
      }
      if (!header) {
        std::cout << '\n'
                  << (language == core::Language::zh ? "各规则集中的要求：" : "In the shipped rule sets:")
                  << '\n';
        header = true;
      }
      std::cout << "  " << rule_set.reference();
      if (check.field) {
        std::cout << "  field " << *check.field;
      }
      if (check.material) {
        std::cout << "  material " << *check.material;
      }
      std::cout << "  [" << core::to_string(check.severity) << "]";
      if (!check.clause.empty()) {
        std::cout << "  “" << check.clause << "”";
      }
      std::cout << '\n';
    }
  }
}

int run_explain(const ExplainOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  if (options.list || options.rule.empty()) {
    for (const auto& info : rules::all_rules()) {
      std::cout << info.id << "  " << info.title.get(language) << '\n';
    }
    return k_exit_pass;
  }
  // A message id from the JSON report (photo.format.heic) explains its rule.
  const auto* info = rules::rule_of_message(options.rule);
  if (info == nullptr) {
    print_error(core::fail(core::ErrorCode::unknown_rule_id,
                           "no rule '" + options.rule + "': `nominate explain --list` lists them all")
                    .error(),
                language);
    return k_exit_error;
  }
  bool zh = language == core::Language::zh;
  std::cout << info->id << " — " << info->title.get(language) << "\n\n"
            << (zh ? "检查什么：" : "What it checks: ") << info->what.get(language) << "\n\n"
            << (zh ? "怎么改：" : "How to fix it: ") << info->fix.get(language) << '\n';
  if (!info->params.empty()) {
    std::cout << '\n' << (zh ? "规则文件中的参数：" : "Parameters in a rule file:") << '\n';
    for (const auto& param : info->params) {
      std::cout << "  " << param.name << " (" << rules::to_string(param.type) << ")  "
                << param.meaning.get(language) << '\n';
    }
  }
  print_uses(*info, environment, language);
  return k_exit_pass;
}

} // namespace

void add_explain_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<ExplainOptions>();
  auto* command =
      app.add_subcommand("explain", "What a rule checks, the clause behind it, how to fix it / 规则说明");
  command->add_option("RULE", options->rule,
                      "a rule id, e.g. video.frame-rate (or a report's message_id, e.g. photo.format.heic)");
  command->add_flag("--list", options->list, "list every rule id");
  command->add_option("--lang", options->lang, "zh or en")->transform(language_values());
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_explain(*options, environment); };
  });
}

} // namespace nominate::cli
