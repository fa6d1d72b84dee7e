#pragma once

#include <nominate/core/language.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace nominate::cli {

// `--help` in Chinese: CLI11's formatter with its labels (用法, 选项, 子命令, 必填) and every description of
// nominate's commands and options translated; a text it has no translation for is shown as written, so a
// new option's English description stays visible (and the help test flags it).
class ChineseHelp : public CLI::Formatter {
public:
  ChineseHelp();
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
  std::string make_group(std::string group, bool is_positional,
                         std::vector<const CLI::Option*> opts) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_option_desc(const CLI::Option* option) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
};

// The Chinese of a help text (a description, a footer), or the text itself when none is known.
[[nodiscard]] std::string help_text_zh(std::string_view english);

// The language of the help and of errors before parsing: `--lang zh|en` (or --lang=…) in the command line,
// else the environment's.
[[nodiscard]] core::Language language_of_command_line(int argc, char** argv, core::Language fallback);

} // namespace nominate::cli
