// The texts of errors that stop a job (exit 2): one sentence per core::ErrorCode in each language, so that
// `--lang zh` prints one Chinese line with the specifics instead of an English line and a generic one.

#include <nominate/core/display_name.hpp>
#include <nominate/messages/errors.hpp>

#include <array>

namespace nominate::messages {
namespace {

// Whether the library's detail (core::Error::message) is worth showing after the sentence: it is for a code
// whose sentence cannot say what exactly is wrong (which key, which value); not for the codes whose sentence
// says it all (a missing path).
enum class Detail { keep, drop };

struct ErrorText {
  core::ErrorCode code;
  std::string_view name;
  std::string_view zh; // {place}: the file (and line), or 输入 when none
  Detail detail;
};

constexpr std::array k_errors{
    ErrorText{core::ErrorCode::not_found, "not_found",
              "找不到“{place}”：请检查路径是否写对、文件夹是否已解压。", Detail::drop},
    ErrorText{core::ErrorCode::not_a_directory, "not_a_directory",
              "“{place}”是一个文件，不是文件夹：请给出存放推介材料的文件夹。", Detail::drop},
    ErrorText{
        core::ErrorCode::io, "io",
        "读写“{place}”失败：请检查文件是否存在、当前用户是否有读写权限、是否被其他程序占用、磁盘是否已满。",
        Detail::keep},
    ErrorText{core::ErrorCode::bad_encoding, "bad_encoding",
              "“{place}”的文字编码无法识别：请用记事本或 WPS 打开，另存为 UTF-8 编码。", Detail::drop},
    ErrorText{
        core::ErrorCode::yaml_syntax, "yaml_syntax",
        "配置或规则文件写得有误：“{place}”不是正确的 YAML 格式，请检查这一行及上一行的冒号后是否有空格、缩进是否"
        "用空格（不用 Tab）、括号和引号是否成对。",
        Detail::keep},
    ErrorText{
        core::ErrorCode::invalid_rules, "invalid_rules",
        "配置或规则文件写得有误：规则文件“{place}”中这一处不符合要求，请按详情修改（nominate rules show "
        "可查看内置规则集的写法）。",
        Detail::keep},
    ErrorText{core::ErrorCode::invalid_config, "invalid_config",
              "配置或规则文件写得有误：配置文件“{place}”中这一处不符合要求，请按详情修改。", Detail::keep},
    ErrorText{core::ErrorCode::unknown_rules, "unknown_rules", "没有这个规则集（{place}）。", Detail::keep},
    ErrorText{
        core::ErrorCode::no_rules, "no_rules",
        "无法判断“{place}”按哪个通知检查：推介表标题中没有“百姓学习之星推介表”或“终身学习品牌项目推介表”，也"
        "没有指定规则集。请在该文件夹的 nomination.yaml 里写 rules: national/star，或在上级文件夹的 "
        "nominate.yaml 里写 rules: national。",
        Detail::drop},
    ErrorText{core::ErrorCode::unknown_rule_id, "unknown_rule_id", "没有这个规则编号（{place}）。",
              Detail::keep},
    ErrorText{core::ErrorCode::unreadable, "unreadable", "无法读取“{place}”：文件可能已损坏。", Detail::keep},
    ErrorText{core::ErrorCode::not_a_table, "not_a_table",
              "“{place}”里没有登记表（找不到含“姓名”或“品牌项目名称”的表头行）。", Detail::keep},
    ErrorText{core::ErrorCode::encrypted, "encrypted", "“{place}”设置了密码，无法读取：请去掉密码后再试。",
              Detail::drop},
    ErrorText{core::ErrorCode::unsupported, "unsupported", "“{place}”的格式无法处理。", Detail::keep},
    ErrorText{core::ErrorCode::limit_exceeded, "limit_exceeded",
              "“{place}”超出了安全上限（文件过大或解压后过大），为保护电脑未予处理。", Detail::keep},
    ErrorText{core::ErrorCode::conversion_failed, "conversion_failed", "转换“{place}”失败。", Detail::keep},
    ErrorText{core::ErrorCode::invalid_argument, "invalid_argument", "命令参数有误（{place}）。",
              Detail::keep},
    ErrorText{core::ErrorCode::missing_library, "missing_library",
              "本机缺少 nominate 需要的程序库，无法处理（{place}）：请信息技术人员按详情中的说明安装后再试。",
              Detail::keep},
    ErrorText{core::ErrorCode::already_exists, "already_exists",
              "“{place}”已经存在，没有覆盖（其中可能有手工填写的内容）：请换一个名称，或先把它移走。",
              Detail::drop},
};

// The sentence for an error's reason (core::Error::reason), in place of its code's: what exactly to do.
struct ReasonText {
  std::string_view reason;
  std::string_view zh; // {place} as in ErrorText
};

constexpr std::array k_reasons{
    ReasonText{"output-inside-input",
               "输出位置“{place}”在要处理的文件夹里面：请用 -o 换一个在它外面的位置（例如上一级文件夹）。"},
    ReasonText{
        "several-districts",
        "“{place}”里有几个区的文件夹{subject}，各有自己的 nominate.yaml 或登记表，合在一起会被当成一个区来检查："
        "请把每个区的文件夹分别交给 nominate（一次可以写几个：nominate check 区文件夹1 区文件夹2）；"
        "收到的压缩包里有几个区时，先解压，再这样分别检查。如果它本身是一个区、里面是各街道自带登记表的文件夹，"
        "加 --level district。"},
    ReasonText{"copy-exists", "修正副本“{place}”已经存在，没有覆盖：要重新生成，加 --force（只替换 nominate "
                              "写的、之后没人改过的文件）；或用 -o 换一个文件夹。"},
    ReasonText{
        "copy-name-too-long",
        "副本“{place}”的名字太长，超过了系统允许的 255 字节（一个汉字占 3 字节）：请把原文件夹的名字改短，"
        "或用 -o 给副本另起一个短名字。"},
    ReasonText{
        "form-title-unknown",
        "推介表“{place}”的标题{subject}没有说明它属于哪个通知（标题应含“百姓学习之星推介表”或“终身学习品牌项目推介表”，"
        "写作推荐表、申报表、申报书也可以）：请在这个文件夹里建 nomination.yaml，写一行 kind: star（品牌项目写 "
        "kind: brand），或写 rules: national/star；也可以把标题改回通知附件中的原样。"},
    ReasonText{
        "kind-several",
        "推介表“{place}”的标题没有说明它属于哪个通知，nomination.yaml 里的 kind 又对应不止一个规则集（如全国的"
        "“百姓学习之星”和北京的“首都市民学习之星”）：请在 nomination.yaml 里写明 rules: national/star（北京的写 "
        "rules: beijing/capital-star-2018）。"},
    ReasonText{
        "name-clash",
        "“{place}”和同一文件夹里另一个文件的名字只差大小写或字符写法（如 .pdf 和 .PDF），打包后在 Windows "
        "上会变成同一个文件：请把其中一个改名，再打包。"},
    ReasonText{
        "name-not-utf8",
        "“{place}”的名字不是 UTF-8 编码（多为用旧版解压软件解开的微信、QQ 压缩包，中文名变成了乱码）：请把这个"
        "文件或文件夹改成正确的中文名，或用 WPS、7-Zip、Bandizip 重新解压原来的压缩包，再打包。"},
    ReasonText{"target-not-file",
               "“{place}”不是一个普通文件（是设备、管道、链接或文件夹），nominate 不会用文件替换它：请用 -o "
               "给出一个普通文件的名字（如 登记表.xlsx）或一个文件夹。"},
    ReasonText{"copy-not-ours",
               "“{place}”已经存在，但不是 nominate fix 写的副本（里面没有 .nominate-fix），--force "
               "也不会覆盖它：请用 -o 换一个文件夹，或先把它移走。"},
    ReasonText{"table-exists",
               "“{place}”已经存在，没有覆盖（其中可能有手工填写的内容）：请换一个文件名，或先把它"
               "移走；要替换 nominate table 以前生成的表，加 --force。"},
    ReasonText{"path-split",
               "路径“{place}”中有空格，命令行把它拆成了几个路径：请给这个路径加上英文引号，写成 "
               "\"{place}\"；或把文件夹名中的空格去掉。"},
    ReasonText{"size-value",
               "--max-size 的值“{place}”不是一个大小：请写成 50M（50 MB）或 2G，单位 K、M、G 按 1024 "
               "计；不带单位的数字按字节计，至少 1024。"},
    ReasonText{"source-date-epoch",
               "环境变量 SOURCE_DATE_EPOCH 的值“{place}”不是从 1970-01-01 起的秒数（`date +%s` 打印的那种）："
               "请改正，或取消这个变量（unset SOURCE_DATE_EPOCH），材料包就按检查的判断日期标日期。"},
    ReasonText{
        "upload-exists",
        "“{place}”已经存在，没有覆盖（其中的填报内容.txt 可能已经手工改过）：要按现在的材料重新生成，加 "
        "--force（整个文件夹换成新的，手工改动会丢失）；或用 -o 换一个文件夹。"},
    ReasonText{"upload-not-ours",
               "“{place}”已经存在，但不是 nominate upload 生成的文件夹（里面没有 .nominate-upload），--force "
               "也不会覆盖它：请用 -o 换一个文件夹，或先把它移走。"},
    ReasonText{"empty-file", "“{place}”是空文件（0 字节），没有可数的文字：请重新拷贝或重新导出这个文件。"},
    ReasonText{
        "content-not-named",
        "“{place}”的扩展名是 Word 文档，内容却不是（可能是 PDF、图片，或只改了扩展名的文本），所以不按它计数："
        "请用制作它的软件打开，另存为 Word 文档（.docx）后再数；若是 PDF，把扩展名改回 .pdf 再数。"},
    ReasonText{"count-field-missing",
               "在“{place}”里没有读到{subject}这一栏：请确认它是填好的推介表（栏目名与通知附件一致；网页、"
               "图片或扫描件要先在 WPS 或 Word 里另存为 .docx），或在 --field 后写推介表上印着的栏目名。"},
    ReasonText{"count-field-elsewhere",
               "“{place}”里没有{subject}这一栏；这份推介表里能统计的长文本栏目是：{also}。请把 --field "
               "后面换成其中一个（写编号或栏目名都可以）。"},
    ReasonText{
        "count-field-unknown",
        "没有哪个规则集有{subject}这一栏：--field 后写栏目的编号（如 name、deeds、promo）或推介表上印着的"
        "栏目名（如 主要事迹和成效）。"},
    ReasonText{
        "name-placeholder",
        "材料包名称{subject}里的{also}nominate 不认识：名称中只能用 {district}（区名）、{kind_zh}（推介类别）、"
        "{date}（日期）、{title}（姓名或项目名称）和 {seq:02}（推介序号）；请改正 --name 或 nominate.yaml "
        "里的 package_name。"},
    ReasonText{"name-brace",
               "材料包名称{subject}里有“{”没有配对的“}”：请改正 --name 或 nominate.yaml 里的 package_name。"},
    ReasonText{
        "config-unknown-key",
        "配置文件“{place}”里的键{subject}nominate 不认识：请检查拼写，或删去这一行（nomination.yaml 和 "
        "nominate.yaml 能写哪些键，见用户手册“配置文件”一节）。"},
    ReasonText{"config-unknown-key-near",
               "配置文件“{place}”里的键{subject}nominate 不认识，是不是想写{also}？请改正拼写后再检查。"},
    ReasonText{
        "config-not-single",
        "配置文件“{place}”里{subject}后面只能写一个值（写在冒号后的同一行），不能是列表或下一级的键。"},
    ReasonText{"config-not-boolean",
               "配置文件“{place}”里{subject}只能写 true 或 false（也可写 是 或 否），现在写的是{also}。"},
    ReasonText{"config-date", "配置文件“{place}”里的日期{subject}看不懂：请写成 2024-05-01 这样的格式。"},
    ReasonText{"config-kind",
               "配置文件“{place}”里 kind 只能写 star（百姓学习之星）或 brand（终身学习品牌项目），现在写的是"
               "{subject}。"},
    ReasonText{
        "waiver-rule-unknown",
        "配置文件“{place}”里豁免（waivers）的规则编号{subject}不存在，这条豁免什么也豁免不了：请改成报告里"
        "显示的规则编号（nominate explain --list 列出全部）。"},
    ReasonText{
        "waiver-rule-near",
        "配置文件“{place}”里豁免（waivers）的规则编号{subject}不存在，是不是想写{also}？请改正后再检查。"},
    ReasonText{
        "extract-exists",
        "“{place}”和它旁边的“(2)”到“(100)”都已经存在，verify 不会覆盖它们：请给 --extract 换一个文件夹（例如 收件2），或先整理这些文件夹。"},
};

const ReasonText* reason_of(const core::Error& error)
{
  for (const ReasonText& text : k_reasons) {
    if (!error.reason.empty() && text.reason == error.reason) {
      return &text;
    }
  }
  return nullptr;
}

const ErrorText& text_of(core::ErrorCode code)
{
  for (const ErrorText& text : k_errors) {
    if (text.code == code) {
      return text;
    }
  }
  return k_errors.back();
}

std::string replace_place(std::string_view text, std::string_view place)
{
  std::string out(text);
  for (auto at = out.find("{place}"); at != std::string::npos; at = out.find("{place}", at + place.size())) {
    out.replace(at, 7, place);
  }
  return out;
}

// "规则.yaml:3:5（第3行第5列）": the file, and the place inside it both as editors and terminals take it and
// in words.
std::string place_zh(const core::Error& error)
{
  std::string out = core::escape_name_for_text(error.file.generic_string());
  if (error.position.line > 0) {
    const std::string line = std::to_string(error.position.line);
    if (error.position.column > 0) {
      const std::string column = std::to_string(error.position.column);
      out += ":" + line + ":" + column + "（第" + line + "行第" + column + "列）";
    } else {
      out += ":" + line + "（第" + line + "行）";
    }
  }
  return out;
}

bool is_compressed_package(const core::Error& error)
{
  return error.code == core::ErrorCode::not_a_directory &&
         error.message.find("compressed package") != std::string::npos;
}

} // namespace

std::string_view error_code_name(core::ErrorCode code)
{
  return text_of(code).name;
}

std::string render_error(const core::Error& error, core::Language language)
{
  if (language != core::Language::zh) {
    return core::describe(error);
  }
  if (is_compressed_package(error)) {
    return "“" + error.file.generic_string() +
           "”是一个压缩包，不是文件夹：请先解压（右键 → 解压到当前文件夹），再检查解压出的文件夹；由 nominate "
           "pack 生成的报送包可用 nominate verify 检查。";
  }
  const ErrorText& text = text_of(error.code);
  const std::string place = place_zh(error);
  if (const ReasonText* reason = reason_of(error)) {
    std::string out = replace_place(reason->zh, place);
    if (const auto at = out.find("{subject}"); at != std::string::npos) {
      out.replace(at, std::string_view("{subject}").size(),
                  error.subject.empty() ? std::string("（没有读到标题）") : "“" + error.subject + "”");
    }
    if (const auto at = out.find("{also}"); at != std::string::npos) {
      out.replace(at, std::string_view("{also}").size(), "“" + error.also + "”");
    }
    return out;
  }
  std::string out = place.empty() && text.zh.find("“{place}”") != std::string_view::npos
                        ? replace_place(text.zh, "")
                        : replace_place(text.zh, place);
  // A sentence written for a file reads oddly without one: "“”…" becomes the bare sentence.
  if (const auto empty = out.find("“”"); empty != std::string::npos) {
    out.erase(empty, std::string_view("“”").size());
  }
  if (const auto empty = out.find("（）"); empty != std::string::npos) {
    out.erase(empty, std::string_view("（）").size());
  }
  if (error.code == core::ErrorCode::no_rules && !error.subject.empty()) {
    // The Word documents seen and not taken for the form, each with its title: the clerk sees which file.
    out += "未被认作推介表的 Word 文档：" + error.subject + "。";
  }
  if (text.detail == Detail::keep && !error.message.empty()) {
    out += "详情：" + error.message;
  }
  return out;
}

} // namespace nominate::messages
