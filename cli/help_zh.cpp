// The Chinese help (help_zh.hpp): CLI11's labels and a table from each English help text of cli/ to its
// Chinese. Keyed by the English text, so an edited description falls back to English until this table
// follows (tests/cli/test_help_zh.cpp lists what is left).

#include "footers.hpp"
#include "help_zh.hpp"

#include <nominate/text/count.hpp>

#include <array>
#include <utility>

namespace nominate::cli {

namespace {

using Entry = std::pair<std::string_view, std::string_view>;

constexpr std::array k_texts{
    // check and the commands that share its options (check_options.cpp)
    Entry{"a submission folder (a form or nomination.yaml) or a district folder",
          "推介材料文件夹（含推介表或 nomination.yaml），或区县文件夹"},
    Entry{"a shipped rule set (national/star) or a rule file; see `rules list`",
          "内置规则集（如 national/star）或规则文件；可用规则集见 nominate rules list"},
    Entry{"message language (default: from the locale)", "提示语言：zh 中文，en 英文（默认按系统语言）"},
    Entry{"reference date for project age, YYYY-MM-DD", "判断日期（如项目年限），写作 YYYY-MM-DD"},
    Entry{"treat PATH as one submission or as a district",
          "把路径当作一份推介材料（submission）或区县文件夹（district）"},
    Entry{"decode every video frame: damage, and silent, black, frozen, dark or blurry stretches (slower)",
          "逐帧解码视频：查损坏，以及无声、黑屏、画面静止、过暗或模糊的片段（较慢）"},
    Entry{"submissions checked at once (default: one per core)",
          "同时检查的推介材料份数（默认每个处理器核心一份）"},
    Entry{"warnings fail too (exit 1)", "警告也算不通过（退出码 1）"},
    Entry{"ignore the waivers in nomination.yaml / nominate.yaml",
          "不采用 nomination.yaml、nominate.yaml 中的豁免"},
    Entry{"no progress and no text report on stdout; exit code only", "不显示进度和文字报告，只给出退出码"},
    Entry{"text, json, sarif, junit, github or html, optionally :FILE (repeatable; default text)",
          "报告格式 text、json、sarif、junit、github 或 html，可加 :文件名（可重复；默认 text）"},
    Entry{"list every form field as read, with where it was found (text report)",
          "在文字报告中列出读到的每个表格字段及其位置"},
    Entry{"colour the text report", "文字报告是否用颜色：auto 自动，always 总是，never 不用"},
    // subcommands
    Entry{"Check submission or district folders against their notice / 检查推介材料",
          "按通知要求检查推介材料或区县文件夹"},
    Entry{"Count characters as Word/WPS 字数 does / 统计字数", "按 Word/WPS 的“字数”统计字数"},
    Entry{".docx, .doc (through LibreOffice), .pdf, .txt or .md",
          "要统计的文件：.docx、.doc（需 LibreOffice）、.pdf、.txt 或 .md"},
    Entry{"count one form field, by id or label: deeds, or 主要事迹和成效",
          "只统计推介表中的一个字段，可写字段 id 或表上的栏目名：deeds 或 主要事迹和成效"},
    Entry{"the rule set whose field labels to use", "按哪个规则集识别字段名称"},
    Entry{"zh or en", "语言：zh 中文，en 英文"},
    Entry{"What a rule checks, the clause behind it, how to fix it / 规则说明",
          "规则说明：检查什么、依据哪条要求、怎么改"},
    Entry{"a rule id, e.g. video.frame-rate (or a report's message_id, e.g. photo.format.heic)",
          "规则编号，如 video.frame-rate（也可写 JSON 报告里的消息编号，如 photo.format.heic）"},
    Entry{"list every rule id", "列出全部规则编号"},
    Entry{
        "Repair what a machine can in a copy: videos to the spec, legacy forms to .docx / 自动修正（写入副本）",
        "自动修正能由电脑修正的问题（写入副本）：视频转成要求的格式，旧版表格转成 .docx"},
    Entry{"the fixed copy (default: <folder>-已修正 next to it)",
          "修正后副本的位置（默认在原文件夹旁的“<文件夹>-已修正”）"},
    Entry{"print what would be done, write nothing", "只列出将要做的修正，不写任何文件"},
    Entry{"replace a fixed copy written before (only the files nominate wrote)",
          "替换之前生成的修正副本（只替换 nominate 写的文件）"},
    Entry{"Start a submission folder with a nomination.yaml / 新建推介文件夹",
          "新建推介材料文件夹，附 nomination.yaml"},
    Entry{"the folder to create or fill", "要新建或补充的文件夹"},
    Entry{"star (百姓学习之星) or brand (终身学习品牌项目)",
          "类别：star（百姓学习之星）或 brand（终身学习品牌项目）"},
    Entry{"a rule set other than national/KIND", "不用 national/类别 时指定的规则集"},
    Entry{"Check, then write the package that goes upward (a BagIt bag in a zip) / 检查后打包上报",
          "检查后生成上报材料包（zip 压缩包，内为 BagIt 格式）"},
    Entry{"the folder to write packages in (default: here)", "材料包写入的文件夹（默认当前文件夹）"},
    Entry{"one package per district (default) or per submission",
          "每个区县一个包（district，默认）或每份推介一个包（submission）"},
    Entry{"the revision number recorded in bag-info.txt (default 1)", "写入 bag-info.txt 的修订号（默认 1）"},
    Entry{"warn before writing when a package passes this size (50M: an e-mail or upload limit)",
          "材料包超过这个大小时先提醒（如 50M：邮件或上传的大小限制）"},
    Entry{"package name pattern: {district} {kind_zh} {date} {title} {seq:02} (default "
          "{district}-{kind_zh}-{date}.zip; a submission {seq:02}-{title}.zip)",
          "材料包文件名格式：{district} 区县、{kind_zh} 类别、{date} 日期、{title} 名称、{seq:02} 序号（默认 "
          "{district}-{kind_zh}-{date}.zip；每份推介一个包时为 {seq:02}-{title}.zip）"},
    Entry{"The shipped rule sets, and what one requires / 规则集", "内置规则集及其要求"},
    Entry{"list the shipped rule sets", "列出内置规则集"},
    Entry{"show what a rule set requires", "显示一个规则集的要求"},
    Entry{"a rule set (national/star) or a rule file", "规则集（如 national/star）或规则文件"},
    Entry{"Write the registration table (附表2/附表4) from the forms / 由推介表生成登记表",
          "由推介表生成登记表（附表2／附表4）"},
    Entry{"the .xlsx to write (never over an existing file)", "要写入的 .xlsx 文件（不覆盖已有文件）"},
    Entry{"replace an existing file of that name (a table typed by hand is lost) / 覆盖已有文件",
          "覆盖同名的已有文件（手工填写的登记表会丢失）"},
    Entry{
        "For web-form notices: files renamed within limits, texts to paste / 网上申报：整理上传文件和填报内容",
        "网上申报：按限制整理上传文件，生成要粘贴的填报内容"},
    Entry{"the folder to write (one sub-folder per submission)", "写入的文件夹（每份推介一个子文件夹）"},
    Entry{"replace a submission's folder an earlier upload wrote (hand edits in it are lost)",
          "替换以前 upload 生成的推介文件夹（其中的手工改动会丢失）"},
    Entry{"Verify a received package: safety, integrity, then its rules / 验证收到的材料包",
          "验证收到的材料包：先查安全，再查完整，最后按规则检查"},
    Entry{"zip files as received (packages or hand-made zips), or folders a package was unzipped into",
          "收到的 zip 压缩包（nominate 生成的或手工压缩的），或已解压出的文件夹"},
    Entry{
        "write each package's payload to DIR/<zip name> when it verified (never overwrites: a taken name gets \" (2)\")",
        "验证通过后把材料解压到该文件夹下的 <压缩包名> 中（不覆盖：同名文件夹已存在时解压到“<压缩包名> (2)”）"},
    Entry{"check the payload against this rule set", "按这个规则集检查包内材料"},
    Entry{"ignore the waivers in the package's configs", "不采用包内配置文件中的豁免"},
    Entry{"refuse zips with more entries (default 10000)", "拒绝文件数超过此数的压缩包（默认 10000）"},
    Entry{"refuse zips larger than this unpacked: 16G, 500M or bytes (default 16G)",
          "拒绝解压后超过此大小的压缩包：如 16G、500M，或字节数（默认 16G）"},
    Entry{"refuse entries over 1 MiB that expand more than this (default 200)",
          "拒绝大于 1 MiB 且压缩比超过此值的文件（默认 200）"},
    // CLI11's own
    Entry{"Print this help message and exit", "显示本帮助并退出"},
    Entry{"Display program version information and exit", "显示版本并退出"},
    Entry{
        "nominate — check nomination materials for 百姓学习之星 / 终身学习品牌项目 / 首都市民学习之星 against "
        "their notice,\nand say, for each fault, what the notice asks and how to fix it.\n"
        "检查“百姓学习之星”“终身学习品牌项目”等推介材料是否符合通知要求，并说明每个问题怎么改。",
        "nominate：检查“百姓学习之星”“终身学习品牌项目”“首都市民学习之星”等推介材料是否符合通知要求，\n"
        "并对每个问题说明通知的要求和改法。"},
};

constexpr std::array k_labels{
    Entry{"Usage", "用法"},         Entry{"OPTIONS", "选项"},
    Entry{"SUBCOMMAND", "子命令"},  Entry{"SUBCOMMANDS", "子命令"},
    Entry{"Positionals", "参数"},   Entry{"Options", "选项"},
    Entry{"Subcommands", "子命令"}, Entry{"REQUIRED", "（必填）"},
    Entry{"Needs", "需要"},         Entry{"Excludes", "不能与之同用"},
    Entry{"Env", "环境变量"},
};

constexpr std::string_view k_footer_zh =
    "\n示例：\n"
    "  nominate check ./01-张三                       检查一份推介材料\n"
    "  nominate check ./海淀区 --format json:r.json    检查整个区县，并为脚本生成 JSON 报告\n"
    "  nominate check ./01-张三 --lang zh --strict     中文提示；警告也算不通过\n"
    "  nominate count 推介表.docx --field deeds        按 Word/WPS 字数统计“主要事迹和成效”\n"
    "  nominate rules show national/star             查看全国通知的要求\n"
    "  nominate explain video.frame-rate             查看一条规则检查什么、怎么改\n"
    "  nominate init ./03-王五 --kind star             新建推介文件夹，附 nomination.yaml\n"
    "  nominate pack ./海淀区 -o 上报                  检查后生成上报材料包\n"
    "  nominate table ./海淀区 -o 登记表.xlsx          由推介表生成登记表（附表2）\n"
    "  nominate upload ./01-张三 -o 网上申报           整理网上申报的文件和填报内容\n"
    "  nominate verify 海淀区.zip --extract ./收件       验证收到的材料包，再安全解压\n"
    "  nominate fix ./01-张三                         在副本中修正视频、HEIC 照片和旧版表格\n"
    "\n语言：默认跟随系统语言；在命令后加 --lang en 显示英文。\n"
    "\n退出码：0 全部通过；1 有推介材料存在错误（加 --strict 时警告也算）；2 无法完成检查（参数有误、\n"
    "路径不存在、规则文件有误）。\n"
    "说明文档：docs/guide.zh.md（中文）、docs/rules.md（规则文件）、docs/ci.md（持续集成）。";

// The word for what an option takes, by its long name: CLI11's type names (TEXT, UINT) are C++'s.
constexpr std::array k_value_words{
    Entry{"as-of", "日期"},       Entry{"rules", "规则集"},   Entry{"format", "格式[:文件]"},
    Entry{"field", "字段"},       Entry{"name", "名称"},      Entry{"extract", "文件夹"},
    Entry{"output", "路径"},      Entry{"max-size", "大小"},  Entry{"max-total", "大小"},
    Entry{"max-entries", "个数"}, Entry{"max-ratio", "倍数"}, Entry{"jobs", "份数"},
    Entry{"revision", "序号"},
};

// What `option` takes, as a clerk reads it: a choice list as it is typed ("{zh,en}"); else the option's word,
// with a range CLI11 checks ("份数（1–64）"); else 文字 or 整数.
std::string value_word(const CLI::Option* option)
{
  const std::string type = option->get_type_name();
  if (auto choices = type.find(":{"); choices != std::string::npos) {
    return type.substr(choices + 1);
  }
  std::string word = type.starts_with("TEXT") ? "文字" : "整数";
  for (const auto& [name, zh] : k_value_words) {
    if (option->check_lname(std::string(name))) {
      word = zh;
    }
  }
  // "UINT:INT in [1 - 64]": CLI11's Range validator.
  const auto open = type.find(" in [");
  const auto dash = type.find(" - ", open);
  const auto close = type.find(']', open);
  if (open != std::string::npos && dash != std::string::npos && close != std::string::npos) {
    word +=
        "（" + type.substr(open + 5, dash - open - 5) + "–" + type.substr(dash + 3, close - dash - 3) + "）";
  }
  return word;
}

} // namespace

std::string help_text_zh(std::string_view english)
{
  for (const auto& [en, zh] : k_texts) {
    if (en == english) {
      return std::string(zh);
    }
  }
  return std::string(english);
}

ChineseHelp::ChineseHelp()
{
  for (const auto& [en, zh] : k_labels) {
    label(std::string(en), std::string(zh));
  }
  column_width(36);
}

std::string ChineseHelp::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const
{
  // The heading of the subcommand list is the subcommands' group name, which no label covers.
  std::string help = CLI::Formatter::make_help(app, std::move(name), mode);
  for (std::size_t at = help.find("\nSubcommands:\n"); at != std::string::npos;
       at = help.find("\nSubcommands:\n", at)) {
    help.replace(at, std::string_view("\nSubcommands:\n").size(), "\n子命令：\n");
  }
  return help;
}

std::string ChineseHelp::make_group(std::string group, bool is_positional,
                                    std::vector<const CLI::Option*> opts) const
{
  return CLI::Formatter::make_group(get_label(group), is_positional, std::move(opts));
}

std::string ChineseHelp::make_option(const CLI::Option* option, bool is_positional) const
{
  // As CLI11's own, but padded to the description column by the columns a terminal shows: a Chinese
  // character is three bytes and two columns, and CLI11 pads by bytes.
  const std::string left = "  " + make_option_name(option, is_positional) + make_option_opts(option);
  const std::size_t width = get_column_width();
  const std::size_t columns = text::display_columns(left);
  std::string out =
      left + (columns < width ? std::string(width - columns, ' ') : "\n" + std::string(width, ' '));
  for (char c : make_option_desc(option)) {
    out += c;
    if (c == '\n') {
      out += std::string(width, ' ');
    }
  }
  return out + "\n";
}

std::string ChineseHelp::make_option_opts(const CLI::Option* option) const
{
  std::string opts = CLI::Formatter::make_option_opts(option);
  const std::string type = " " + option->get_type_name();
  if (option->get_type_size() == 0 || option->get_type_name().empty() || !opts.starts_with(type)) {
    return opts;
  }
  // A positional is named by its placeholder already (PATH): its type adds nothing.
  return (option->nonpositional() ? " " + value_word(option) : std::string()) + opts.substr(type.size());
}

std::string ChineseHelp::make_option_desc(const CLI::Option* option) const
{
  return help_text_zh(option->get_description());
}

std::string ChineseHelp::make_subcommand(const CLI::App* sub) const
{
  std::stringstream out;
  CLI::detail::format_help(out, sub->get_display_name(true), help_text_zh(sub->get_description()),
                           get_column_width());
  return out.str();
}

std::string ChineseHelp::make_description(const CLI::App* app) const
{
  const std::string description = help_text_zh(app->get_description());
  return description.empty() ? std::string() : description + "\n";
}

std::string ChineseHelp::make_footer(const CLI::App* app) const
{
  if (app->get_footer().empty()) {
    return {};
  }
  // The top level's examples and exit codes; a command's own examples (app.cpp sets the top level's footer
  // after the commands, so none inherits it).
  if (app->get_parent() == nullptr) {
    return std::string(k_footer_zh) + "\n";
  }
  for (const Footer& footer : k_footers) {
    if (footer.en == app->get_footer()) {
      return std::string(footer.zh) + "\n";
    }
  }
  return app->get_footer() + "\n";
}

core::Language language_of_command_line(int argc, char** argv, core::Language fallback)
{
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::string_view value;
    if (arg == "--lang" && i + 1 < argc) {
      value = argv[i + 1];
    } else if (arg.starts_with("--lang=")) {
      value = arg.substr(7);
    }
    if (value == "zh") {
      return core::Language::zh;
    }
    if (value == "en") {
      return core::Language::en;
    }
  }
  return fallback;
}

} // namespace nominate::cli
