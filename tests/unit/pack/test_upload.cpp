// The upload folder for web-form notices: plain names, the form's limits, the texts to paste with counts.

#include "owner_tags.hpp"
#include "pack_fixtures.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/upload.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <tuple>

namespace nominate::pack {

TEST_CASE("a Beijing submission becomes 一寸照片, 个人视频 and 填报内容.txt with counts", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-compliant", temp.path() / "in");
  auto outcome = test::check({submission}, temp.path());
  auto plans = plan_uploads(outcome);
  REQUIRE(plans.size() == 1);
  auto over = write_uploads(plans, outcome, temp.path() / "out");
  REQUIRE(over);
  CHECK(over->empty());
  auto folder = temp.path() / "out" / "beijing-star-compliant";
  CHECK(std::filesystem::exists(folder / "一寸照片.png"));
  CHECK(std::filesystem::exists(folder / "个人视频.mp4"));
  CHECK(nominate::test::read_file(folder / "个人视频.mp4") ==
        nominate::test::read_file(submission / "事迹视频.mp4"));
  auto texts = nominate::test::read_file(folder / "填报内容.txt");
  CHECK(texts.find("姓名（3字") != std::string::npos);
  CHECK(texts.find("个人先进事迹（") != std::string::npos);
  // For Windows' Notepad of any age: a byte order mark, and CRLF line ends only.
  CHECK(texts.starts_with("\xEF\xBB\xBF【"));
  CHECK(texts.find("\r\n") != std::string::npos);
  for (std::size_t at = texts.find('\n'); at != std::string::npos; at = texts.find('\n', at + 1)) {
    CHECK(texts[at - 1] == '\r');
  }
  CHECK(std::filesystem::exists(submission / "事迹视频.mp4")); // copied, not moved
}

TEST_CASE("the national learning star's 2寸 ID photo goes up as 二寸照片, not Beijing's 一寸照片", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("star-compliant", temp.path() / "in");
  auto outcome = test::check({submission}, temp.path());
  auto over = write_uploads(plan_uploads(outcome), outcome, temp.path() / "out");
  REQUIRE(over);
  auto folder = temp.path() / "out" / "star-compliant";
  bool two_inch = false;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    auto name = entry.path().filename().string();
    CHECK(name.find("一寸") == std::string::npos);
    two_inch = two_inch || name.starts_with("二寸照片.");
  }
  CHECK(two_inch);
}

TEST_CASE("a video in an MP4 container named .m4v goes up as 个人视频.mp4, the name the form's box takes",
          "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-compliant", temp.path() / "in");
  // As an editor or iTunes writes it: the same streams, brand M4V, named .m4v (made by ffmpeg).
  const auto mp4 = submission / "事迹视频.mp4";
  const auto run = nominate::test::run_tool({"ffmpeg", "-v", "error", "-i", mp4.string(), "-c", "copy",
                                             "-brand", "M4V", (submission / "事迹视频.m4v").string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  std::filesystem::remove(mp4);
  auto outcome = test::check({submission}, temp.path());
  REQUIRE(write_uploads(plan_uploads(outcome), outcome, temp.path() / "out"));
  auto folder = temp.path() / "out" / "beijing-star-compliant";
  CHECK(std::filesystem::exists(folder / "个人视频.mp4"));
  CHECK_FALSE(std::filesystem::exists(folder / "个人视频.m4v"));
  CHECK(nominate::test::read_file(folder / "个人视频.mp4") ==
        nominate::test::read_file(submission / "事迹视频.m4v"));
}

TEST_CASE("a photo is named by what it holds: WeChat's .jfif and a .jpeg go up as .jpg", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-compliant", temp.path() / "in");
  // The ID photo as WeChat on Windows saves it: JPEG bytes named .jfif (made by ImageMagick from the PNG).
  const auto png = submission / "证件照.png";
  const auto run =
      nominate::test::run_tool({"convert", png.string(), "jpg:" + (submission / "证件照.jfif").string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  std::filesystem::remove(png);
  auto outcome = test::check({submission}, temp.path());
  REQUIRE(outcome.report.passed());
  auto plans = plan_uploads(outcome);
  REQUIRE(plans.size() == 1);
  auto over = write_uploads(plans, outcome, temp.path() / "out");
  REQUIRE(over);
  auto folder = temp.path() / "out" / "beijing-star-compliant";
  CHECK(std::filesystem::exists(folder / "一寸照片.jpg"));
  CHECK_FALSE(std::filesystem::exists(folder / "一寸照片.jfif"));
  CHECK(nominate::test::read_file(folder / "一寸照片.jpg") ==
        nominate::test::read_file(submission / "证件照.jfif"));
}

TEST_CASE("a file over the form's limit is named with its size", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-compliant", temp.path() / "in");
  auto outcome = test::check({submission}, temp.path());
  auto plans = plan_uploads(outcome);
  for (auto& file : plans[0].files) {
    file.limit = 10;
  }
  auto over = write_uploads(plans, outcome, temp.path() / "out");
  REQUIRE(over);
  REQUIRE(over->size() == 2);
  const auto& first = over->front();
  CHECK(first.limit == 10);
  CHECK(first.bytes == std::filesystem::file_size(first.written));
  CHECK(first.written.parent_path() == temp.path() / "out" / "beijing-star-compliant");
  CHECK(first.source.parent_path() == submission); // the clerk's own file, where they can find it
}

namespace {

// A Beijing submission checked and uploaded once into temp/out/beijing-star-compliant.
struct Uploaded {
  nominate::test::TempDir temp;
  std::string name = "beijing-star-compliant";
  std::filesystem::path out = temp.path() / "out";
  pipeline::CheckOutcome outcome;
  std::vector<UploadPlan> plans;

  Uploaded()
      : outcome(test::check({test::copy_example(name, temp.path() / "in")}, temp.path())),
        plans(plan_uploads(outcome))
  {
    REQUIRE(write_uploads(plans, outcome, out));
  }
};

} // namespace

TEST_CASE("an upload folder is never written over: refused, or with --force replaced whole", "[pack]")
{
  Uploaded first;
  const auto& [outcome, plans, out] = std::tie(first.outcome, first.plans, first.out);
  const auto folder = out / first.name;
  // The clerk edits the texts before pasting them, and leaves a note beside them.
  std::ofstream(folder / "填报内容.txt", std::ios::app) << "（已核对）\n";
  const auto edited = nominate::test::read_file(folder / "填报内容.txt");
  std::ofstream(folder / "备注.txt") << "周五前上传";

  auto again = write_uploads(plans, outcome, out);
  REQUIRE_FALSE(again);
  CHECK(again.error().code == core::ErrorCode::already_exists);
  CHECK(again.error().reason == "upload-exists");
  CHECK(nominate::test::read_file(folder / "填报内容.txt") == edited);

  // --force: the folder as this run makes it, nothing of the one before (no stale file beside new ones).
  auto forced = write_uploads(plans, outcome, out, UploadOverwrite::replace_ours);
  REQUIRE(forced);
  CHECK(nominate::test::read_file(folder / "填报内容.txt") != edited);
  CHECK_FALSE(std::filesystem::exists(folder / "备注.txt"));
  CHECK(std::filesystem::exists(folder / "一寸照片.png"));
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    CHECK(entry.path().filename() == "beijing-star-compliant"); // no staging or old folder beside it
  }

  // A folder upload did not write is not replaced, even with --force.
  std::filesystem::remove(folder / k_upload_marker);
  auto theirs = write_uploads(plans, outcome, out, UploadOverwrite::replace_ours);
  REQUIRE_FALSE(theirs);
  CHECK(theirs.error().reason == "upload-not-ours");
}

TEST_CASE("an upload killed while it replaced a folder is put right by the next one", "[pack]")
{
  Uploaded first;
  const auto& [outcome, plans, out, name] = std::tie(first.outcome, first.plans, first.out, first.name);
  // As a SIGKILL between the two renames leaves it: the earlier folder set aside, the new one unfinished.
  const std::string tag = nominate::test::dead_owner_tag();
  std::filesystem::rename(out / name, out / ("." + name + "." + tag + ".old"));
  std::filesystem::create_directories(out / ("." + name + "." + tag + ".partial"));
  // The next upload without --force finds the earlier folder back in place, and refuses to write over it.
  auto next = write_uploads(plans, outcome, out);
  REQUIRE_FALSE(next);
  CHECK(next.error().reason == "upload-exists");
  CHECK(std::filesystem::exists(out / name / "填报内容.txt"));
  CHECK_FALSE(std::filesystem::exists(out / ("." + name + "." + tag + ".old")));
  CHECK_FALSE(std::filesystem::exists(out / ("." + name + "." + tag + ".partial")));
}

} // namespace nominate::pack
