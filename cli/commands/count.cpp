// nominate count FILE [--field ID]: a document's character count as the rules count it (Word's/WPS's 字数).

#include "../check_options.hpp"
#include "../stop_signals.hpp"
#include "commands.hpp"

#include <nominate/folder/count_text.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>

#include <iostream>
#include <memory>
#include <unistd.h>

namespace nominate::cli {

namespace {

struct CountOptions {
  std::string file;
  std::string field;
  std::string rules;
  std::string lang;
};

// The rule sets whose field `field_id` might be in this form: the named one, else every shipped one.
core::Result<std::vector<rules::RuleSet>> candidate_rule_sets(const CountOptions& options,
                                                              const Environment& environment)
{
  if (!options.rules.empty()) {
    auto one = rules::load_rule_set(options.rules, environment.rule_dirs);
    if (!one) {
      return std::unexpected(one.error());
    }
    return std::vector<rules::RuleSet>{std::move(*one)};
  }
  return rules::list_rule_sets(environment.rule_dirs);
}

void print_count(const text::CharacterCount& count, core::Language language)
{
  if (language == core::Language::zh) {
    std::cout << count.words << " 字（Word/WPS 的“字数”，规则按此计数）\n"
              << "  汉字：" << count.han << '\n'
              << "  中日韩文字和全角标点：" << count.east_asian << '\n'
              << "  其他（英文单词、数字串各算 1）：" << count.other_runs << '\n'
              << "  字符数（不计空格）：" << count.non_space << '\n'
              << "  字符数（计空格）：" << count.with_spaces << '\n';
    return;
  }
  std::cout << count.words << " words (Word's/WPS's 字数 count, as the rules count)\n"
            << "  Han characters: " << count.han << '\n'
            << "  East Asian characters and fullwidth punctuation: " << count.east_asian << '\n'
            << "  other runs (a Latin word or a number counts 1): " << count.other_runs << '\n'
            << "  characters without spaces: " << count.non_space << '\n'
            << "  characters with spaces: " << count.with_spaces << '\n';
}

int run_count(const CountOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto work_dir = environment.temp_dir / ("nominate-count-" + std::to_string(getpid()));
  struct RemoveAfter {
    std::filesystem::path folder;
    ~RemoveAfter()
    {
      std::error_code ignored;
      std::filesystem::remove_all(folder, ignored);
    }
  } remove_after{work_dir};
  TemporaryFolderGuard on_stop(work_dir); // Ctrl-C while LibreOffice converts: no soffice or folder left
  std::vector<rules::RuleSet> rule_sets;
  if (!options.field.empty()) {
    auto candidates = candidate_rule_sets(options, environment);
    if (!candidates) {
      print_error(candidates.error(), language);
      return k_exit_error;
    }
    rule_sets = std::move(*candidates);
  }
  folder::CountSource source{options.file, std::nullopt, environment.soffice, work_dir};
  if (!options.field.empty()) {
    source.field = options.field;
  }
  auto text = folder::text_to_count(source, rule_sets);
  if (!text) {
    print_error(text.error(), language);
    return k_exit_error;
  }
  print_count(text::count_characters(*text), language);
  return k_exit_pass;
}

} // namespace

void add_count_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<CountOptions>();
  auto* command = app.add_subcommand("count", "Count characters as Word/WPS 字数 does / 统计字数");
  command->add_option("FILE", options->file, ".docx, .doc (through LibreOffice), .pdf, .txt or .md")
      ->required();
  command->add_option("--field", options->field,
                      "count one form field, by id or label: deeds, or 主要事迹和成效");
  command->add_option("--rules", options->rules, "the rule set whose field labels to use");
  command->add_option("--lang", options->lang, "zh or en")->transform(language_values());
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_count(*options, environment); };
  });
}

} // namespace nominate::cli
