// Roles: which file is the form, the ID photo, a photo, the video, the summary, a scan — decided by name,
// then by content, and said so in decided_by; problems met on the way become intake findings.
#include "submission_helpers.hpp"

#include <nominate/folder/load.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <temp_dir.hpp>
#include <utility>
#include <variant>
#include <vector>

using namespace nominate::folder;
using nominate::core::Severity;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::fact;
using nominate::test::files_with;
using nominate::test::finding;
using nominate::test::load;
using nominate::test::material;
using nominate::test::TempDir;

TEST_CASE("a star's folder: each file gets the role its name or content gives it", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(example("海淀区/登记表.xlsx"), dir.path() / "登记表.xlsx");
  copy_into(nominate::test::photo(413, 579), dir.path() / "证件照.jpg");
  copy_into(nominate::test::photo(640, 480), dir.path() / "生活照.jpg");
  copy_into(nominate::test::photo(600, 800), dir.path() / "扫描件.jpg");
  dir.write("推介表（盖章）.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
  copy_into(nominate::test::short_video(), dir.path() / "事迹视频.mp4");
  dir.write("空白.jpg", "");

  const auto loaded = load(dir.path());
  const auto& submission = loaded.submission;
  CHECK(loaded.rule_set.id == "national/star");
  CHECK(submission.kind == "star");

  SECTION("推介表.docx is the form, by name, and its fields are read")
  {
    CHECK(files_with(submission, Role::form) == std::vector<std::string>{"推介表.docx"});
    CHECK(material(submission, "推介表.docx")->decided_by == "name");
    CHECK(material(submission, "推介表.docx")->type == "docx");
    REQUIRE(submission.field("name"));
    CHECK(submission.field("name")->text == "王秀兰");
    CHECK(submission.field("name")->source == "form");
    CHECK(submission.field("name")->file == "推介表.docx");
    CHECK(submission.title == "王秀兰");
  }
  SECTION("登记表.xlsx is not a form")
  {
    REQUIRE(material(submission, "登记表.xlsx"));
    CHECK(material(submission, "登记表.xlsx")->role == Role::other);
  }
  SECTION("证件照.jpg is the ID photo by its name; other images are photos; scans are not photos")
  {
    CHECK(files_with(submission, Role::id_photo) == std::vector<std::string>{"证件照.jpg"});
    CHECK(material(submission, "证件照.jpg")->decided_by == "name");
    REQUIRE(material(submission, "证件照.jpg")->photo);
    CHECK(material(submission, "证件照.jpg")->photo->width == 413);
    CHECK(files_with(submission, Role::photo) == std::vector<std::string>{"生活照.jpg"});
    CHECK(files_with(submission, Role::scan) == std::vector<std::string>{"扫描件.jpg", "推介表（盖章）.pdf"});
  }
  SECTION("an .mp4 is the video, probed")
  {
    const auto* video = material(submission, "事迹视频.mp4");
    REQUIRE(video);
    CHECK(video->role == Role::video);
    CHECK(video->type == "mp4");
    REQUIRE(video->video);
    CHECK(video->video->codec == "h264");
    CHECK(video->video->width == 320);
    CHECK(video->video->height == 240);
    CHECK(fact(*video, "codec") == nominate::core::FactValue{std::string("h264")});
  }
  SECTION("an empty .jpg is unreadable, not a photo")
  {
    const auto unreadable = finding(submission, "material.unreadable");
    REQUIRE(unreadable);
    CHECK(unreadable->file == "空白.jpg");
    CHECK(unreadable->severity == Severity::error);
    CHECK(unreadable->message_id == "material.unreadable.empty");
    CHECK(material(submission, "空白.jpg")->role == Role::other);
  }
  SECTION("materials are listed in path order, nothing twice")
  {
    CHECK(submission.materials.size() == 8);
    CHECK(std::is_sorted(submission.materials.begin(), submission.materials.end(),
                         [](const Material& a, const Material& b) { return a.file < b.file; }));
  }
}

TEST_CASE("a Word document not named 推介表 is the form when its title says so", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "王秀兰材料.docx");
  const auto loaded = load(dir.path());
  const auto* form = material(loaded.submission, "王秀兰材料.docx");
  REQUIRE(form);
  CHECK(form->role == Role::form);
  CHECK(form->decided_by == "title");
  CHECK(loaded.rule_set.id == "national/star");
  CHECK(loaded.submission.field("name")->text == "王秀兰");
}

TEST_CASE("a document named 登记表 is never the form, whatever its title", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "登记表.docx");
  const auto loaded = load(dir.path(), "national/star");
  CHECK(loaded.submission.with_role(Role::form).empty());
  CHECK(material(loaded.submission, "登记表.docx")->role == Role::other);
  CHECK(loaded.submission.fields.empty());
}

TEST_CASE("two versions of the form: the newer one is used, and the other is named in a warning", "[folder]")
{
  const TempDir dir;
  const auto plain = copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  const auto copy = copy_into(example("海淀区/01-张三/推介表.docx"), dir.path() / "推介表(1).docx");
  const auto now = std::filesystem::file_time_type::clock::now();

  SECTION("推介表(1).docx newer")
  {
    std::filesystem::last_write_time(plain, now - std::chrono::hours(48));
    std::filesystem::last_write_time(copy, now - std::chrono::hours(1));
    const auto loaded = load(dir.path());
    const auto& submission = loaded.submission;
    CHECK(files_with(submission, Role::form) == std::vector<std::string>{"推介表(1).docx"});
    CHECK(material(submission, "推介表(1).docx")->decided_by == "newest");
    CHECK(material(submission, "推介表.docx")->role == Role::other);
    CHECK(submission.field("name")->text == "张三");
    const auto ambiguous = finding(submission, "material.ambiguous");
    REQUIRE(ambiguous);
    CHECK(ambiguous->severity == Severity::warning);
    CHECK(ambiguous->file == "推介表(1).docx");
    CHECK(ambiguous->args.at("chosen") == "推介表(1).docx");
    CHECK(ambiguous->args.at("others") == "推介表.docx");
  }
  SECTION("推介表.docx newer")
  {
    std::filesystem::last_write_time(plain, now - std::chrono::hours(1));
    std::filesystem::last_write_time(copy, now - std::chrono::hours(48));
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::form) == std::vector<std::string>{"推介表.docx"});
    CHECK(loaded.submission.field("name")->text == "王秀兰");
    REQUIRE(finding(loaded.submission, "material.ambiguous"));
    CHECK(finding(loaded.submission, "material.ambiguous")->args.at("others") == "推介表(1).docx");
  }
}

TEST_CASE("with no photo named as one, the one portrait 5:7 image is the ID photo", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(nominate::test::photo(640, 480), dir.path() / "照片1.jpg");
  copy_into(nominate::test::photo(413, 579), dir.path() / "照片2.jpg");

  SECTION("one ID-shaped image")
  {
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"照片2.jpg"});
    CHECK(material(loaded.submission, "照片2.jpg")->decided_by == "only-id-shaped");
    CHECK(files_with(loaded.submission, Role::photo) == std::vector<std::string>{"照片1.jpg"});
    CHECK_FALSE(finding(loaded.submission, "material.ambiguous"));
  }
  SECTION("two ID-shaped images: the first is taken, and the other named in a warning")
  {
    copy_into(nominate::test::photo(295, 413), dir.path() / "照片3.jpg");
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"照片2.jpg"});
    const auto ambiguous = finding(loaded.submission, "material.ambiguous");
    REQUIRE(ambiguous);
    CHECK(ambiguous->message_id == "material.ambiguous.id-photo"); // rename them; never "delete the copies"
    CHECK(ambiguous->args.at("others") == "照片3.jpg");
  }
  SECTION("a phone's portrait 3:4 picture named before the ID photo is not taken for it")
  {
    copy_into(nominate::test::photo(1800, 2400), dir.path() / "IMG_0001.jpg"); // 3:4, 4.3 megapixels
    copy_into(nominate::test::photo(420, 560), dir.path() / "IMG_0002.jpg");   // 3:4, small
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"照片2.jpg"});
    CHECK(material(loaded.submission, "照片2.jpg")->decided_by == "most-id-shaped");
    const auto ambiguous = finding(loaded.submission, "material.ambiguous");
    REQUIRE(ambiguous);
    CHECK(ambiguous->args.at("others") == "IMG_0002.jpg、IMG_0001.jpg");
  }
  SECTION("a portrait picture whose name says 生活照 is no candidate: nothing left to guess, no warning")
  {
    copy_into(nominate::test::photo(900, 1200), dir.path() / "生活照.jpg"); // 3:4, as phones shoot
    copy_into(nominate::test::photo(295, 413), dir.path() / "工作照（讲课）.jpg");
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"照片2.jpg"});
    CHECK(material(loaded.submission, "照片2.jpg")->decided_by == "only-id-shaped");
    CHECK_FALSE(finding(loaded.submission, "material.ambiguous"));
    SECTION("unless every candidate is named so: then the guess is said")
    {
      std::filesystem::remove(dir.path() / "照片2.jpg");
      const auto guessed = load(dir.path());
      CHECK(guessed.submission.with_role(Role::id_photo).size() == 1);
      CHECK(finding(guessed.submission, "material.ambiguous"));
    }
  }
  SECTION("a square or landscape image is never taken for the ID photo")
  {
    std::filesystem::remove(dir.path() / "照片2.jpg");
    copy_into(nominate::test::photo(400, 400), dir.path() / "照片2.jpg");
    const auto loaded = load(dir.path());
    CHECK(loaded.submission.with_role(Role::id_photo).empty());
    CHECK(files_with(loaded.submission, Role::photo) == std::vector<std::string>{"照片1.jpg", "照片2.jpg"});
  }
}

TEST_CASE("a file whose bytes are another's is one material, counted once, and named", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(nominate::test::photo(413, 579), dir.path() / "证件照.jpg");
  copy_into(nominate::test::photo(640, 480), dir.path() / "生活照.jpg");

  SECTION("Windows' copy (证件照 - 副本.jpg) is set aside, whichever name sorts first")
  {
    copy_into(dir.path() / "证件照.jpg", dir.path() / "证件照 - 副本.jpg");
    copy_into(dir.path() / "生活照.jpg", dir.path() / "A(1).jpg");
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"证件照.jpg"});
    CHECK(files_with(loaded.submission, Role::photo) == std::vector<std::string>{"生活照.jpg"});
    CHECK(material(loaded.submission, "证件照 - 副本.jpg")->role == Role::other);
    CHECK(material(loaded.submission, "证件照 - 副本.jpg")->decided_by == "copy");
    std::vector<std::pair<std::string, std::string>> copies;
    for (const auto& f : loaded.submission.intake_findings) {
      if (f.message_id == "material.ambiguous.copy") {
        CHECK(f.severity == Severity::warning);
        copies.emplace_back(f.file, f.args.at("original"));
      }
    }
    std::sort(copies.begin(), copies.end());
    CHECK(copies == std::vector<std::pair<std::string, std::string>>{{"A(1).jpg", "生活照.jpg"},
                                                                     {"证件照 - 副本.jpg", "证件照.jpg"}});
  }
  SECTION("one picture given as both the ID photo and the other photo counts once, as the ID photo")
  {
    std::filesystem::remove(dir.path() / "生活照.jpg");
    copy_into(dir.path() / "证件照.jpg", dir.path() / "生活照.jpg");
    const auto loaded = load(dir.path());
    CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"证件照.jpg"});
    CHECK(files_with(loaded.submission, Role::photo).empty());
    const auto copy = finding(loaded.submission, "material.ambiguous");
    REQUIRE(copy);
    CHECK(copy->file == "生活照.jpg");
    CHECK(copy->args.at("original") == "证件照.jpg");
  }
  SECTION("files of one size whose bytes differ are two materials")
  {
    dir.write("附件一.txt", "学习笔记甲");
    dir.write("附件二.txt", "学习笔记乙");
    const auto loaded = load(dir.path());
    CHECK(material(loaded.submission, "附件一.txt")->decided_by != "copy");
    CHECK(material(loaded.submission, "附件二.txt")->decided_by != "copy");
    CHECK_FALSE(finding(loaded.submission, "material.ambiguous"));
  }
}

TEST_CASE("a project's work summary is read, and its photos are plain photos", "[folder]")
{
  const TempDir dir;
  copy_into(example("brand-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(example("brand-compliant/工作总结.docx"), dir.path() / "工作总结.docx");
  copy_into(nominate::test::photo(413, 579), dir.path() / "活动照片1.jpg");

  const auto loaded = load(dir.path());
  CHECK(loaded.rule_set.id == "national/brand");
  const auto* summary = material(loaded.submission, "工作总结.docx");
  REQUIRE(summary);
  CHECK(summary->role == Role::summary);
  CHECK(summary->decided_by == "name");
  REQUIRE(summary->text);
  CHECK(summary->text->find("乐龄课堂") != std::string::npos);
  CHECK(fact(*summary, "characters").has_value());
  // A brand project has no ID photo: a portrait image is one of its photos.
  CHECK(files_with(loaded.submission, Role::photo) == std::vector<std::string>{"活动照片1.jpg"});
  CHECK(loaded.submission.title == "XX社区学院“乐龄课堂”");
}

TEST_CASE("files in sub-folders take roles as those at the top", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(nominate::test::photo(413, 579), dir.path() / "照片" / "证件照.jpg");
  copy_into(nominate::test::short_video(), dir.path() / "视频" / "事迹.mp4");
  dir.write("~$推介表.docx", "lock");

  const auto loaded = load(dir.path());
  CHECK(files_with(loaded.submission, Role::id_photo) == std::vector<std::string>{"照片/证件照.jpg"});
  CHECK(files_with(loaded.submission, Role::video) == std::vector<std::string>{"视频/事迹.mp4"});
  CHECK_FALSE(material(loaded.submission, "~$推介表.docx"));
}
