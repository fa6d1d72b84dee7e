// nominate count FILE [--field ID]: a document's character count as the rules count it (Word's/WPS's 字数).

#include "commands.hpp"

#include <nominate/office/document_text.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
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

// The text of one form field, hints removed; an error when the form has no such field.
core::Result<std::string> field_text(const CountOptions& options, const Environment& environment)
{
  auto document = office::read_docx_file(options.file);
  if (!document) {
    return std::unexpected(document.error());
  }
  auto rule_sets = candidate_rule_sets(options, environment);
  if (!rule_sets) {
    return std::unexpected(rule_sets.error());
  }
  for (const auto& rule_set : *rule_sets) {
    const auto* spec = rule_set.field(options.field);
    if (spec == nullptr) {
      continue;
    }
    std::vector<std::string> labels{spec->label};
    labels.insert(labels.end(), spec->aliases.begin(), spec->aliases.end());
    for (const auto& entry : office::read_form(*document, labels).entries) {
      if (rule_set.field_by_label(entry.label) == spec) {
        return text::strip_hints(entry.value, spec->hints).text;
      }
    }
  }
  return core::fail(core::ErrorCode::invalid_argument,
                    "no field '" + options.field +
                        "' found in this form (field ids: name, deeds, promo, "
                        "description, …; see `nominate rules show national/star`)",
                    options.file);
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

// The file's type by its content (a .doc renamed .docx is still a .doc).
office::DocumentType sniff_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return office::sniff_document(bytes);
}

// A legacy document (.doc, .wps, RTF) as the checks read it: converted to .docx by LibreOffice in
// `work_dir`; without LibreOffice, an error with the 另存为 .docx advice and the command for IT staff.
core::Result<std::filesystem::path> converted_file(const std::filesystem::path& file,
                                                   const std::filesystem::path& work_dir,
                                                   const Environment& environment)
{
  if (!environment.soffice) {
    return core::fail(
        core::ErrorCode::unsupported,
        "a legacy Word file, and LibreOffice is not installed to read it: open it in WPS or "
        "Word and save it as .docx (文件 › 另存为 › Word 文档 *.docx), then count that file. IT: " +
            office::convert_command(file),
        file);
  }
  return office::convert_to_docx(file, work_dir, office::ConvertOptions{*environment.soffice});
}

int run_count(CountOptions options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto type = sniff_file(options.file);
  auto work_dir = std::filesystem::temp_directory_path() / ("nominate-count-" + std::to_string(getpid()));
  struct RemoveAfter {
    std::filesystem::path folder;
    ~RemoveAfter()
    {
      std::error_code ignored;
      std::filesystem::remove_all(folder, ignored);
    }
  } remove_after{work_dir};
  if (office::is_legacy(type)) {
    auto converted = converted_file(options.file, work_dir, environment);
    if (!converted) {
      print_error(converted.error(), language);
      return k_exit_error;
    }
    options.file = converted->string();
  }
  auto text =
      options.field.empty() ? office::read_document_text(options.file) : field_text(options, environment);
  if (!text) {
    print_error(text.error(), language);
    return k_exit_error;
  }
  if (type == office::DocumentType::pdf && text::trim(*text).empty()) {
    print_error(core::fail(core::ErrorCode::unsupported,
                           "a PDF without a text layer (a scan): its characters cannot be counted. Count the "
                           ".docx it was made from, or a PDF exported from Word",
                           options.file)
                    .error(),
                language);
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
  command->add_option("--field", options->field, "count one form field, e.g. deeds (主要事迹和成效)");
  command->add_option("--rules", options->rules, "the rule set whose field labels to use");
  command->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_count(*options, environment); };
  });
}

} // namespace nominate::cli
