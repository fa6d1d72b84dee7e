// nominate rules list | rules show NAME: the shipped rule sets, and what one requires.

#include "../check_options.hpp"
#include "commands.hpp"

#include <nominate/rules/load.hpp>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

struct RulesOptions {
  std::string name;
  std::string lang;
};

std::string param_text(const rules::Param& param)
{
  return std::visit(
      [](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return value;
        } else if constexpr (std::is_same_v<T, bool>) {
          return value ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          std::string joined;
          for (const auto& item : value) {
            joined += (joined.empty() ? "" : ", ") + item;
          }
          return "[" + joined + "]";
        } else {
          auto text = std::to_string(value);
          if constexpr (std::is_same_v<T, double>) {
            text.erase(text.find_last_not_of('0') + 1);
            if (text.back() == '.') {
              text.pop_back();
            }
          }
          return text;
        }
      },
      param);
}

int run_list(const RulesOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto rule_sets = rules::list_rule_sets(environment.rule_dirs);
  if (!rule_sets) {
    print_error(rule_sets.error(), language);
    return k_exit_error;
  }
  for (const auto& rule_set : *rule_sets) {
    std::cout << rule_set.reference() << "  " << rule_set.kind << "  " << rule_set.title << '\n';
  }
  return k_exit_pass;
}

int run_show(const RulesOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  bool zh = language == core::Language::zh;
  auto rule_set = rules::load_rule_set(options.name, environment.rule_dirs);
  if (!rule_set) {
    print_error(rule_set.error(), language);
    return k_exit_error;
  }
  std::cout << rule_set->reference() << "  " << rule_set->title << '\n';
  if (!rule_set->source.notice.empty()) {
    std::cout << (zh ? "依据：" : "Notice: ") << rule_set->source.notice << ' ' << rule_set->source.date
              << '\n';
  }
  if (rule_set->deadline) {
    std::cout << (zh ? "截止日期：" : "Deadline: ") << core::to_iso(*rule_set->deadline) << '\n';
  }
  std::cout << '\n' << (zh ? "表格字段：" : "Fields:") << '\n';
  for (const auto& field : rule_set->fields) {
    std::cout << "  " << field.id << "  " << field.label
              << (field.required ? (zh ? "  必填" : "  required") : "")
              << (field.format ? "  [" + std::string(rules::to_string(*field.format)) + "]" : "") << '\n';
  }
  std::cout << '\n' << (zh ? "材料：" : "Materials:") << '\n';
  for (const auto& material : rule_set->materials) {
    std::cout << "  " << material.role << "  " << material.min << "–"
              << (material.max ? std::to_string(*material.max) : std::string("∞"));
    if (!material.clause.empty()) {
      std::cout << "  “" << material.clause << "”";
    }
    std::cout << '\n';
  }
  std::cout << '\n' << (zh ? "检查：" : "Checks:") << '\n';
  for (const auto& check : rule_set->checks) {
    std::cout << "  " << check.rule << " [" << core::to_string(check.severity) << "]";
    if (check.field) {
      std::cout << " " << *check.field;
    }
    if (check.material) {
      std::cout << " " << *check.material;
    }
    for (const auto& [key, value] : check.params) {
      std::cout << " " << key << "=" << param_text(value);
    }
    if (!check.clause.empty()) {
      std::cout << "  “" << check.clause << "”";
    }
    std::cout << '\n';
  }
  if (!rule_set->manual.empty()) {
    std::cout << '\n' << (zh ? "须人工核对：" : "Checked by a person:") << '\n';
    for (const auto& item : rule_set->manual) {
      std::cout << "  □ " << item.get(language) << '\n';
    }
  }
  return k_exit_pass;
}

} // namespace

void add_rules_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<RulesOptions>();
  auto* command = app.add_subcommand("rules", "The shipped rule sets, and what one requires / 规则集");
  command->require_subcommand(1);
  auto* list = command->add_subcommand("list", "list the shipped rule sets");
  list->add_option("--lang", options->lang, "zh or en")->transform(language_values());
  list->callback([options, &environment, &action] {
    action = [options, &environment] { return run_list(*options, environment); };
  });
  auto* show = command->add_subcommand("show", "show what a rule set requires");
  show->add_option("NAME", options->name, "a rule set (national/star) or a rule file")->required();
  show->add_option("--lang", options->lang, "zh or en")->transform(language_values());
  show->callback([options, &environment, &action] {
    action = [options, &environment] { return run_show(*options, environment); };
  });
}

} // namespace nominate::cli
