// Rule metadata for SARIF, so that code scanning shows each rule's purpose, the notice's clause and the fix
// beside every alert (GitHub reads `help.markdown`, `properties.tags`, `precision` and `problem.severity`).
#include "sarif_rules.hpp"

#include <nominate/rules/catalog.hpp>

#include <cctype>

namespace nominate::report {

namespace {

using Json = nlohmann::ordered_json;

// "video.frame-rate" → "VideoFrameRate": SARIF wants a name that is not the id, readable at a glance.
[[nodiscard]] std::string pascal_name(std::string_view id)
{
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '.' || c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// GitHub's problem.severity: error, warning or recommendation.
[[nodiscard]] std::string_view problem_severity(core::Severity severity)
{
  switch (severity) {
  case core::Severity::error:
    return "error";
  case core::Severity::warning:
    return "warning";
  case core::Severity::info:
    return "recommendation";
  }
  return "error";
}

// How sure a finding of the rule is: a technical spec or a count is measured (very-high); a rule whose usual
// severity is a warning judges by heuristic (design.md: 左右, 原则上, a profile) — medium.
[[nodiscard]] std::string_view precision(core::Severity severity)
{
  return severity == core::Severity::error ? "very-high" : "medium";
}

// A sentence made to end as a sentence: "。" in Chinese, "." in English, unless it already ends so.
[[nodiscard]] std::string sentence(std::string text, core::Language language)
{
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  if (text.empty() || text.ends_with('.') || text.ends_with("。") || text.ends_with("？") ||
      text.ends_with("！")) {
    return text;
  }
  return text + (language == core::Language::zh ? "。" : ".");
}

[[nodiscard]] Json text_object(std::string text)
{
  Json out = Json::object();
  out["text"] = std::move(text);
  return out;
}

[[nodiscard]] std::string markdown_lines(std::string_view text)
{
  // A fix holds a clerk's steps, then a command for IT staff on its own line: keep the break in Markdown.
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += "  \n";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace

std::string_view sarif_level(core::Severity severity)
{
  switch (severity) {
  case core::Severity::error:
    return "error";
  case core::Severity::warning:
    return "warning";
  case core::Severity::info:
    return "note";
  }
  return "error";
}

std::string_view information_uri()
{
  return NOMINATE_HOMEPAGE_URL;
}

std::string rules_help_uri()
{
  return std::string(information_uri()) + "/blob/main/docs/rules.md#rules-and-their-parameters";
}

Json sarif_rule(std::string_view id, const std::set<std::string>& clauses, core::Language language)
{
  const bool zh = language == core::Language::zh;
  Json out = Json::object();
  out["id"] = id;
  out["name"] = pascal_name(id);
  const rules::RuleInfo* info = rules::find_rule(id);
  if (info == nullptr) { // GitHub requires the descriptions and help even then
    const std::string text = sentence(std::string(id), language);
    out["shortDescription"] = text_object(text);
    out["fullDescription"] = text_object(text);
    out["help"] = Json::object();
    out["help"]["text"] = text;
    out["help"]["markdown"] = "`nominate explain " + std::string(id) + "`";
    out["helpUri"] = rules_help_uri();
    return out;
  }
  const std::string title = info->title.get(language);
  const std::string what = sentence(info->what.get(language), language);
  const std::string fix = info->fix.get(language);
  out["shortDescription"] = text_object(sentence(title, language));
  out["fullDescription"] = text_object(what);

  std::string text = what + "\n";
  std::string markdown = "**" + title + "**\n\n" + what + "\n";
  if (!clauses.empty()) {
    text += zh ? "通知原文：" : "The notice's words: ";
    markdown += zh ? "\n**通知原文**\n\n" : "\n**The notice's words**\n\n";
    bool first = true;
    for (const std::string& clause : clauses) {
      text += (first ? "“" : "；“") + clause + "”";
      markdown += "> " + clause + "\n>\n";
      first = false;
    }
    text += "\n";
  }
  text += (zh ? "怎么改：" : "How to fix: ") + fix;
  markdown += (zh ? "\n**怎么改**\n\n" : "\n**How to fix**\n\n") + markdown_lines(fix) + "\n\n" +
              (zh ? "命令行：`nominate explain " : "On the command line: `nominate explain ") +
              std::string(id) + "`";
  Json help = Json::object();
  help["text"] = sentence(text, language);
  help["markdown"] = markdown;
  out["help"] = std::move(help);
  out["helpUri"] = rules_help_uri();
  out["defaultConfiguration"] = Json::object();
  out["defaultConfiguration"]["level"] = sarif_level(info->severity);

  Json properties = Json::object();
  const std::string family(id.substr(0, id.find('.')));
  properties["tags"] = Json::array({"nomination", family});
  properties["precision"] = precision(info->severity);
  properties["problem.severity"] = problem_severity(info->severity);
  out["properties"] = std::move(properties);
  return out;
}

} // namespace nominate::report
