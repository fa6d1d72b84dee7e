// nominate completions bash|zsh, nominate man: the shell completions and the man page, generated from the
// command line's own definition. Hidden from --help: the build runs them to make what `cmake --install`
// installs (cmake/Install.cmake); a user may run them too (`source <(nominate completions bash)`).

#include "../command_model.hpp"
#include "../completions.hpp"
#include "../man_page.hpp"
#include "../output.hpp"
#include "commands.hpp"

#include <nominate/report/writers.hpp>
#include <nominate/rules/catalog.hpp>
#include <nominate/rules/load.hpp>

#include <iostream>
#include <memory>
#include <set>

namespace nominate::cli {

namespace {

struct GenerateOptions {
  std::string shell;
  std::string output; // empty: stdout
};

// The rule sets this binary finds (each name and its family, national/star and national) and every rule id.
CompletionWords completion_words(const Environment& environment)
{
  CompletionWords words;
  std::set<std::string> rule_sets;
  if (auto listed = rules::list_rule_sets(environment.rule_dirs)) {
    for (const auto& rule_set : *listed) {
      rule_sets.insert(rule_set.id);
      if (auto slash = rule_set.id.find('/'); slash != std::string::npos) {
        rule_sets.insert(rule_set.id.substr(0, slash));
      }
    }
  }
  words.rule_sets.assign(rule_sets.begin(), rule_sets.end());
  for (const auto& info : rules::all_rules()) {
    words.rule_ids.emplace_back(info.id);
  }
  // The report formats the report part accepts, asked of it rather than listed here.
  for (const char* format : {"text", "json", "sarif", "junit", "github", "html"}) {
    if (report::parse_format(format)) {
      words.formats.emplace_back(format);
    }
  }
  return words;
}

int write_text(const std::string& text, const std::string& output)
{
  if (output.empty()) {
    std::cout << text;
    return k_exit_pass;
  }
  auto written = write_atomically(output, [&](std::ostream& stream) { stream << text; });
  if (!written) {
    print_error(written.error(), core::Language::en);
    return k_exit_error;
  }
  return k_exit_pass;
}

} // namespace

void add_generate_commands(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<GenerateOptions>();
  auto* completions = app.add_subcommand("completions", "print a bash or zsh completion script")->group("");
  completions->add_option("SHELL", options->shell, "bash or zsh")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh"}));
  completions->add_option("-o,--output", options->output, "write to this file instead of stdout");
  completions->callback([options, &app, &environment, &action] {
    action = [options, &app, &environment] {
      auto model = describe_command(app);
      auto words = completion_words(environment);
      return write_text(options->shell == "bash" ? bash_completion(model, words)
                                                 : zsh_completion(model, words),
                        options->output);
    };
  });
  auto* man = app.add_subcommand("man", "print the man page nominate.1 (roff)")->group("");
  man->add_option("-o,--output", options->output, "write to this file instead of stdout");
  man->callback([options, &app, &action] {
    action = [options, &app] { return write_text(man_page(describe_command(app)), options->output); };
  });
}

} // namespace nominate::cli
