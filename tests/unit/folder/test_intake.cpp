// What reading a folder finds before any check runs: legacy formats (converted where LibreOffice is),
// damaged and mislabelled files — always findings, never a crash.
#include "submission_helpers.hpp"

#include <nominate/folder/load.hpp>
#include <nominate/office/legacy.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <random>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::core::Severity;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::files_with;
using nominate::test::finding;
using nominate::test::load;
using nominate::test::material;
using nominate::test::TempDir;

TEST_CASE("a legacy .doc form without LibreOffice is a finding that says how to convert it", "[folder]")
{
  const TempDir dir;
  copy_into(example("legacy-doc/推介表.doc"), dir.path() / "推介表.doc");
  const auto loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表.doc"});
  CHECK(material(loaded.submission, "推介表.doc")->type == "doc");
  const auto legacy = finding(loaded.submission, "material.legacy-format");
  REQUIRE(legacy);
  CHECK(legacy->severity == Severity::error);
  CHECK(legacy->message_id == "material.legacy-format.unconverted");
  CHECK(legacy->args.at("command").find("--convert-to docx") != std::string::npos);
}

TEST_CASE("a legacy .doc form with LibreOffice is converted, read, and names its rule set",
          "[folder][soffice]")
{
  const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  REQUIRE(soffice); // the README's install command provides LibreOffice
  const TempDir dir;
  const TempDir work;
  copy_into(example("legacy-doc/推介表.doc"), dir.path() / "推介表.doc");
  auto options = nominate::test::shipped_rules();
  options.soffice = *soffice;
  options.work_dir = work.path();
  const auto loaded = load_submission(dir.path(), "legacy", options);
  REQUIRE(loaded.has_value());
  CHECK(loaded->rule_set.id == "national/star");
  CHECK(loaded->submission.field("name")->text == "王秀兰");
  const auto legacy = finding(loaded->submission, "material.legacy-format");
  REQUIRE(legacy);
  CHECK(legacy->severity == Severity::warning);
  CHECK(legacy->message_id == "material.legacy-format.converted");
}

namespace {

std::string random_bytes(std::size_t size, unsigned seed)
{
  std::mt19937 generator(seed);
  std::string out(size, '\0');
  for (auto& byte : out) {
    byte = static_cast<char>(generator() & 0xFF);
  }
  return out;
}

} // namespace

TEST_CASE("damaged and mislabelled files are findings, never a crash", "[folder]")
{
  const TempDir dir;
  const auto form_bytes = nominate::test::read_file(example("star-compliant/推介表.docx"));
  const auto video_bytes = nominate::test::read_file(example("star-compliant/事迹视频.mp4"));
  dir.write("推介表.docx", random_bytes(5000, 7));
  dir.write("登记表.xlsx", "姓名,单位\n张三,XX社区\n");
  dir.write("生活照.jpg", random_bytes(3000, 11));
  dir.write("事迹视频.mp4", video_bytes.substr(0, 20000));
  dir.write("工作总结.docx", form_bytes.substr(0, 3000));

  const auto loaded = load(dir.path(), "national/star");
  const auto& submission = loaded.submission;
  const auto seen = nominate::test::reading_findings(submission);

  SECTION("a 推介表.docx of random bytes is not the form, and is named as not what it says")
  {
    CHECK(submission.with_role(Role::form).empty());
    CHECK(material(submission, "推介表.docx")->type == "unknown");
    bool named = false;
    for (const auto& found : seen) {
      if (found.file == "推介表.docx") {
        named = true;
        CHECK(found.rule == "material.unreadable");
        CHECK(found.message_id == "material.unreadable.not-what-named");
        CHECK(found.args.at("extension") == ".docx");
      }
    }
    CHECK(named);
  }
  SECTION("a spreadsheet that is plain text is named too")
  {
    const auto mislabelled =
        std::count_if(seen.begin(), seen.end(), [](const auto& f) { return f.file == "登记表.xlsx"; });
    CHECK(mislabelled == 1);
  }
  SECTION("a truncated summary is damaged; a broken photo and video are still photo and video")
  {
    const auto* summary = material(submission, "工作总结.docx");
    REQUIRE(summary);
    CHECK(summary->role == Role::summary);
    CHECK_FALSE(summary->text);
    const auto damaged =
        std::find_if(seen.begin(), seen.end(), [](const auto& f) { return f.file == "工作总结.docx"; });
    REQUIRE(damaged != seen.end());
    CHECK(damaged->message_id == "material.unreadable.damaged");
    CHECK(material(submission, "生活照.jpg")->role == Role::photo);
    CHECK(material(submission, "事迹视频.mp4")->role == Role::video);
  }
}

TEST_CASE("an archive left in a folder is named: its files were not checked", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  // An (empty) zip by its bytes under a name that says nothing, and archives by their names.
  dir.write("照片", std::string("PK\x05\x06", 4) + std::string(16, '\0') + std::string("\x02\x00hi", 4));
  dir.write("照片.zip", std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  dir.write("视频.rar", std::string("Rar!\x1a\x07\x01\x00", 8) + std::string(64, '\0'));
  const auto loaded = load(dir.path(), "national/star");
  std::vector<std::string> named;
  for (const auto& found : loaded.submission.intake_findings) {
    if (found.message_id == "material.unreadable.archive") {
      CHECK(found.severity == Severity::warning);
      named.push_back(found.file);
    }
  }
  std::ranges::sort(named);
  CHECK(named == std::vector<std::string>{"照片", "照片.zip", "视频.rar"});
  CHECK(material(loaded.submission, "照片.zip")->role == Role::other);
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表.docx"});
}

TEST_CASE("of two versions of the form the newer is the form; of two alike in time, not the copy's name",
          "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表 - 副本.docx");
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  const auto when = std::filesystem::last_write_time(dir.path() / "推介表.docx");
  std::filesystem::last_write_time(dir.path() / "推介表 - 副本.docx", when); // Explorer's copy and paste
  auto loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表.docx"});
  CHECK(material(loaded.submission, "推介表 - 副本.docx")->decided_by == "older-version");
  // A newer file is the form whatever its name.
  std::filesystem::last_write_time(dir.path() / "推介表 - 副本.docx", when + std::chrono::hours(1));
  loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表 - 副本.docx"});
}

TEST_CASE("an iPhone Live Photo's moving part (IMG_0001.MOV by IMG_0001.HEIC) is no nomination video",
          "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  // A few seconds of its own (other bytes than the nomination video's, which would make it a copy).
  const auto video = nominate::test::read_file(example("star-compliant/事迹视频.mp4"));
  dir.write("IMG_0001.MOV", video.substr(0, video.size() / 3));
  copy_into(example("star-compliant/生活照.jpg"), dir.path() / "IMG_0001.JPG");
  copy_into(example("star-compliant/事迹视频.mp4"), dir.path() / "事迹视频.mov");
  const auto loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::video) == std::vector<std::string>{"事迹视频.mov"});
  CHECK(material(loaded.submission, "IMG_0001.MOV")->role == Role::other);
  const auto live = finding(loaded.submission, "material.ambiguous");
  REQUIRE(live);
  CHECK(live->message_id == "material.ambiguous.live-photo");
  CHECK(live->args.at("photo") == "IMG_0001.JPG");
  // Named by a person after the nominee, a .mov beside a photo of that name may be the video itself.
  const TempDir named;
  copy_into(example("star-compliant/推介表.docx"), named.path() / "推介表.docx");
  copy_into(example("star-compliant/事迹视频.mp4"), named.path() / "王秀兰.mov");
  copy_into(example("star-compliant/证件照.jpg"), named.path() / "王秀兰.jpg");
  const auto by_name = load(named.path(), "national/star");
  CHECK(files_with(by_name.submission, Role::video) == std::vector<std::string>{"王秀兰.mov"});
}

TEST_CASE("a truncated form is the form, unreadable, and says so", "[folder]")
{
  const TempDir dir;
  const auto form_bytes = nominate::test::read_file(example("star-compliant/推介表.docx"));
  dir.write("推介表.docx", form_bytes.substr(0, form_bytes.size() / 2));
  const auto loaded = load(dir.path(), "national/star");
  CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表.docx"});
  const auto unreadable = finding(loaded.submission, "material.unreadable");
  REQUIRE(unreadable);
  CHECK(unreadable->file == "推介表.docx");
  CHECK(loaded.submission.fields.empty());
  // Why, as a token the messages word in Chinese: a zip cut short.
  const auto* form = material(loaded.submission, "推介表.docx");
  REQUIRE(form->read_error);
  CHECK(form->read_error->reason == "not-zip");
}

TEST_CASE("a nomination.yaml of random bytes is an invalid config, not a crash", "[folder]")
{
  const TempDir dir;
  dir.write("nomination.yaml", random_bytes(2000, 3));
  const auto loaded = load_submission(dir.path(), "x", nominate::test::shipped_rules());
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().file == dir.path() / "nomination.yaml");
}

TEST_CASE("a legacy .doc summary is a legacy format, converted where LibreOffice is, never 'damaged'",
          "[folder][soffice]")
{
  const TempDir dir;
  copy_into(example("brand-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(nominate::test::legacy_doc(example("brand-compliant/工作总结.docx"), "工作总结.doc"),
            dir.path() / "工作总结.doc");

  SECTION("without LibreOffice: how to convert it")
  {
    const auto loaded = load(dir.path());
    const auto* summary = material(loaded.submission, "工作总结.doc");
    REQUIRE(summary);
    CHECK(summary->role == Role::summary);
    CHECK_FALSE(summary->text);
    CHECK_FALSE(finding(loaded.submission, "material.unreadable"));
    const auto legacy = finding(loaded.submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->file == "工作总结.doc");
    CHECK(legacy->message_id == "material.legacy-format.unconverted");
  }
  SECTION("with LibreOffice: converted and read")
  {
    const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
    REQUIRE(soffice);
    const TempDir work;
    auto options = nominate::test::shipped_rules();
    options.soffice = *soffice;
    options.work_dir = work.path();
    const auto loaded = load_submission(dir.path(), "brand", options);
    REQUIRE(loaded.has_value());
    const auto* summary = material(loaded->submission, "工作总结.doc");
    REQUIRE(summary);
    REQUIRE(summary->text);
    CHECK(summary->text->find("乐龄课堂") != std::string::npos);
    const auto legacy = finding(loaded->submission, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->message_id == "material.legacy-format.converted");
  }
}
