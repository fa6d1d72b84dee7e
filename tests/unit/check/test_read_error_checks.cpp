// What a reader could not read becomes a finding here, not in the reader: the typed fact it left
// (folder::ReadError on a material, on a submission's or district's file that is none) turns into
// material.encrypted, material.legacy-format or material.unreadable, with a rule set's `checks` severity.
#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

folder::ReadError read_error(folder::ReadErrorKind kind)
{
  folder::ReadError error;
  error.kind = kind;
  return error;
}

folder::Submission with_form_error(folder::ReadError error)
{
  auto submission = test::submission_with_form();
  submission.materials[0].read_error = std::move(error);
  return submission;
}

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a reader's error on the form is the finding a user sees", "[check]")
{
  const rules::RuleSet rules;

  SECTION("encrypted: material.encrypted, an error that says the password must go")
  {
    auto found =
        check::check_submission(with_form_error(read_error(folder::ReadErrorKind::encrypted)), rules, {});
    auto encrypted = of_rule(found, "material.encrypted", "material.encrypted.document");
    REQUIRE(encrypted.size() == 1);
    CHECK(encrypted[0].file == "推介表.docx");
    CHECK(encrypted[0].severity == core::Severity::error);
    auto text = messages::render(encrypted[0], core::Language::zh);
    CHECK(contains(text.message, "“推介表.docx”设置了打开密码"));
    CHECK(contains(text.fix, "文档加密"));
  }
  SECTION("damaged: material.unreadable in the reader's words")
  {
    auto error = read_error(folder::ReadErrorKind::damaged);
    error.detail = "zip: central directory not found";
    auto found = check::check_submission(with_form_error(error), rules, {});
    auto damaged = of_rule(found, "material.unreadable", "material.unreadable.damaged");
    REQUIRE(damaged.size() == 1);
    CHECK(damaged[0].severity == core::Severity::error);
    CHECK(damaged[0].args.at("detail") == "zip: central directory not found");
    CHECK(contains(
        messages::render(damaged[0], core::Language::en).message,
        "\"推介表.docx\" is damaged and cannot be opened properly (zip: central directory not found)"));
  }
  SECTION("an unconverted .doc: material.legacy-format, an error with the command for IT staff")
  {
    auto error = read_error(folder::ReadErrorKind::legacy_format);
    error.format = "doc";
    error.command = "soffice --headless --convert-to docx --outdir . 推介表.doc";
    auto submission = with_form_error(error);
    submission.materials[0].file = "推介表.doc";
    auto found = check::check_submission(submission, rules, {});
    auto legacy = of_rule(found, "material.legacy-format", "material.legacy-format.unconverted");
    REQUIRE(legacy.size() == 1);
    CHECK(legacy[0].severity == core::Severity::error);
    CHECK(legacy[0].args.at("format") == "doc");
    CHECK_FALSE(legacy[0].args.contains("detail"));
    auto text = messages::render(legacy[0], core::Language::zh);
    CHECK(contains(text.message, "是 doc 格式（不是 Word/Excel 的 .docx/.xlsx）"));
    CHECK(contains(text.fix, "IT：soffice --headless --convert-to docx --outdir . 推介表.doc"));
  }
  SECTION("a .doc LibreOffice failed on: material.legacy-format, saying why, and that fix cannot help")
  {
    auto error = read_error(folder::ReadErrorKind::legacy_format);
    error.format = "html";
    error.command = "soffice --headless --convert-to docx --outdir . 推介表.doc";
    error.detail = "LibreOffice took longer than 90 s and was stopped";
    auto submission = with_form_error(error);
    submission.materials[0].file = "推介表.doc";
    auto found = check::check_submission(submission, rules, {});
    auto failed = of_rule(found, "material.legacy-format", "material.legacy-format.conversion-failed");
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].severity == core::Severity::error);
    auto zh = messages::render(failed[0], core::Language::zh);
    CHECK(contains(zh.message, "自动转换没有成功（转换超过 90 秒仍未完成，已停止）"));
    CHECK(contains(zh.message, "文件可能已损坏"));
    CHECK(contains(zh.fix, "nominate fix 也无法自动转换它"));
    auto en = messages::render(failed[0], core::Language::en);
    CHECK(contains(en.message, "converting it failed (LibreOffice took longer than 90 s and was stopped)"));
  }
  SECTION("a form that could not be read has no field.required findings: its read error says it all")
  {
    rules::RuleSet with_fields;
    auto name = test::field_spec("name", "姓名");
    name.required = true;
    with_fields.fields.push_back(name);
    auto found = check::check_submission(with_form_error(read_error(folder::ReadErrorKind::encrypted)),
                                         with_fields, {});
    CHECK(of_rule(found, "field.required").empty());
    found = check::check_submission(test::submission_with_form(), with_fields, {});
    CHECK(of_rule(found, "field.required").size() == 1);
  }
}

TEST_CASE("a rule set's checks entry sets a read error's severity and clause", "[check]")
{
  rules::RuleSet rules;
  rules.checks.push_back(test::check_spec("material.legacy-format", core::Severity::warning));
  rules.checks.push_back(
      test::on_material(test::check_spec("material.unreadable", core::Severity::info), "photo"));
  auto legacy = read_error(folder::ReadErrorKind::legacy_format);
  legacy.format = "doc";
  auto submission = with_form_error(legacy);
  auto photo = test::material("生活照.jpg", folder::Role::photo);
  photo.read_error = read_error(folder::ReadErrorKind::empty);
  submission.materials.push_back(photo);
  auto form = test::material("工作总结.docx", folder::Role::summary);
  form.read_error = read_error(folder::ReadErrorKind::damaged);
  submission.materials.push_back(form);

  auto found = check::check_submission(submission, rules, {});
  auto converted = of_rule(found, "material.legacy-format");
  REQUIRE(converted.size() == 1);
  CHECK(converted[0].severity == core::Severity::warning);
  CHECK(converted[0].clause == "clause of material.legacy-format");
  // The entry names the photos: the photo's finding follows it, the summary's keeps its error.
  auto unreadable = of_rule(found, "material.unreadable");
  REQUIRE(unreadable.size() == 2);
  for (const auto& finding : unreadable) {
    INFO(finding.file);
    CHECK(finding.severity == (finding.file == "生活照.jpg" ? core::Severity::info : core::Severity::error));
  }
}

TEST_CASE("a file that is no material and cannot be read is named, and counts as the missing one", "[check]")
{
  rules::RuleSet rules;
  rules::MaterialSpec id_photo;
  id_photo.role = "id_photo";
  id_photo.min = 1;
  rules.materials.push_back(id_photo);
  auto submission = test::submission_with_form();
  auto error = read_error(folder::ReadErrorKind::not_a_file);
  error.content = "folder";
  submission.unreadable.push_back({"证件照.jpg", error});

  auto found = check::check_submission(submission, rules, {});
  auto special = of_rule(found, "material.unreadable", "material.unreadable.special");
  REQUIRE(special.size() == 1);
  CHECK(special[0].file == "证件照.jpg");
  CHECK(special[0].args.at("kind") == "folder");
  auto missing = of_rule(found, "material.missing", "material.missing.unusable");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].args.at("candidate") == "证件照.jpg");
}

TEST_CASE("a district's unreadable registration table is a finding, with or without submissions", "[check]")
{
  folder::District district;
  auto error = read_error(folder::ReadErrorKind::legacy_format);
  error.format = ".xls";
  error.command = "soffice --headless --convert-to xlsx 登记表.xls";
  error.detail = "soffice exited with 1";
  district.unreadable.push_back({"登记表.xls", error});
  district.unreadable.push_back({"附表2登记表.xlsx", read_error(folder::ReadErrorKind::encrypted)});

  auto found = check::check_district(district, {});
  // Without submissions, also that there is nothing to check or to send.
  REQUIRE(found.size() == 3);
  REQUIRE(of_rule(found, "material.missing", "material.missing.submissions").size() == 1);
  // LibreOffice ran and failed: the finding says the conversion failed, not that this machine lacks it.
  auto legacy = of_rule(found, "material.legacy-format", "material.legacy-format.conversion-failed");
  REQUIRE(legacy.size() == 1);
  CHECK(legacy[0].file == "登记表.xls");
  CHECK(legacy[0].severity == core::Severity::error);
  CHECK(legacy[0].args.at("detail") == "soffice exited with 1");
  CHECK(legacy[0].args.at("command") == "soffice --headless --convert-to xlsx 登记表.xls");
  REQUIRE(of_rule(found, "material.encrypted").size() == 1);
}

TEST_CASE("a file past a reader's safety limit is said so, not called damaged", "[check]")
{
  folder::District district;
  auto error = read_error(folder::ReadErrorKind::too_large);
  error.detail = "the text table is 20 MB";
  district.unreadable.push_back({"登记表.csv", error});
  auto found = check::check_district(district, {});
  auto over = of_rule(found, "material.unreadable", "material.unreadable.over-limit");
  REQUIRE(over.size() == 1);
  CHECK(over[0].severity == core::Severity::error);
  CHECK(over[0].args.at("detail") == "the text table is 20 MB");
  CHECK(messages::render(over[0], core::Language::zh).message.find("不一定是文件坏了") != std::string::npos);
}

TEST_CASE("too few photos because one cannot be used says so, naming it, instead of asking for more",
          "[check]")
{
  // The clerk sees two photos in the folder; one is empty (an interrupted WeChat download). Asked to "add
  // photos until there are 2", she would add a third.
  rules::RuleSet rules;
  rules::MaterialSpec photos;
  photos.role = "photo";
  photos.min = 2;
  photos.includes_id_photo = true;
  rules.materials.push_back(photos);
  auto submission = test::submission_with_form();
  auto empty = test::material("证件照.jpg", folder::Role::other); // as the folder reader leaves it
  empty.read_error = read_error(folder::ReadErrorKind::empty);
  submission.materials.push_back(empty);
  submission.materials.push_back(test::material("生活照.jpg", folder::Role::photo));

  auto found = check::check_submission(submission, rules, {});
  REQUIRE(of_rule(found, "material.count").size() == 1);
  auto count = of_rule(found, "material.count", "material.count.too-few-unusable");
  REQUIRE(count.size() == 1);
  CHECK(count[0].args.at("count") == "1");
  CHECK(count[0].args.at("unusable") == "证件照.jpg");
  const auto text = messages::render(count[0], core::Language::zh);
  CHECK(contains(text.message, "可用的照片数量为 1"));
  CHECK(contains(text.message, "“证件照.jpg”无法使用"));

  SECTION("with every photo usable, the count is the plain one")
  {
    submission.materials[1].read_error.reset();
    submission.materials[1].role = folder::Role::id_photo;
    submission.materials.pop_back();
    auto plain = check::check_submission(submission, rules, {});
    CHECK(of_rule(plain, "material.count", "material.count.too-few").size() == 1);
  }
}
