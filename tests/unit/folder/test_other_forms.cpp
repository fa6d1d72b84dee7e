// Forms as other cities lay them out (issue 15): a 推荐表 in 长沙's words, labels the templates do not
// use, a contact cell left empty or holding a bare mobile number, a form nothing recognises, a .doc
// without LibreOffice, a work summary as PDF.
#include "../office/office_tools.hpp"
#include "../office/ooxml_builder.hpp"
#include "submission_helpers.hpp"

#include <nominate/folder/load.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/rules/library.hpp>
#include <nominate/text/formats.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <temp_dir.hpp>
#include <thread>
#include <vector>

using namespace nominate::folder;
using nominate::core::Severity;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::files_with;
using nominate::test::finding;
using nominate::test::load;
using nominate::test::material;
using nominate::test::TempDir;
namespace wml = nominate::test::wml;
using wml::tc;

namespace {

// A star form as 长沙 prints it: titled 推荐表, 出生日期 / 文化程度 / 工作单位及职务 / 主要事迹, and a
// contact cell of `label：` lines.
std::string changsha_form(const std::string& contact, const std::string& title = "“百姓学习之星”推荐表")
{
  std::string rows;
  rows += wml::tr(tc("姓  名") + tc("张三") + tc("性  别") + tc("男") + tc("出生日期") + tc("1965年3月"));
  rows +=
      wml::tr(tc("民  族") + tc("汉族") + tc("籍  贯") + tc("湖南长沙") + tc("政治面貌") + tc("中共党员"));
  rows += wml::tr(tc("文化程度") + tc("大学本科") + tc("工作单位及职务") + tc("长沙市某社区 居民", {3, ""}));
  rows += wml::tr(tc("联系方式") + tc(contact, {5, ""}));
  rows += wml::tr(tc("主要事迹") + tc("他二十年如一日坚持学习，带动邻里读书。", {5, ""}));
  rows += wml::tr(tc("兴趣爱好") + tc("读书、书法", {5, ""}));
  return nominate::test::docx_package(wml::p("附件1") + wml::p(title) + wml::tbl(6, rows));
}

std::string text_of(const Submission& submission, const std::string& id)
{
  const auto* field = submission.field(id);
  return field == nullptr ? std::string("<absent>") : field->text;
}

} // namespace

TEST_CASE("a 推荐表 is the form, names its rule set by its title, and its labels are read by meaning",
          "[folder]")
{
  const TempDir dir;
  dir.write("推荐表.docx", changsha_form("电话：\n手机：\n邮箱："));
  const auto loaded = load(dir.path()); // no --rules: the title 百姓学习之星推荐表 names national/star
  CHECK(loaded.rule_set.id == "national/star");
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推荐表.docx"});
  const auto& submission = loaded.submission;
  CHECK(text_of(submission, "birth") == "1965年3月");
  CHECK(text_of(submission, "education") == "大学本科");
  CHECK(text_of(submission, "unit_position") == "长沙市某社区 居民");
  CHECK(text_of(submission, "deeds") == "他二十年如一日坚持学习，带动邻里读书。");
  // The contact cell's labels are empty, each on its own: 电话 is not "手机：邮箱：".
  CHECK(text_of(submission, "phone").empty());
  CHECK(text_of(submission, "mobile").empty());
  // 参加学习情况 is not on this form at all: absent, not empty; the labels nothing knows are kept.
  CHECK(submission.field("learning") == nullptr);
  CHECK(submission.unknown_form_labels == std::vector<std::string>{"兴趣爱好"});
}

TEST_CASE("the national templates' own labels are all known: none is left over", "[folder]")
{
  CHECK(load(example("star-compliant"), "national/star").submission.unknown_form_labels.empty());
  CHECK(load(example("brand-compliant"), "national/brand").submission.unknown_form_labels.empty());
}

TEST_CASE("an unlabelled mobile-shaped number in the contact cell is the mobile", "[folder]")
{
  const TempDir dir;
  SECTION("a bare number beside 联系方式")
  {
    dir.write("推荐表.docx", changsha_form("13912345678"));
    CHECK(text_of(load(dir.path()).submission, "mobile") == "13912345678");
  }
  SECTION("a number on its own line under 电话")
  {
    dir.write("推荐表.docx", changsha_form("电话：0731-82345678\n13912345678\n邮箱：zs@example.cn"));
    const auto loaded = load(dir.path());
    CHECK(text_of(loaded.submission, "mobile") == "13912345678");
    CHECK(text_of(loaded.submission, "email") == "zs@example.cn");
  }
  SECTION("a labelled mobile is kept as written")
  {
    dir.write("推荐表.docx", changsha_form("电话：0731-82345678\n手机：13800001111"));
    CHECK(text_of(load(dir.path()).submission, "mobile") == "13800001111");
  }
}

TEST_CASE("a Word document not recognised as the form is named, with its title", "[folder]")
{
  const TempDir dir;
  dir.write("张三.docx", changsha_form("", "个人情况表"));
  const auto loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::form).empty());
  const auto unrecognised = finding(loaded.submission, "material.missing");
  REQUIRE(unrecognised);
  CHECK(unrecognised->message_id == "material.missing.form-unrecognised");
  CHECK(unrecognised->file == "张三.docx");
  CHECK(unrecognised->args.at("title") == "个人情况表");

  SECTION("a legacy document's title is not claimed to be read")
  {
    copy_into(example("legacy-doc/推介表.doc"), dir.path() / "李四.doc");
    std::filesystem::remove(dir.path() / "张三.docx");
    const auto legacy = load(dir.path(), "national/star");
    const auto note = finding(legacy.submission, "material.missing");
    REQUIRE(note);
    CHECK(note->message_id == "material.missing.form-unrecognised-legacy");
    CHECK(note->file == "李四.doc");
  }
  SECTION("without --rules, the refusal names the document too")
  {
    auto options = nominate::test::shipped_rules();
    auto refused = load_submission(dir.path(), "x", options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("张三.docx（标题：“个人情况表”）") != std::string::npos);
    CHECK(refused.error().subject == "张三.docx（标题：“个人情况表”）");
  }
}

TEST_CASE("a word for the nominee before 推荐表 does not hide the notice: 百姓学习之星候选人推荐表",
          "[folder]")
{
  for (const char* title :
       {"XX区百姓学习之星候选人推荐表", "“百姓学习之星”推荐对象推荐表", "百姓学习之星人选申报表",
        "【百姓学习之星】候选人推荐书", "XX市“百姓学习之星”申报书"}) {
    INFO(title);
    const TempDir dir;
    dir.write("推荐表.docx", changsha_form("手机：13912345678", title));
    CHECK(load(dir.path()).rule_set.id == "national/star");
  }
}

TEST_CASE("a form whose title names no notice is an error that names it, also where a district could lend "
          "its rules",
          "[folder]")
{
  const TempDir dir;
  dir.write("推介表.docx", changsha_form("手机：13912345678", "学习型个人推荐表"));
  auto options = nominate::test::shipped_rules();
  options.rules = "national";
  SECTION("alone")
  {
    auto refused = load_submission(dir.path(), "x", options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason == "form-title-unknown");
    CHECK(refused.error().file.filename() == "推介表.docx");
    CHECK(refused.error().message.find("\"学习型个人推荐表\"") != std::string::npos);
    CHECK(refused.error().subject == "学习型个人推荐表"); // quoted in Chinese too
  }
  SECTION("a title read from the document is quoted escaped and cut, never whole")
  {
    std::string title = "\u202e";
    for (int i = 0; i < 300; ++i) {
      title += "恶意标题";
    }
    dir.write("推介表.docx", changsha_form("手机：13912345678", title));
    auto refused = load_submission(dir.path(), "x", options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().subject.starts_with("<U+202E>恶意标题"));
    CHECK(refused.error().subject.ends_with("…"));
    CHECK(refused.error().subject.size() < 200);
    CHECK(refused.error().message.find("\u202e") == std::string::npos);
    CHECK(refused.error().message.size() < 600);
  }
  SECTION("in a district whose other submissions are projects: not judged as one, and no pass")
  {
    auto brand = nominate::rules::RuleLibrary(options.rule_dirs).rules("national/brand");
    REQUIRE(brand);
    options.fallback_rules = std::make_shared<const nominate::rules::RuleSet>(brand->front());
    auto refused = load_submission(dir.path(), "x", options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason == "form-title-unknown");
  }
}

TEST_CASE("a .doc form without LibreOffice and without --rules is still checked: its legacy format is the "
          "finding",
          "[folder]")
{
  const TempDir dir;
  SECTION("the file name names the notice")
  {
    copy_into(example("legacy-doc/推介表.doc"), dir.path() / "百姓学习之星推介表.doc");
    const auto loaded = load(dir.path());
    CHECK(loaded.rule_set.id == "national/star");
    const auto legacy = finding(loaded.submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->severity == Severity::error);
  }
  SECTION("nothing names the notice")
  {
    copy_into(example("legacy-doc/推介表.doc"), dir.path() / "推介表.doc");
    const auto loaded = load(dir.path());
    CHECK(loaded.rule_set.id == "unknown");
    const auto legacy = finding(loaded.submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->severity == Severity::error);
    CHECK(legacy->message_id == "material.legacy-format.unconverted");
  }
}

TEST_CASE("a work summary as PDF is the summary: its text is read, a scan's length is a finding", "[folder]")
{
  const TempDir dir;
  copy_into(example("brand-compliant/推介表.docx"), dir.path() / "推介表.docx");
  SECTION("a scanned PDF (a page image, no text layer)")
  {
    copy_into(nominate::test::scanned_pdf(), dir.path() / "工作总结.pdf");
    const auto loaded = load(dir.path(), "national/brand");
    const auto* summary = material(loaded.submission, "工作总结.pdf");
    REQUIRE(summary);
    CHECK(summary->role == Role::summary);
    CHECK_FALSE(summary->text.has_value());
    const auto unchecked = finding(loaded.submission, "text.length");
    REQUIRE(unchecked);
    CHECK(unchecked->message_id == "text.length.no-text-layer");
    CHECK(unchecked->severity == Severity::warning);
  }
  SECTION("a PDF with a damaged body is unreadable, never a crash")
  {
    dir.write("工作总结.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
    const auto loaded = load(dir.path(), "national/brand");
    const auto* summary = material(loaded.submission, "工作总结.pdf");
    REQUIRE(summary);
    CHECK(summary->role == Role::summary);
    REQUIRE(finding(loaded.submission, "material.unreadable"));
  }
}

TEST_CASE("legacy forms read on several threads are converted side by side, each read as its own",
          "[folder][soffice]")
{
  const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  REQUIRE(soffice);
  const TempDir dir;
  const TempDir work;
  auto options = nominate::test::shipped_rules();
  options.soffice = *soffice;
  options.work_dir = work.path(); // one work folder for all, as the CLI gives
  options.rules = "national/star";
  constexpr int k_forms = 3;
  for (int i = 0; i < k_forms; ++i) {
    copy_into(example("legacy-doc/推介表.doc"), dir.path() / std::to_string(i) / "推介表.doc");
  }
  std::vector<std::optional<LoadedSubmission>> loaded(k_forms);
  {
    std::vector<std::jthread> threads;
    threads.reserve(k_forms);
    for (int i = 0; i < k_forms; ++i) {
      threads.emplace_back([&, i] {
        auto one = load_submission(dir.path() / std::to_string(i), std::to_string(i), options);
        if (one) {
          loaded[i] = std::move(*one);
        }
      });
    }
  }
  for (const auto& one : loaded) {
    REQUIRE(one);
    const auto* name = one->submission.field("name");
    REQUIRE(name);
    CHECK(name->text == "王秀兰");
    const auto legacy = finding(one->submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->message_id == "material.legacy-format.converted");
  }
}

TEST_CASE("an OpenDocument form (.odt, as LibreOffice and WPS save it) is converted and read as a .doc is",
          "[folder][soffice]")
{
  const TempDir dir;
  copy_into(
      nominate::test::converted_document(example("star-compliant/推介表.docx"), "推介表.odt", "odt:writer8"),
      dir.path() / "推介表.odt");
  SECTION("with LibreOffice: read, a warning that it was converted")
  {
    const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
    REQUIRE(soffice);
    const TempDir work;
    auto options = nominate::test::shipped_rules();
    options.soffice = *soffice;
    options.work_dir = work.path();
    const auto loaded = load_submission(dir.path(), "star", options);
    REQUIRE(loaded);
    CHECK(loaded->rule_set.kind == "star"); // the title was read: the rule set is the form's
    const auto* name = loaded->submission.field("name");
    REQUIRE(name);
    CHECK(name->text == "王秀兰");
    const auto legacy = finding(loaded->submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->message_id == "material.legacy-format.converted");
    CHECK(legacy->args.at("format") == "odt");
  }
  SECTION("without: named as the form, and how to convert it")
  {
    auto options = nominate::test::shipped_rules();
    options.rules = "national/star";
    const auto loaded = load_submission(dir.path(), "star", options);
    REQUIRE(loaded);
    const auto legacy = finding(loaded->submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->message_id == "material.legacy-format.unconverted");
    CHECK(legacy->file == "推介表.odt");
  }
}

TEST_CASE("a cover table of the recommending unit's contact above the form does not lend the nominee its "
          "手机; required marks and tick boxes are read",
          "[folder]")
{
  const TempDir dir;
  const std::string cover =
      wml::tbl(4, wml::tr(tc("推荐单位") + tc("某区教育局") + tc("联系人") + tc("李老师")) +
                      wml::tr(tc("手机") + tc("13800001111", {3, ""})));
  std::string rows;
  rows += wml::tr(tc("*姓名") + tc("张三") + tc("性别") + tc("□男 ☑女") + tc("出生年月") + tc("1965年3月生"));
  rows += wml::tr(tc("民族") + tc("汉族") + tc("政治面貌") + tc("群众") + tc("学历/学位") + tc("大学本科"));
  rows += wml::tr(tc("联系方式") + tc("电话：无\n手机号：13912345678\n邮箱：／", {5, ""}));
  const auto form = wml::tbl(6, rows);
  dir.write("推荐表.docx",
            nominate::test::docx_package(wml::p("“百姓学习之星”推荐表") + cover + wml::p("") + form));
  const auto loaded = load(dir.path());
  const auto& submission = loaded.submission;
  CHECK(text_of(submission, "name") == "张三");
  CHECK(text_of(submission, "mobile") == "13912345678"); // the form's, not the cover table's
  CHECK(text_of(submission, "education") == "大学本科");
  CHECK(text_of(submission, "gender") == "□男 ☑女");
  CHECK(nominate::text::canonical_gender(text_of(submission, "gender")) == "女");
}

namespace {

// `count` sentences of 20 Han characters each: prose long enough to be a 主要事迹.
std::string deeds_text(int count,
                       std::string_view sentence = "她二十年如一日坚持学习并带动邻里读书交流心得。")
{
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += sentence;
  }
  return text;
}

std::string star_form_with(const std::string& deeds_rows, const std::string& after_table = {})
{
  std::string rows;
  rows += wml::tr(tc("姓名") + tc("王秀兰") + tc("性别") + tc("女"));
  rows += deeds_rows;
  return nominate::test::docx_package(
      wml::p("“百姓学习之星”推介表") + wml::tbl(4, rows) +
      wml::p("填表人：刘静    联系电话：010-62345678    填表日期：2024年5月1日") + after_table);
}

} // namespace

TEST_CASE("a 主要事迹 typed on past its row, over a page break or on an appendix page is read whole",
          "[folder]")
{
  const TempDir dir;
  const std::string first = deeds_text(40);
  const std::string second = deeds_text(40, "读书会从十几个人发展到两百多人影响了整个社区。");
  SECTION("the label cell merged down over the rows of text")
  {
    dir.write("推介表.docx", star_form_with(wml::tr(tc("主要事迹", {1, "restart"}) + tc(first, {3, ""})) +
                                            wml::tr(tc("", {1, "continue"}) + tc(second, {3, ""}))));
    CHECK(text_of(load(dir.path()).submission, "deeds") == first + "\n" + second);
  }
  SECTION("the table split in two at a page break")
  {
    const std::string rows = wml::tr(tc("姓名") + tc("王秀兰") + tc("性别") + tc("女")) +
                             wml::tr(tc("主要事迹") + tc(first, {3, ""}));
    const std::string rest =
        wml::tr(tc("") + tc(second, {3, ""})) + wml::tr(tc("获奖情况") + tc("无", {3, ""}));
    dir.write("推介表.docx", nominate::test::docx_package(wml::p("“百姓学习之星”推介表") + wml::tbl(4, rows) +
                                                          wml::p_xml("<w:r><w:br w:type=\"page\"/></w:r>") +
                                                          wml::tbl(4, rest)));
    const auto loaded = load(dir.path());
    CHECK(text_of(loaded.submission, "deeds") == first + "\n" + second);
    CHECK(text_of(loaded.submission, "awards") == "无");
  }
  SECTION("the cell says 见附页 and the text follows the table under 附页")
  {
    dir.write("推介表.docx",
              star_form_with(wml::tr(tc("主要事迹和成效") + tc("（见附页）", {3, ""})),
                             wml::p_xml("<w:r><w:br w:type=\"page\"/></w:r>") +
                                 wml::p("附页：主要事迹和成效") + wml::p(first) + wml::p(second)));
    const auto loaded = load(dir.path());
    const auto* deeds = loaded.submission.field("deeds");
    REQUIRE(deeds);
    CHECK(deeds->text == first + "\n" + second);
    CHECK(deeds->from_appendix);
    REQUIRE(deeds->location);
    CHECK(deeds->location->line == 5); // the title, the 填表人 line, the page break, the heading, then it
    CHECK(text_of(loaded.submission, "filler_phone") == "010-62345678"); // not the date after it
  }
  SECTION("the cell refers to an attachment the form does not hold: the reference is kept")
  {
    dir.write("推介表.docx", star_form_with(wml::tr(tc("主要事迹和成效") + tc("（详见附件）", {3, ""}))));
    const auto loaded = load(dir.path());
    CHECK(text_of(loaded.submission, "deeds") == "（详见附件）");
    CHECK_FALSE(loaded.submission.field("deeds")->from_appendix);
  }
}

TEST_CASE("a form with a row of labels above a row of values is read column by column", "[folder]")
{
  const TempDir dir;
  std::string rows;
  rows += wml::tr(tc("姓名") + tc("性别") + tc("出生年月") + tc("民族") + tc("籍贯") + tc("政治面貌"));
  rows +=
      wml::tr(tc("王秀兰") + tc("□男 ☑女") + tc("1957年4月") + tc("汉族") + tc("河北保定") + tc("中共党员"));
  rows += wml::tr(tc("主要事迹") + tc("她坚持学习。", {5, ""}));
  dir.write("推介表.docx", nominate::test::docx_package(wml::p("“百姓学习之星”推介表") + wml::tbl(6, rows)));
  const auto& submission = load(dir.path()).submission;
  CHECK(text_of(submission, "name") == "王秀兰");
  CHECK(nominate::text::canonical_gender(text_of(submission, "gender")) == "女");
  CHECK(text_of(submission, "birth") == "1957年4月");
  CHECK(text_of(submission, "political_status") == "中共党员");
  CHECK(text_of(submission, "deeds") == "她坚持学习。");
}

TEST_CASE(
    "联系电话 in the nominee's table is the nominee's phone; under the table after 填表人, the filler's",
    "[folder]")
{
  // A star form whose nominee table has a 联系电话 row of its own (no 手机 row), and the template's line
  // `填表人：…　联系电话：…` under the table, or the same over two lines, or as a row of the table.
  auto form = [](const std::string& filler_row, const std::vector<std::string>& lines) {
    std::string rows;
    rows += wml::tr(tc("姓  名") + tc("张三") + tc("性  别") + tc("男") + tc("出生年月") + tc("1965年3月"));
    rows +=
        wml::tr(tc("民  族") + tc("汉族") + tc("籍  贯") + tc("湖南长沙") + tc("政治面貌") + tc("中共党员"));
    rows += wml::tr(tc("学  历") + tc("大学本科") + tc("所在单位及职务") + tc("长沙市某社区 居民", {3, ""}));
    rows += wml::tr(tc("联系电话") + tc("13912345678", {5, ""}));
    rows += wml::tr(tc("主要事迹和成效") + tc("他二十年如一日坚持学习，带动邻里读书。", {5, ""}));
    rows += filler_row;
    std::string under;
    for (const auto& line : lines) {
      under += wml::p(line);
    }
    return nominate::test::docx_package(wml::p("附件1") + wml::p("“百姓学习之星”推介表") + wml::tbl(6, rows) +
                                        under);
  };
  const TempDir dir;
  SECTION("填表人 and 联系电话 on one line under the table")
  {
    dir.write("推介表.docx", form("", {"填表人：王五　　　　联系电话：010-62345678"}));
  }
  SECTION("on two lines under the table")
  {
    dir.write("推介表.docx", form("", {"填表人：王五", "联系电话：010-62345678"}));
  }
  SECTION("as the last row of the nominee's table")
  {
    dir.write(
        "推介表.docx",
        form(wml::tr(tc("填表人") + tc("王五", {2, ""}) + tc("联系电话") + tc("010-62345678", {2, ""})), {}));
  }
  const auto loaded = load(dir.path(), "national/star");
  CHECK(text_of(loaded.submission, "mobile") == "13912345678");
  CHECK(text_of(loaded.submission, "filler") == "王五");
  CHECK(text_of(loaded.submission, "filler_phone") == "010-62345678");
  // What the user sees: 手机 not said to be missing from the form.
  auto findings = nominate::check::check_submission(loaded.submission, loaded.rule_set, {});
  for (const auto& finding : findings) {
    INFO(finding.rule << " " << finding.message_id);
    CHECK_FALSE((finding.rule == "field.required" && finding.field == std::optional<std::string>("mobile")));
  }
}

TEST_CASE("a form exported to PDF, with no Word form beside it, is named: the form is wanted as .docx",
          "[folder][soffice]")
{
  const TempDir dir;
  copy_into(nominate::test::converted_document(example("star-compliant/推介表.docx"), "推介表.pdf",
                                               "pdf:writer_pdf_Export"),
            dir.path() / "推介表.pdf");
  copy_into(example("star-compliant/证件照.jpg"), dir.path() / "证件照.jpg");
  const auto loaded = load(dir.path(), "national/star");
  const auto pdf = finding(loaded.submission, "material.missing");
  REQUIRE(pdf);
  CHECK(pdf->message_id == "material.missing.form-pdf");
  CHECK(pdf->file == "推介表.pdf");
  CHECK(pdf->severity == Severity::warning);

  SECTION("beside the Word form, the PDF is a copy of it: nothing said")
  {
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
    const auto both = load(dir.path(), "national/star");
    CHECK_FALSE(finding(both.submission, "material.missing"));
  }
  SECTION("a scan of the signed and stamped form is no form in PDF")
  {
    std::filesystem::rename(dir.path() / "推介表.pdf", dir.path() / "推介表盖章扫描件.pdf");
    CHECK_FALSE(finding(load(dir.path(), "national/star").submission, "material.missing"));
  }
}
