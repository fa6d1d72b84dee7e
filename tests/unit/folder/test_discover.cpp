// Discovery: which files of a submission folder are looked at, what each is by its content, and which are
// left out as OS and Office junk (design.md, "Folder conventions").
#include "folder_fixtures.hpp"

#include <nominate/folder/discover.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::test::TempDir;

namespace {

const FoundFile* find(const Discovery& discovery, const std::string& file)
{
  auto found = std::find_if(discovery.files.begin(), discovery.files.end(),
                            [&](const FoundFile& candidate) { return candidate.file == file; });
  return found == discovery.files.end() ? nullptr : &*found;
}

std::vector<std::string> listed(const Discovery& discovery)
{
  std::vector<std::string> out;
  for (const auto& file : discovery.files) {
    out.push_back(file.file);
  }
  return out;
}

} // namespace

TEST_CASE("discovery leaves out Office lock files, OS junk and hidden files, and lists them", "[folder]")
{
  const TempDir dir;
  nominate::test::copy_into(nominate::test::example("star-compliant/推介表.docx"),
                            dir.path() / "推介表.docx");
  dir.write("~$推介表.docx", std::string("\x06王秀兰", 10)); // Word's lock file: the owner's name
  dir.write("Thumbs.db", "thumbnail cache");
  dir.write(".DS_Store", "Bud1");
  dir.write("desktop.ini", "[.ShellClassInfo]");
  dir.write("__MACOSX/._推介表.docx", "AppleDouble");
  dir.write(".hidden.txt", "not for the reviewers");
  dir.write(".git/config", "[core]");
  dir.write("备注.txt", "材料齐全");
  dir.write("推介表.docx:Zone.Identifier", "[ZoneTransfer]\r\nZoneId=3\r\n"); // copied out by WSL

  const auto discovery = discover_files(dir.path());

  // Code-point order: 备 (U+5907) before 推 (U+63A8).
  CHECK(listed(discovery) == std::vector<std::string>{"备注.txt", "推介表.docx"});
  CHECK(discovery.ignored == std::vector<std::string>{".DS_Store", ".git", ".hidden.txt", "Thumbs.db",
                                                      "__MACOSX", "desktop.ini", "~$推介表.docx",
                                                      "推介表.docx:Zone.Identifier"});
}

TEST_CASE("discovery tells a file's type by its content, not its name", "[folder]")
{
  const TempDir dir;
  nominate::test::copy_into(nominate::test::example("star-compliant/推介表.docx"),
                            dir.path() / "推介表.docx");
  nominate::test::copy_into(nominate::test::photo(64, 64, "png"), dir.path() / "生活照.jpg");
  nominate::test::copy_into(nominate::test::photo(64, 64, "jpeg"), dir.path() / "活动.jfif");
  nominate::test::copy_into(nominate::test::short_video(), dir.path() / "事迹视频.mp4");
  nominate::test::copy_into(nominate::test::short_video(), dir.path() / "视频.dat");
  dir.write("空.jpg", "");
  dir.write("说明.txt", "这是一段说明文字。\n");
  dir.write("推介表（盖章）.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

  const auto discovery = discover_files(dir.path());
  REQUIRE(discovery.files.size() == 8);

  SECTION("a PNG named .jpg is a png, with the extension it was given")
  {
    const auto* file = find(discovery, "生活照.jpg");
    REQUIRE(file);
    CHECK(file->content_type == "png");
    CHECK(file->extension == "jpg");
  }
  SECTION("an empty file is empty, whatever its name")
  {
    const auto* file = find(discovery, "空.jpg");
    REQUIRE(file);
    CHECK(file->content_type == "empty");
    CHECK(file->size == 0);
  }
  SECTION("documents, images, videos and text by their bytes")
  {
    CHECK(find(discovery, "推介表.docx")->content_type == "docx");
    CHECK(find(discovery, "活动.jfif")->content_type == "jpeg");
    CHECK(find(discovery, "事迹视频.mp4")->content_type == "mp4");
    CHECK(find(discovery, "视频.dat")->content_type == "mp4");
    CHECK(find(discovery, "说明.txt")->content_type == "txt");
    CHECK(find(discovery, "推介表（盖章）.pdf")->content_type == "pdf");
  }
  SECTION("sizes and paths are the files'")
  {
    const auto* file = find(discovery, "事迹视频.mp4");
    CHECK(file->size == std::filesystem::file_size(nominate::test::short_video()));
    CHECK(file->path == dir.path() / "事迹视频.mp4");
  }
}

TEST_CASE("discovery finds files in sub-folders, with '/' relative NFC paths, and follows no links",
          "[folder]")
{
  const TempDir dir;
  nominate::test::copy_into(nominate::test::photo(64, 64), dir.path() / "照片" / "生活照.jpg");
  nominate::test::copy_into(nominate::test::photo(64, 64), dir.path() / "照片" / "2023" / "活动.jpg");
  // macOS writes names decomposed (NFD): "Café" as "Cafe" + U+0301.
  dir.write("Cafe\xCC\x81.txt", "text");
  const TempDir outside;
  outside.write("secret.txt", "outside the submission");
  std::filesystem::create_symlink(outside.path() / "secret.txt", dir.path() / "link.txt");
  std::filesystem::create_directory_symlink(outside.path(), dir.path() / "linked-folder");

  const auto discovery = discover_files(dir.path());

  CHECK(listed(discovery) ==
        std::vector<std::string>{"Caf\xC3\xA9.txt", "照片/2023/活动.jpg", "照片/生活照.jpg"});
  CHECK(find(discovery, "照片/2023/活动.jpg")->content_type == "jpeg");
}

TEST_CASE("discovery of a missing or empty folder finds nothing and does not fail", "[folder]")
{
  const TempDir dir;
  CHECK(discover_files(dir.path()).files.empty());
  CHECK(discover_files(dir.path() / "missing").files.empty());
  CHECK(discover_files(dir.path() / "missing").ignored.empty());
}

TEST_CASE("file names say what a file is meant to be", "[folder]")
{
  SECTION("the form is named 推介表, a registration table 登记表")
  {
    CHECK(names_form("推介表.docx"));
    CHECK(names_form("“百姓学习之星”推介表(1).docx"));
    CHECK_FALSE(names_form("登记表.xlsx"));
    CHECK_FALSE(names_form("推介表登记表.docx"));
    CHECK(names_registration("附表2 登记表.xlsx"));
  }
  SECTION("the ID photo by name, the rule set's keywords included, Latin letters in any case")
  {
    CHECK(names_id_photo("证件照.jpg", {}));
    CHECK(names_id_photo("二寸免冠.png", {}));
    CHECK(names_id_photo("ID_Photo.JPG", {}));
    CHECK_FALSE(names_id_photo("生活照.jpg", {}));
    CHECK(names_id_photo("头像.jpg", {"头像"}));
  }
  SECTION("scans and summaries")
  {
    CHECK(names_scan("推介表（盖章）.pdf"));
    CHECK(names_scan("扫描件.jpg"));
    CHECK(names_scan("本人签字页.jpg"));
    CHECK_FALSE(names_scan("生活照.jpg"));
    CHECK(names_summary("工作总结.docx"));
    CHECK_FALSE(names_summary("推介表.docx"));
  }
  SECTION("junk")
  {
    CHECK(is_junk_name("~$推介表.docx"));
    CHECK(is_junk_name("THUMBS.DB"));
    CHECK(is_junk_name(".DS_Store"));
    CHECK(is_junk_name("__MACOSX"));
    CHECK(is_junk_name("推介表.docx~"));
    CHECK(is_junk_name("证件照.JPG:Zone.Identifier"));
    CHECK_FALSE(is_junk_name("Zone.Identifier说明.txt"));
    CHECK_FALSE(is_junk_name("推介表.docx"));
    CHECK_FALSE(is_junk_name("$推介表.docx"));
  }
}
