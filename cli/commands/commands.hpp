#pragma once

#include "../environment.hpp"

#include <CLI/CLI.hpp>

#include <functional>

namespace nominate::cli {

// What the chosen subcommand will do once parsing succeeded; returns the exit code (0, 1 or 2).
using Action = std::function<int()>;

// Each subcommand is one file, cli/commands/<name>.cpp: it adds its options to `app` and, when chosen, sets
// `action`. None holds rule logic: it parses options, calls the library, renders, returns the exit code.
void add_check_command(CLI::App& app, const Environment& environment, Action& action);
void add_count_command(CLI::App& app, const Environment& environment, Action& action);
void add_rules_command(CLI::App& app, const Environment& environment, Action& action);
void add_explain_command(CLI::App& app, const Environment& environment, Action& action);
void add_init_command(CLI::App& app, const Environment& environment, Action& action);
void add_pack_command(CLI::App& app, const Environment& environment, Action& action);
void add_table_command(CLI::App& app, const Environment& environment, Action& action);
void add_upload_command(CLI::App& app, const Environment& environment, Action& action);
void add_verify_command(CLI::App& app, const Environment& environment, Action& action);
void add_fix_command(CLI::App& app, const Environment& environment, Action& action);
// Hidden: `completions bash|zsh` and `man`, generated from `app` as it stands when they run.
void add_generate_commands(CLI::App& app, const Environment& environment, Action& action);

// Exit codes of design.md.
inline constexpr int k_exit_pass = 0;
inline constexpr int k_exit_findings = 1;
inline constexpr int k_exit_error = 2;

} // namespace nominate::cli
