// Rendering a finding's message_id and args in a language (messages.hpp).

#include "derived.hpp"
#include "texts.hpp"

#include <nominate/messages/render.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace nominate::messages {
namespace {

// Every family of texts (texts.hpp), in catalogue order.
std::array<std::span<const MessageText>, 10> families()
{
  return {intake_messages(),           missing_messages(), field_messages(),       photo_messages(),
          photo_background_messages(), video_messages(),   eligibility_messages(), batch_messages(),
          package_messages(),          content_messages()};
}

const MessageText* find_message(std::string_view id)
{
  static const auto k_index = [] {
    std::map<std::string_view, const MessageText*, std::less<>> index;
    for (auto family : families()) {
      for (const auto& entry : family) {
        index.emplace(entry.id, &entry);
      }
    }
    return index;
  }();
  auto found = k_index.find(id);
  return found == k_index.end() ? nullptr : found->second;
}

// Neutral values some args take ({role}: "photo", {channel}: "offline", …), in each language.
struct Word {
  std::string_view arg;
  std::string_view value;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array k_vocabulary{
    Word{"role", "form", "推介表", "forms"},
    Word{"role", "id_photo", "证件照", "ID photos"},
    Word{"role", "photo", "照片", "photos"},
    Word{"role", "video", "视频", "videos"},
    Word{"role", "summary", "工作总结", "work summaries"},
    Word{"role", "scan", "盖章扫描件", "stamped scans"},
    // A file taken as a role (material.missing.taken-as-other), and one of the role the fix asks for.
    Word{"taken_as", "form", "推介表", "the form"},
    Word{"taken_as", "id_photo", "证件照", "the ID photo"},
    Word{"taken_as", "photo", "照片", "a photo"},
    Word{"taken_as", "video", "视频", "a video"},
    Word{"taken_as", "summary", "工作总结", "the work summary"},
    Word{"taken_as", "scan", "盖章扫描件", "a stamped scan"},
    Word{"taken_as", "other", "其他材料", "another material"},
    Word{"role_one", "form", "推介表", "form"},
    Word{"role_one", "id_photo", "证件照", "ID photo"},
    Word{"role_one", "summary", "工作总结", "work summary"},
    Word{"channel", "offline", "线下", "offline"},
    Word{"channel", "online", "线上", "online"},
    Word{"channel", "unspecified", "未注明线上或线下", "channel not stated"},
    Word{"background", "white", "白色", "white"},
    Word{"background", "light", "浅色（非纯白）", "light (not pure white)"},
    Word{"background", "blue", "蓝色", "blue"},
    Word{"background", "red", "红色", "red"},
    Word{"background", "other", "其他颜色", "differently coloured"}, // "a … background", "looks …"
    Word{"color", "white", "白色", "white"},
    Word{"color", "blue", "蓝色", "blue"},
    Word{"color", "red", "红色", "red"},
    Word{"kind", "star", "百姓学习之星", "learning stars"},
    Word{"kind", "brand", "终身学习品牌项目", "lifelong-learning brand projects"},
    Word{"zone", "demonstration", "社区教育示范区", "a community-education demonstration zone"},
    Word{"zone", "experimental", "社区教育实验区", "a community-education experimental zone"},
    Word{"zone", "other", "其他区及有关单位", "another district or unit"},
    Word{"requirement", "required", "要求", "is required"},
    Word{"requirement", "advised", "建议使用", "is advised"},
    Word{"counted", "words", "按 Word/WPS 字数统计", "as Word/WPS counts"},
    Word{"counted", "all", "按全部字符统计，含标点", "counting every character, punctuation included"},
    Word{"counted", "han", "只数汉字", "counting Chinese characters only"},
    Word{"kind", "symlink", "一个链接（快捷方式）", "a symbolic link"},
    Word{"kind", "fifo", "一个命名管道（FIFO）", "a named pipe (FIFO)"},
    Word{"kind", "socket", "一个套接字", "a socket"},
    Word{"kind", "device", "一个设备文件", "a device"},
    Word{"kind", "folder", "一个文件夹（名字像文件）", "a folder (named like a file)"},
    Word{"kind", "unlistable-folder", "一个无法打开的文件夹", "a folder that cannot be opened"},
    Word{"kind", "special", "一个特殊文件", "a special file"},
};

std::string localized(std::string_view arg, const std::string& value, core::Language language)
{
  for (const auto& word : k_vocabulary) {
    if (word.arg == arg && word.value == value) {
      return std::string(language == core::Language::zh ? word.zh : word.en);
    }
  }
  return value;
}

std::optional<std::string> lookup(std::string_view name, const core::Finding& finding)
{
  if (auto found = finding.args.find(std::string(name)); found != finding.args.end()) {
    return found->second;
  }
  if (auto value = derived_value(name, finding)) {
    return value;
  }
  for (std::string_view suffix : {"_zh", "_en"}) {
    if (name.ends_with(suffix)) {
      auto base = std::string(name.substr(0, name.size() - suffix.size()));
      if (auto found = finding.args.find(base); found != finding.args.end()) {
        return localized(base, found->second, suffix == "_zh" ? core::Language::zh : core::Language::en);
      }
    }
  }
  if (name == "file") {
    return finding.file;
  }
  if (name == "field" || name == "label") {
    return finding.field.value_or("");
  }
  if (name == "expected") {
    return finding.expected;
  }
  if (name == "actual") {
    return finding.actual;
  }
  if (name == "clause") {
    return finding.clause;
  }
  if (name == "rule") {
    return finding.rule;
  }
  return std::nullopt;
}

bool placeholder_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

std::optional<std::string_view> snippet(std::string_view name)
{
  for (const auto& entry : video_snippets()) {
    if (entry.name == name) {
      return entry.text;
    }
  }
  return std::nullopt;
}

// Whether a text may pull in shared snippets: the entry's own text may, a snippet may not (one level deep).
enum class Nesting { entry, snippet };

// Replaces each {name} by its value, or by a shared snippet (itself filled); text that is not a known
// placeholder stays as written.
std::string fill(std::string_view text, const core::Finding& finding, Nesting nesting = Nesting::entry)
{
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      auto close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        auto name = text.substr(i + 1, close - i - 1);
        if (!name.empty() && std::ranges::all_of(name, placeholder_char)) {
          if (auto value = lookup(name, finding)) {
            out += *value;
            i = close + 1;
            continue;
          }
          if (auto shared = nesting == Nesting::entry ? snippet(name) : std::nullopt) {
            out += fill(*shared, finding, Nesting::snippet);
            i = close + 1;
            continue;
          }
        }
      }
    }
    out += text[i];
    ++i;
  }
  return out;
}

} // namespace

RenderedFinding render(const core::Finding& finding, core::Language language)
{
  const auto* entry = find_message(finding.message_id);
  if (entry == nullptr) {
    std::string message = finding.message_id.empty() ? finding.rule : finding.message_id;
    std::string sep = " (";
    for (const auto& [name, value] : finding.args) {
      message.append(sep).append(name).append("=").append(value);
      sep = ", ";
    }
    if (!finding.args.empty()) {
      message += ")";
    }
    return {message, {}};
  }
  bool zh = language == core::Language::zh;
  return {fill(zh ? entry->zh : entry->en, finding), fill(zh ? entry->zh_fix : entry->en_fix, finding)};
}

bool has_message(std::string_view message_id)
{
  return find_message(message_id) != nullptr;
}

std::vector<std::string_view> message_ids()
{
  std::vector<std::string_view> ids;
  for (auto family : families()) {
    for (const auto& entry : family) {
      ids.push_back(entry.id);
    }
  }
  return ids;
}

} // namespace nominate::messages
