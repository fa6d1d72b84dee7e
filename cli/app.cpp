#include "app.hpp"
#include "commands/commands.hpp"
#include "environment.hpp"
#include "help_zh.hpp"
#include "parse_error_zh.hpp"
#include "report_output.hpp"
#include "stop_signals.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

namespace nominate::cli {

namespace {

const char* const k_description =
    "nominate — check nomination materials for 百姓学习之星 / 终身学习品牌项目 / 首都市民学习之星 against "
    "their notice,\n"
    "and say, for each fault, what the notice asks and how to fix it.\n"
    "检查“百姓学习之星”“终身学习品牌项目”等推介材料是否符合通知要求，并说明每个问题怎么改。";

const char* const k_footer =
    "\nExamples / 示例:\n"
    "  nominate check ./01-张三                       check one nomination folder / 检查一份推介材料\n"
    "  nominate check ./海淀区 --format json:r.json    a whole district, with a JSON report for scripts\n"
    "  nominate check ./01-张三 --lang zh --strict     Chinese messages; warnings fail too\n"
    "  nominate count 推介表.docx --field deeds        count 主要事迹 as Word/WPS 字数 counts it\n"
    "  nominate rules show national/star             what the national notice requires\n"
    "  nominate explain video.frame-rate             what a rule checks and how to fix it\n"
    "  nominate init ./03-王五 --kind star             start a folder with a nomination.yaml\n"
    "  nominate pack ./海淀区 -o 上报                  check, then write the package that goes upward\n"
    "  nominate table ./海淀区 -o 登记表.xlsx          the registration table (附表2) from the forms\n"
    "  nominate upload ./01-张三 -o 网上申报           files and texts for a web-form notice\n"
    "  nominate verify 海淀区.zip --extract ./收件       verify a received package, then unzip it safely\n"
    "  nominate fix ./01-张三                         repair videos, HEIC photos, old forms in a copy\n"
    "\nLanguage: messages and help follow LANG; --lang zh or --lang en after a command chooses.\n"
    "语言：默认跟随系统（LANG），在命令后加 --lang zh 使用中文。\n"
    "\nExit codes: 0 all passed, 1 a submission has an error (with --strict also a warning), 2 the tool "
    "could\n"
    "not do its job (bad arguments, missing path, invalid rule file).\n"
    "Docs: docs/guide.zh.md (中文), docs/guide.en.md, docs/rules.md.";

} // namespace

int run(int argc, char** argv)
{
  try {
    auto environment = read_environment(argc > 0 ? argv[0] : "nominate");
    CLI::App app{k_description, "nominate"};
    // The help follows the language too; subcommands take the formatter they are created under.
    const core::Language language = language_of_command_line(argc, argv, environment.language);
    if (language == core::Language::zh) {
      app.formatter(std::make_shared<ChineseHelp>());
    }
    app.set_version_flag("--version", version_text);
    app.require_subcommand(1);
    Action action;
    add_check_command(app, environment, action);
    add_count_command(app, environment, action);
    add_rules_command(app, environment, action);
    add_explain_command(app, environment, action);
    add_init_command(app, environment, action);
    add_pack_command(app, environment, action);
    add_table_command(app, environment, action);
    add_upload_command(app, environment, action);
    add_verify_command(app, environment, action);
    add_fix_command(app, environment, action);
    add_generate_commands(app, environment, action);
    // After the subcommands, which would otherwise inherit it: a command's --help shows its own examples.
    app.footer(k_footer);
    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& success) {
      return app.exit(success);
    } catch (const CLI::ParseError& error) {
      // CLI11 prints its own message; every parse error is "the tool could not do its job", and the report
      // files the command line names record it (design.md, "When a run stops").
      const core::Error stopped{core::ErrorCode::invalid_argument, error.what(), {}, {}};
      if (language == core::Language::zh) {
        // CLI11's English stays as the detail, as for every exit-2 error (design.md, "When a run stops").
        std::cerr << "nominate: 错误：" << parse_error_zh(error) << "详情：" << error.what() << '\n';
        std::cerr << "运行 nominate --help（或 nominate 子命令 --help）查看用法。\n";
      } else {
        app.exit(error);
      }
      write_stopped_reports(format_specs_in(argc, argv), std::span(&stopped, 1), ReportStyle{language},
                            environment);
      return k_exit_error;
    }
    install_stop_handlers();
    return action ? action() : k_exit_error;
  } catch (const std::exception& error) {
    std::cerr << "nominate: error: " << error.what() << '\n';
    return k_exit_error;
  } catch (...) {
    std::cerr << "nominate: error: unexpected failure\n";
    return k_exit_error;
  }
}

} // namespace nominate::cli
