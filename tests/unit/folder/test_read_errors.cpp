// What a reader reports when it cannot read a file: a typed fact on the material (Material::read_error),
// never a finding of its own — the checks decide the finding. Each case is read from a real file and then
// checked.
#include "../office/ooxml_builder.hpp"
#include "submission_helpers.hpp"

#include <nominate/check/check.hpp>
#include <nominate/folder/load.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::core::Severity;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::finding;
using nominate::test::load;
using nominate::test::material;
using nominate::test::TempDir;

namespace {

// No finding about `file` was made while reading: what is wrong with it is left to the checks.
bool no_intake_finding_on(const Submission& submission, const std::string& file)
{
  return std::none_of(submission.intake_findings.begin(), submission.intake_findings.end(),
                      [&](const nominate::core::Finding& found) { return found.file == file; });
}

} // namespace

TEST_CASE("a password-protected .docx form is the form, with an encrypted read error", "[folder]")
{
  const TempDir dir;
  dir.write("推介表.docx", nominate::test::encrypted_package_cfb());
  const auto loaded = load(dir.path(), "national/star");
  const auto* form = material(loaded.submission, "推介表.docx");
  REQUIRE(form);
  CHECK(form->role == Role::form);
  REQUIRE(form->read_error);
  CHECK(form->read_error->kind == ReadErrorKind::encrypted);
  CHECK(no_intake_finding_on(loaded.submission, "推介表.docx"));

  const auto encrypted = finding(loaded.submission, "material.encrypted");
  REQUIRE(encrypted);
  CHECK(encrypted->file == "推介表.docx");
  CHECK(encrypted->severity == Severity::error);
  CHECK(encrypted->message_id == "material.encrypted.document");
}

TEST_CASE("a damaged .docx form is the form, with a damaged read error in the reader's words", "[folder]")
{
  const TempDir dir;
  const auto bytes = nominate::test::read_file(example("star-compliant/推介表.docx"));
  dir.write("推介表.docx", bytes.substr(0, bytes.size() / 2));
  const auto loaded = load(dir.path(), "national/star");
  const auto* form = material(loaded.submission, "推介表.docx");
  REQUIRE(form);
  CHECK(form->role == Role::form);
  REQUIRE(form->read_error);
  CHECK(form->read_error->kind == ReadErrorKind::damaged);
  REQUIRE(form->read_error->detail);
  CHECK_FALSE(form->read_error->detail->empty());
  CHECK(no_intake_finding_on(loaded.submission, "推介表.docx"));

  const auto damaged = finding(loaded.submission, "material.unreadable");
  REQUIRE(damaged);
  CHECK(damaged->file == "推介表.docx");
  CHECK(damaged->severity == Severity::error);
  CHECK(damaged->message_id == "material.unreadable.damaged");
  CHECK(damaged->args.at("detail") == *form->read_error->detail);
}

TEST_CASE("a .doc form without LibreOffice is left unconverted, with the command that converts it",
          "[folder]")
{
  const TempDir dir;
  copy_into(example("legacy-doc/推介表.doc"), dir.path() / "推介表.doc");
  const auto loaded = load(dir.path(), "national/star"); // shipped_rules(): no LibreOffice
  const auto* form = material(loaded.submission, "推介表.doc");
  REQUIRE(form);
  CHECK(form->role == Role::form);
  REQUIRE(form->read_error);
  CHECK(form->read_error->kind == ReadErrorKind::legacy_format);
  CHECK(form->read_error->format == "doc");
  CHECK(form->read_error->command.find("--convert-to docx") != std::string::npos);
  CHECK_FALSE(form->read_error->detail); // nothing failed: there was no LibreOffice to try
  CHECK(no_intake_finding_on(loaded.submission, "推介表.doc"));

  const auto legacy = finding(loaded.submission, "material.legacy-format");
  REQUIRE(legacy);
  CHECK(legacy->severity == Severity::error);
  CHECK(legacy->message_id == "material.legacy-format.unconverted");
  CHECK(legacy->args.at("format") == "doc");
  CHECK(legacy->args.at("command") == form->read_error->command);
  CHECK_FALSE(legacy->args.contains("detail"));
}

TEST_CASE("a .doc cut short after its header is damaged, with or without LibreOffice, not another format",
          "[folder]")
{
  // Only the 512-byte header of a real .doc arrived (an interrupted copy): its directory is gone, so nothing
  // says it is a Word file, yet it is not "an OLE2 file named .doc" either.
  const TempDir dir;
  const auto whole = nominate::test::read_file(example("legacy-doc/推介表.doc"));
  REQUIRE(whole.size() > 512);
  dir.write("推介表.doc", std::string_view(whole).substr(0, 512));
  const auto loaded = load(dir.path(), "national/star"); // no LibreOffice
  const auto* form = material(loaded.submission, "推介表.doc");
  REQUIRE(form);
  CHECK(form->role == Role::form);
  REQUIRE(form->read_error);
  CHECK(form->read_error->kind == ReadErrorKind::damaged);
  CHECK(form->read_error->detail.value_or("").find("the file is damaged") != std::string::npos);
  const auto damaged = finding(loaded.submission, "material.unreadable");
  REQUIRE(damaged);
  CHECK(damaged->message_id == "material.unreadable.damaged");
  CHECK_FALSE(finding(loaded.submission, "material.legacy-format"));
}

TEST_CASE("empty, mislabelled and unusable files are read errors of their kind", "[folder]")
{
  const TempDir dir;
  dir.write("空白.jpg", "");
  dir.write("附件.docx", "plain text, no document");
  std::filesystem::create_directories(dir.path() / "证件照.jpg");
  const auto loaded = load(dir.path(), "national/star");
  const auto& submission = loaded.submission;

  const auto* empty = material(submission, "空白.jpg");
  REQUIRE(empty);
  REQUIRE(empty->read_error);
  CHECK(empty->read_error->kind == ReadErrorKind::empty);

  const auto* mislabelled = material(submission, "附件.docx");
  REQUIRE(mislabelled);
  REQUIRE(mislabelled->read_error);
  CHECK(mislabelled->read_error->kind == ReadErrorKind::not_what_named);
  CHECK(mislabelled->read_error->format == ".docx");
  CHECK(mislabelled->read_error->content == "txt");

  // A folder named like a photo is no material: it is named among the submission's unreadable files.
  CHECK_FALSE(material(submission, "证件照.jpg"));
  REQUIRE(submission.unreadable.size() == 1);
  CHECK(submission.unreadable[0].file == "证件照.jpg");
  CHECK(submission.unreadable[0].error.kind == ReadErrorKind::not_a_file);
  CHECK(submission.unreadable[0].error.content == "folder");
  CHECK(submission.intake_findings.empty());
}
