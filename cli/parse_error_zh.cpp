#include "parse_error_zh.hpp"

#include <string_view>

namespace nominate::cli {

namespace {

// The option CLI11 names at the start of its text (`--jobs: …`, `--jobs = …`), or "" when it names none or
// a positional argument (whose English name a clerk would not recognise).
std::string option_named(std::string_view text)
{
  if (!text.starts_with("-")) {
    return {};
  }
  const auto end = text.find_first_of(" :=");
  return std::string(text.substr(0, end));
}

std::string after(std::string_view text, std::string_view prefix)
{
  return text.starts_with(prefix) ? std::string(text.substr(prefix.size())) : std::string(text);
}

std::string spaced(const std::string& option)
{
  return option.empty() ? std::string() : " " + option + " ";
}

} // namespace

std::string parse_error_zh(const CLI::ParseError& error)
{
  const std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    const auto colon = what.find(": ");
    const std::string extras =
        colon == std::string_view::npos ? std::string() : std::string(what.substr(colon + 2));
    return "无法识别的参数" + (extras.empty() ? std::string() : " " + extras) +
           "：请检查选项名是否拼错、是否多写了一个文件夹；路径中有空格时，请把整个路径加上英文引号。";
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    if (what.starts_with("A subcommand")) {
      return "缺少子命令：请写明要做的事，如 nominate check 文件夹。";
    }
    const std::string option = option_named(what);
    return option.empty() ? "缺少必需的参数（如要处理的文件夹或文件）。" : "缺少必需的参数 " + option + "。";
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    std::string option = option_named(after(what, "Could not convert: "));
    if (const auto at = what.rfind(" for "); option.empty() && at != std::string_view::npos) {
      option = option_named(what.substr(at + 5));
    }
    return "参数" + spaced(option) + "的值写法不对（例如应为数字）：请按 --help 中的说明填写。";
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    return "参数" + spaced(option_named(what)) + "的值不被接受：请按 --help 中列出的取值或范围填写。";
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    std::string option = option_named(what);
    if (const auto at = what.find(" arguments to "); option.empty() && at != std::string_view::npos) {
      option = option_named(what.substr(at + 14));
    }
    return "参数" + spaced(option) + "后缺少值，或给的值太多。";
  }
  if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr ||
      dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
    return "这几个参数不能这样搭配使用。";
  }
  return "命令行无法解析。";
}

} // namespace nominate::cli
