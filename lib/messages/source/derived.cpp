// Placeholders composed in a language from a finding's neutral args (derived.hpp).

#include "derived.hpp"

#include <nominate/messages/labels.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

namespace nominate::messages {
namespace {

using core::Language;

const std::string* arg(const core::Finding& finding, const std::string& name)
{
  auto found = finding.args.find(name);
  return found == finding.args.end() ? nullptr : &found->second;
}

std::optional<double> number(const std::string* text)
{
  if (text == nullptr) {
    return std::nullopt;
  }
  double value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc{} || end != text->data() + text->size()) {
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> split(const std::string& text, std::string_view separator)
{
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string::npos) {
      end = text.size();
    }
    if (end > start) {
      parts.push_back(text.substr(start, end - start));
    }
    start = end + separator.size();
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) {
      out += separator;
    }
    out += part;
  }
  return out;
}

// "4分30秒" / "4 min 30 s"; whole seconds, as the notices state lengths, the fraction cut off as players
// (and the "5:01" beside it) show it: 301.7 s is 5分1秒, not 5分2秒.
std::string duration_text(double seconds, Language language)
{
  auto total = static_cast<long long>(std::floor(std::max(0.0, seconds)));
  auto minutes = std::to_string(total / 60);
  auto rest = std::to_string(total % 60);
  if (language == Language::zh) {
    if (total < 60) {
      return rest + "秒";
    }
    return total % 60 == 0 ? minutes + "分钟" : minutes + "分" + rest + "秒";
  }
  if (total < 60) {
    return rest + " s";
  }
  return total % 60 == 0 ? minutes + " min" : minutes + " min " + rest + " s";
}

// "3" → "3", "29.97" → "29.97": a frame rate as a person writes it.
std::string rate_text(const std::string& value)
{
  auto rate = number(&value);
  if (!rate) {
    return value;
  }
  auto text = std::to_string(std::round(*rate * 1000.0) / 1000.0);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) {
    text.pop_back();
  }
  return text;
}

std::optional<std::string> export_text(const core::Finding& finding, Language language)
{
  const bool zh = language == Language::zh;
  std::vector<std::string> parts;
  if (const auto* lines = arg(finding, "target_p")) {
    parts.push_back((zh ? "分辨率 " : "resolution ") + *lines + "P");
  }
  if (const auto* fps = arg(finding, "target_fps")) {
    parts.push_back((zh ? "帧率 " : "frame rate ") + rate_text(*fps));
  }
  parts.emplace_back(zh ? "格式 MP4" : "format MP4");
  return join(parts, zh ? "、" : ", ");
}

// One of the probe's damage entries (English; FFmpeg's own words after "FFmpeg: ") told in Chinese by
// what it means: FFmpeg's text never reaches a Chinese message.
std::string damage_meaning(const std::string& entry)
{
  static const std::pair<std::string_view, std::string_view> k_meanings[] = {
      {"empty file", "空文件"},
      {"not a video", "不是视频文件"},
      {"no video stream (only sound", "文件里只有声音和一张封面图片，没有视频画面"},
      {"no video stream", "文件里没有视频画面"},
      {"index too large", "索引大得异常"},
      {"cannot open", "无法打开"},
      {"index damaged", "文件是完整的，但索引（moov）数据有误，指向文件之外"},
      {"file ends early", "文件不完整，后面一部分缺失"},
      {"index (moov) missing", "缺少索引（moov），多为录制或拷贝中断"},
      {"samples past end of file", "索引指向文件末尾之后的数据，文件被截断"},
      {"damaged box header", "文件内部结构损坏"},
      {"stream information unreadable", "无法读取视频流信息"},
      {"cannot decode", "无法解码画面"},
      {"decoding errors", "解码时发现损坏的画面"},
      {"only ", "只有一部分画面可以解码"},
      {"decoding stopped at ", "画面的时间远远超出视频的时长（编辑列表异常），逐帧检查到此为止"},
      {"reading stopped", "读到中途出错，后面的数据无法读取"},
      {"FFmpeg: ", "解码器报告数据错误"},
  };
  for (const auto& [start, meaning] : k_meanings) {
    if (entry.starts_with(start)) {
      return std::string(meaning);
    }
  }
  return "文件数据有误";
}

std::optional<std::string> damage_text(const core::Finding& finding)
{
  const auto* damage = arg(finding, "damage");
  if (damage == nullptr) {
    return std::nullopt;
  }
  std::vector<std::string> meanings;
  // Joined by a full-width bar: the entries are printable ASCII (ffmpeg_log.cpp) and the writers' escaping of
  // args (escaped_for_text) leaves it alone, as it would not a line break.
  for (const auto& entry : split(*damage, "｜")) {
    auto meaning = damage_meaning(entry);
    if (std::ranges::find(meanings, meaning) == meanings.end()) {
      meanings.push_back(std::move(meaning));
    }
  }
  return join(meanings, "；");
}

// A neutral arg's value and its words in each language.
struct Words {
  std::string_view value;
  std::string_view zh;
  std::string_view en;
};

// `value` said in the language, from `words`; the value itself when it has no words.
template <std::size_t N>
std::string said(const Words (&words)[N], const std::string& value, Language language)
{
  for (const auto& word : words) {
    if (word.value == value) {
      return std::string(language == Language::zh ? word.zh : word.en);
    }
  }
  return value;
}

// The programs a clerk would open `file` in, by its extension: a damaged table is not "WPS/Word"'s.
std::string_view programs_zh(const std::string& file)
{
  auto dot = file.rfind('.');
  std::string extension = dot == std::string::npos ? std::string() : file.substr(dot + 1);
  for (auto& c : extension) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (extension == "xlsx" || extension == "xls" || extension == "ods" || extension == "csv" ||
      extension == "et") {
    return "WPS/Excel ";
  }
  if (extension == "pdf") {
    return "PDF 阅读器";
  }
  if (extension == "docx" || extension == "doc" || extension == "wps" || extension == "odt" ||
      extension == "docm" || extension == "rtf") {
    return "WPS/Word ";
  }
  return "其他软件";
}

std::optional<std::string> problem_text(const core::Finding& finding, Language language)
{
  const auto* problem = arg(finding, "problem");
  const bool zh = language == Language::zh;
  if (problem == nullptr) {
    // A document's reader gives no kind, only its own (English) detail: said as damage in the user's
    // language, the detail kept for IT staff.
    const auto* detail = arg(finding, "detail");
    if (detail == nullptr) {
      return std::nullopt;
    }
    // Where the reader said why, in words of the user's language; the English detail stays in the JSON.
    static constexpr Words k_reasons[] = {
        {"not-zip", "不是完整的 Office 文件，多为下载或拷贝没有完成", "not a whole Office file"},
        {"part-encoding", "文件内部的文字编码不是 Word 能读的 UTF-8",
         "text in an encoding Word does not read"},
        {"main-part-type", "文件内部没有标明正文是 Word 文档", "its main part is not marked as Word's"},
    };
    if (const auto* reason = arg(finding, "reason"); reason != nullptr && zh) {
      if (auto words = said(k_reasons, *reason, language); words != *reason) {
        return "文件结构损坏：" + words + "，" + std::string(programs_zh(finding.file)) + "也可能打不开";
      }
    }
    return zh ? "文件结构损坏，" + std::string(programs_zh(finding.file)) + "也可能打不开；详情：" + *detail
              : *detail;
  }
  if (*problem == "deep-colour") {
    const auto* depth = arg(finding, "bit_depth");
    auto bits = depth != nullptr ? *depth : std::string("16");
    return zh ? bits + " 位色深的图片" : bits + "-bit colour";
  }
  static constexpr Words k_words[] = {
      {"video-unopenable", "无法作为视频打开", "cannot be opened as a video"},
      {"video-damaged", "视频数据损坏或不完整", "the video data is damaged or incomplete"},
      {"unsupported", "该文件的编码方式", "this file's encoding"},
      {"too-large", "像素或文件过大", "too many pixels or too large a file"},
      {"damaged", "数据损坏，无法解码", "damaged data that cannot be decoded"},
  };
  return said(k_words, *problem, language);
}

std::optional<std::string> unchecked_text(const core::Finding& finding, Language language)
{
  const auto* rules = arg(finding, "unchecked");
  if (rules == nullptr) {
    return std::nullopt;
  }
  auto ids = split(*rules, ",");
  if (ids.empty()) {
    return std::string();
  }
  const bool zh = language == Language::zh;
  std::vector<std::string> names;
  for (const auto& rule : ids) {
    if (rule == "photo.dimensions") {
      names.emplace_back(zh ? "尺寸比例" : "size");
    } else if (rule == "photo.color") {
      names.emplace_back(zh ? "是否彩色" : "colour");
    } else {
      names.emplace_back(zh ? "背景颜色" : "background");
    }
  }
  return zh ? "本工具无法读取其画面，因此未能检查" + join(names, "、") + "。"
            : " This tool cannot read its picture, so its " + join(names, ", ") + " could not be checked.";
}

// `nominate fix` as the way out, for a photo format it converts to JPEG (WebP, BMP, GIF), from `format`;
// empty for one it does not (TIFF).
std::optional<std::string> autofix_text(const core::Finding& finding, Language language)
{
  const auto* format = arg(finding, "format");
  if (format == nullptr) {
    return std::nullopt;
  }
  if (*format != "WEBP" && *format != "BMP" && *format != "GIF") {
    return std::string();
  }
  return language == Language::zh
             ? "也可以运行 nominate fix，在副本里自动转成 JPEG，原文件不动。"
             : " Or run nominate fix: it converts it to JPEG in a copy and leaves the original alone.";
}

// Where a form field's text was read, when not from its cell, from `part`: "appendix" (the text after the
// table that the cell referred to), "attachment" (the separate document it referred to, the finding's
// file); empty otherwise.
std::string part_text(const core::Finding& finding, Language language)
{
  const auto* part = arg(finding, "part");
  if (part != nullptr && *part == "attachment" && !finding.file.empty()) {
    return language == Language::zh ? "（读自另附的“" + finding.file + "”）"
                                    : " (read from the attached \"" + finding.file + "\")";
  }
  if (part == nullptr || *part != "appendix") {
    return {};
  }
  return language == Language::zh ? "（读自表格后的附页）"
                                  : " (read from the appendix after the form's table)";
}

// A photo whose name says another format than its content (an HEIC or WebP named .jpg), from `named` (the
// extension, ".jpg"); empty when the name fits or the finding does not say.
std::optional<std::string> misnamed_text(const core::Finding& finding, Language language)
{
  const auto* named = arg(finding, "named");
  if (named == nullptr || named->empty()) {
    return std::string();
  }
  return language == Language::zh
             ? "它的文件名却是 " + *named + "，按扩展名打开文件的软件和上传系统会把它当成别的格式而出错。"
             : " Its name ends in " + *named +
                   ", so programs and upload forms that go by the name take it for another format and fail.";
}

// Why a zip entry's name is unsafe, from `reason` (pack::unsafe_reason's words), said for a clerk.
std::optional<std::string> reason_text(const core::Finding& finding, Language language)
{
  const auto* reason = arg(finding, "reason");
  if (reason == nullptr) {
    return std::nullopt;
  }
  static constexpr Words k_words[] = {
      {"empty", "名称为空，无法解压成文件", "the name is empty, so no file can be written under it"},
      {"absolute", "以“/”开头，是绝对路径，解压时可能写到系统的其他文件夹",
       "it starts with \"/\", an absolute path: unzipping it could write anywhere on the system"},
      {"backslash", "含反斜杠“\\”，Windows 把它当作文件夹分隔符，解压时可能写到别的文件夹",
       "it holds a backslash, a folder separator on Windows: unzipping it could write into another folder"},
      {"drive", "以盘符开头（如“C:”），解压时可能写到另一个磁盘",
       "it starts with a drive letter (\"C:\"): unzipping it could write onto another disk"},
      {"colon", "含冒号“:”，Windows 的文件名不允许，解压时会写进另一个文件的隐藏数据流或失败",
       "it holds a colon, which Windows names may not: unzipping it writes into another file's hidden stream or fails"},
      {"parent", "含“../”，解压时会写到上一级文件夹，可能覆盖别的文件",
       "it holds \"../\": unzipping it writes into the folder above, possibly over other files"},
      {"home", "以“~”开头，可能被当成用户主文件夹",
       "it starts with \"~\", which may be taken for a home folder"},
      {"control", "含控制字符，会在屏幕上伪造或隐藏文字",
       "it holds control characters, which can forge or hide text on screen"},
      {"bidi", "含文字方向控制符（如 U+202E），显示出的文件名与真实的不同（例如把 .exe 显示成 .docx）",
       "it holds direction marks (such as U+202E), so it shows as another name (an .exe as a .docx)"},
      {"invisible", "含不显示的字符（如零宽空格），两个看起来一样的文件名其实不同",
       "it holds characters that show as nothing (a zero-width space …), so two names that look alike differ"},
      {"windows",
       "Windows 不允许这样的名称（含 < > \" | ? * 之一、以点或空格结尾，或是 CON、NUL、COM1 等设备名），在 Windows 上无法解压",
       "Windows refuses such a name (one of < > \" | ? *, a trailing dot or space, or a device name such as CON, NUL or COM1): it cannot be unzipped there"},
  };
  return said(k_words, *reason, language);
}

// Why LibreOffice did not convert a legacy document, from `detail` (office::convert_document's words).
std::optional<std::string> conversion_text(const core::Finding& finding, Language language)
{
  const auto* detail = arg(finding, "detail");
  if (detail == nullptr) {
    return std::nullopt;
  }
  if (language == Language::en) {
    return *detail;
  }
  if (detail->starts_with("LibreOffice took longer than ")) {
    const auto seconds = detail->substr(std::string_view("LibreOffice took longer than ").size());
    return "转换超过 " + seconds.substr(0, seconds.find(' ')) + " 秒仍未完成，已停止";
  }
  if (detail->starts_with("LibreOffice did not start")) {
    return std::string("本机的 LibreOffice 无法启动");
  }
  if (detail->starts_with("LibreOffice could not convert")) {
    return std::string("LibreOffice 无法转换这个文件");
  }
  return std::string("转换出错");
}

// The program a clerk edits `file` in, by its extension: a table is open in WPS or Excel, not Word.
std::string editor_text(const core::Finding& finding, Language language)
{
  const auto programs = programs_zh(finding.file);
  const bool zh = language == Language::zh;
  // The lock file tells the program: LibreOffice's .~lock.x#, WPS for Linux's .~x, else Word's or WPS's ~$x.
  if (const auto* lock = arg(finding, "lock")) {
    const std::string_view name = std::string_view(*lock).substr(lock->rfind('/') + 1);
    if (name.starts_with(".~lock.")) {
      return "LibreOffice";
    }
    if (name.starts_with(".~")) {
      return "WPS";
    }
  }
  if (programs.starts_with("WPS/Excel")) {
    return zh ? "WPS 或 Excel" : "WPS or Excel";
  }
  auto dot = finding.file.rfind('.');
  const std::string extension = dot == std::string::npos ? std::string() : finding.file.substr(dot + 1);
  if (extension == "ppt" || extension == "pptx" || extension == "dps") {
    return zh ? "WPS 或 PowerPoint" : "WPS or PowerPoint";
  }
  return zh ? "WPS 或 Word" : "WPS or Word";
}

} // namespace

std::optional<std::string> derived_value(std::string_view name, const core::Finding& finding)
{
  std::optional<Language> language;
  std::string base(name);
  if (name.ends_with("_zh")) {
    language = Language::zh;
  } else if (name.ends_with("_en")) {
    language = Language::en;
  }
  if (!language) {
    return std::nullopt;
  }
  base.resize(base.size() - 3);
  if (base == "export") {
    return export_text(finding, *language);
  }
  if (base == "damage" && *language == Language::zh) {
    return damage_text(finding);
  }
  if (base == "problem") {
    return problem_text(finding, *language);
  }
  if (base == "unchecked") {
    return unchecked_text(finding, *language);
  }
  if (base == "autofix") {
    return autofix_text(finding, *language);
  }
  if (base == "part") {
    return part_text(finding, *language);
  }
  if (base == "reason") {
    return reason_text(finding, *language);
  }
  if (base == "conversion") {
    return conversion_text(finding, *language);
  }
  if (base == "editor") {
    return editor_text(finding, *language);
  }
  if (base == "misnamed") {
    return misnamed_text(finding, *language);
  }
  if (auto seconds = number(arg(finding, base + "_s"))) {
    return duration_text(*seconds, *language);
  }
  return std::nullopt;
}

std::string video_problem(std::string_view entries, Language language)
{
  if (language != Language::zh) {
    return std::string(entries);
  }
  std::vector<std::string> meanings;
  for (const auto& entry : split(std::string(entries), "; ")) {
    if (entry.empty()) {
      continue;
    }
    auto meaning = damage_meaning(entry);
    if (std::ranges::find(meanings, meaning) == meanings.end()) {
      meanings.push_back(std::move(meaning));
    }
  }
  return join(meanings, "；");
}

} // namespace nominate::messages
