// Deeds given in a separate document: the form's cell says 见附件 and 事迹材料.docx sits in the folder.
#include "../office/form_fixtures.hpp"
#include "../office/office_tools.hpp"
#include "../office/ooxml_builder.hpp"
#include "submission_helpers.hpp"

#include <nominate/check/check.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::test::load;
using nominate::test::material;
using nominate::test::TempDir;
namespace wml = nominate::test::wml;

namespace {

// A filled star form whose deeds cell only says `reference` under the template's hint.
void write_form(const TempDir& dir, const std::string& reference)
{
  auto values = nominate::test::filled_star(1600);
  values["主要事迹和成效"] = "（不少于1500字）\n" + reference;
  dir.write("推介表.docx", nominate::test::star_form_docx(values));
}

// A Word document of a title and `chars` Han characters of deeds.
std::string deeds_docx(std::size_t chars)
{
  return nominate::test::docx_package(wml::p("王秀兰同志主要事迹") +
                                      wml::paragraphs(nominate::test::han_text(chars)));
}

std::vector<nominate::core::Finding> length_findings(const LoadedSubmission& loaded)
{
  std::vector<nominate::core::Finding> out;
  for (auto& found : nominate::check::check_submission(loaded.submission, loaded.rule_set, {})) {
    if (found.rule == "text.length" && found.field == "deeds") {
      out.push_back(std::move(found));
    }
  }
  return out;
}

} // namespace

TEST_CASE("a deeds cell that says 见附件 takes the text of the attached document named for it", "[folder]")
{
  const TempDir dir;
  write_form(dir, "详见附件");
  SECTION("事迹材料.docx: its text is the field's, counted once, and the findings name it")
  {
    dir.write("事迹材料.docx", deeds_docx(1600));
    dir.write("个人简介.docx", deeds_docx(10)); // names nothing the cell refers to: not taken
    const auto loaded = load(dir.path());
    const auto* deeds = loaded.submission.field("deeds");
    REQUIRE(deeds);
    CHECK(deeds->source == "attachment");
    CHECK(deeds->file == "事迹材料.docx");
    CHECK(deeds->attachment == "事迹材料.docx");
    CHECK_FALSE(deeds->location.has_value());
    CHECK(nominate::text::count_characters(deeds->text).words >= 1600);
    const auto* attached = material(loaded.submission, "事迹材料.docx");
    REQUIRE(attached);
    CHECK(attached->decided_by == "attachment");
    CHECK_FALSE(attached->text.has_value()); // the field holds it: not a second text to count
    CHECK(material(loaded.submission, "个人简介.docx")->decided_by != "attachment");
    CHECK(length_findings(loaded).empty());
  }
  SECTION("a short attachment is too short, and the finding says where it was read")
  {
    dir.write("王秀兰主要事迹.docx", deeds_docx(800));
    const auto loaded = load(dir.path());
    const auto found = length_findings(loaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.too-short");
    CHECK(found[0].file == "王秀兰主要事迹.docx");
    CHECK(found[0].args.at("part") == "attachment");
  }
  SECTION("a file named only 附件 answers the one field that refers elsewhere")
  {
    dir.write("附件.docx", deeds_docx(1600));
    const auto loaded = load(dir.path());
    CHECK(loaded.submission.field("deeds")->file == "附件.docx");
  }
  SECTION("a work summary is never taken for the deeds")
  {
    dir.write("事迹总结.docx", deeds_docx(1600));
    const auto loaded = load(dir.path());
    CHECK(loaded.submission.field("deeds")->source == "form");
    const auto found = length_findings(loaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.elsewhere");
  }
  SECTION("no attachment at all: the text is elsewhere, not short")
  {
    const auto loaded = load(dir.path());
    const auto found = length_findings(loaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.elsewhere");
  }
  SECTION("two documents that fit as well: the first in the folder is read, and a warning names both")
  {
    dir.write("主要事迹.docx", deeds_docx(1600));
    dir.write("王秀兰主要事迹.docx", deeds_docx(900)); // both name the field
    const auto loaded = load(dir.path());
    CHECK(loaded.submission.field("deeds")->file == "主要事迹.docx"); // 主 (U+4E3B) before 王 (U+738B)
    const auto& intake = loaded.submission.intake_findings;
    auto tie = std::find_if(intake.begin(), intake.end(),
                            [](const auto& f) { return f.message_id == "material.ambiguous.attachment"; });
    REQUIRE(tie != intake.end());
    CHECK(tie->severity == nominate::core::Severity::warning);
    CHECK(tie->args.at("chosen") == "主要事迹.docx");
    CHECK(tie->args.at("others") == "王秀兰主要事迹.docx");
  }
  SECTION("one document in two formats (事迹材料.docx and its PDF) is no tie")
  {
    dir.write("事迹材料.docx", deeds_docx(1600));
    dir.write("事迹材料.pdf", "%PDF-1.4\n"); // never read: the .docx comes first
    const auto loaded = load(dir.path());
    CHECK(loaded.submission.field("deeds")->file == "事迹材料.docx");
    CHECK(std::none_of(loaded.submission.intake_findings.begin(), loaded.submission.intake_findings.end(),
                       [](const auto& f) { return f.message_id == "material.ambiguous.attachment"; }));
  }
  SECTION("a scanned 事迹材料.pdf is named as the attachment that holds no text")
  {
    nominate::test::copy_into(nominate::test::scanned_pdf(), dir.path() / "事迹材料.pdf");
    const auto loaded = load(dir.path());
    const auto* deeds = loaded.submission.field("deeds");
    CHECK(deeds->source == "form");
    CHECK(deeds->attachment == "事迹材料.pdf");
    const auto found = length_findings(loaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.elsewhere-unreadable");
    CHECK(found[0].args.at("attachment") == "事迹材料.pdf");
  }
}

TEST_CASE("with two fields referring elsewhere, a document answers the field its name says, once", "[folder]")
{
  const TempDir dir;
  auto values = nominate::test::filled_star(1600);
  values["主要事迹和成效"] = "（不少于1500字）\n见附件";
  values["宣传展示材料"] = "（200字左右）\n见附件";
  dir.write("推介表.docx", nominate::test::star_form_docx(values));
  dir.write("事迹材料.docx", deeds_docx(1600));
  dir.write("附件.docx", deeds_docx(200)); // which field's? Its name does not say: left alone
  const auto loaded = load(dir.path());
  CHECK(loaded.submission.field("deeds")->file == "事迹材料.docx");
  CHECK(loaded.submission.field("promo")->source == "form");
  CHECK(material(loaded.submission, "附件.docx")->decided_by != "attachment");
}
