#include "command_model.hpp"

namespace nominate::cli {

namespace {

// "TEXT:{zh,en}" → {"zh", "en"}: CLI11 appends each validator's description to the type name, and
// IsMember's is the set in braces.
std::vector<std::string> choices_of(const std::string& type_name)
{
  auto open = type_name.find(":{");
  auto close = type_name.find('}', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) {
    return {};
  }
  std::vector<std::string> out;
  std::string item;
  for (char c : type_name.substr(open + 2, close - open - 2)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else if (c != ' ') {
      item += c;
    }
  }
  out.push_back(item);
  return out;
}

OptionModel describe_option(const CLI::Option& option)
{
  OptionModel out;
  out.positional = option.nonpositional() == false;
  if (out.positional) {
    out.names.push_back(option.get_name(true, false));
  } else {
    for (const auto& name : option.get_snames()) {
      out.names.push_back("-" + name);
    }
    for (const auto& name : option.get_lnames()) {
      out.names.push_back("--" + name);
    }
  }
  out.takes_value = option.get_expected_max() > 0; // a flag expects none
  out.repeatable = option.get_items_expected_max() > 1;
  out.required = option.get_required();
  auto type_name = option.get_type_name();
  out.value_type = type_name.substr(0, type_name.find(':'));
  out.choices = choices_of(type_name);
  out.description = option.get_description();
  return out;
}

} // namespace

CommandModel describe_command(const CLI::App& app, std::vector<std::string> path)
{
  CommandModel out;
  out.name = app.get_name();
  out.path = path;
  out.description = app.get_description();
  out.footer = app.get_footer();
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr() || option->get_group().empty()) {
      continue;
    }
    out.options.push_back(describe_option(*option));
  }
  for (const CLI::App* command :
       app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); })) {
    auto sub_path = path;
    sub_path.push_back(command->get_name());
    out.commands.push_back(describe_command(*command, sub_path));
  }
  return out;
}

std::string option_synopsis(const OptionModel& option)
{
  std::string out;
  for (const auto& name : option.names) {
    out += (out.empty() ? "" : ", ") + name;
  }
  if (option.positional) {
    return out + (option.repeatable ? "..." : "");
  }
  if (option.takes_value) {
    std::string value;
    for (const auto& choice : option.choices) {
      value += (value.empty() ? "" : "|") + choice;
    }
    out += " " + (value.empty() ? option.value_type : value);
  }
  return out;
}

} // namespace nominate::cli
