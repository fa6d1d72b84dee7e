// What fix plans for a legacy form: every kind LibreOffice turns into .docx, as the check converted it to
// read it, and nothing where no LibreOffice is.

#include <nominate/core/finding.hpp>
#include <nominate/fix/plan.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nominate::fix {

namespace {

folder::Material document(const std::string& file, const std::string& type)
{
  folder::Material material;
  material.file = file;
  material.path = "/in/01-张三/" + file;
  material.role = folder::Role::form;
  material.type = type;
  return material;
}

core::Finding legacy(const std::string& file)
{
  return core::make_finding("material.legacy-format", "material.legacy-format.converted",
                            core::Severity::warning, file);
}

} // namespace

TEST_CASE("a form in any legacy kind LibreOffice reads is converted to .docx; a PDF is left to a person",
          "[fix]")
{
  folder::LoadedSubmission loaded;
  std::vector<core::Finding> findings;
  // By content (RTF or Word 2003 XML under whatever name), or an HTML page a web form saved as .doc.
  for (const auto& [file, type] : std::vector<std::pair<std::string, std::string>>{{"推介表.rtf", "rtf"},
                                                                                   {"事迹.doc", "rtf"},
                                                                                   {"工作总结.xml", "xml"},
                                                                                   {"报名表.DOC", "html"},
                                                                                   {"表格.odt", "odt"},
                                                                                   {"推介表.pdf", "pdf"}}) {
    loaded.submission.materials.push_back(document(file, type));
    findings.push_back(legacy(file));
  }
  const auto plan = plan_fixes(loaded, findings, /*can_convert=*/true);
  std::vector<std::string> converted;
  for (const auto& action : plan.actions) {
    CHECK(action.kind == ActionKind::convert_document);
    CHECK(action.to == "docx");
    converted.push_back(action.target);
  }
  CHECK(converted ==
        std::vector<std::string>{"推介表.docx", "事迹.docx", "工作总结.docx", "报名表.docx", "表格.docx"});
  REQUIRE(plan.manual.size() == 1);
  CHECK(plan.manual[0].file == "推介表.pdf");

  // Without LibreOffice each is a person's to save as .docx.
  CHECK(plan_fixes(loaded, findings, /*can_convert=*/false).manual.size() == findings.size());

  // One LibreOffice already failed on (or gave up on after its time limit) would fail again: a person's.
  findings.front().message_id = "material.legacy-format.conversion-failed";
  const auto after_failure = plan_fixes(loaded, findings, /*can_convert=*/true);
  CHECK(after_failure.actions.size() == 4);
  REQUIRE(after_failure.manual.size() == 2);
  CHECK(after_failure.manual[0].file == "推介表.rtf");
}

TEST_CASE("a missing sound track the notice does not require is left to a person; one it requires is added",
          "[fix]")
{
  folder::LoadedSubmission loaded;
  folder::Material video;
  video.file = "事迹视频.mp4";
  video.path = "/in/01-张三/事迹视频.mp4";
  video.role = folder::Role::video;
  video.type = "mp4";
  video.video = media::VideoFacts{};
  loaded.submission.materials.push_back(video);
  auto optional =
      core::make_finding("video.audio", "video.audio.missing-optional", core::Severity::warning, video.file);
  auto plan = plan_fixes(loaded, {optional}, true);
  CHECK(plan.actions.empty());
  REQUIRE(plan.manual.size() == 1);
  // Beijing: 声音…要清晰.
  auto missing = core::make_finding("video.audio", "video.audio.missing", core::Severity::error, video.file);
  plan = plan_fixes(loaded, {missing}, true);
  REQUIRE(plan.actions.size() == 1);
  CHECK(plan.actions[0].kind == ActionKind::transcode_video);
}

TEST_CASE("a photo cut short in transfer is not converted: it is to be sent again", "[fix]")
{
  folder::LoadedSubmission loaded;
  auto photo = document("证件照.heic", "heic");
  photo.role = folder::Role::id_photo;
  media::PhotoFacts facts;
  facts.format = media::ImageFormat::heic;
  facts.problem = "cannot decode: Invalid input: Unexpected end of file";
  facts.problem_kind = media::PhotoProblem::damaged;
  photo.photo = facts;
  loaded.submission.materials.push_back(photo);
  // A size finding a conversion would mend, on a photo that cannot be decoded.
  const std::vector<core::Finding> findings{
      core::make_finding("photo.file-size", "photo.file-size.over", core::Severity::error, "证件照.heic")};
  CHECK(plan_fixes(loaded, findings, /*can_convert=*/true).actions.empty());

  // The same photo whole is converted.
  loaded.submission.materials.front().photo->decoded = true;
  loaded.submission.materials.front().photo->problem.reset();
  loaded.submission.materials.front().photo->problem_kind = media::PhotoProblem::none;
  const auto plan = plan_fixes(loaded, findings, /*can_convert=*/true);
  REQUIRE(plan.actions.size() == 1);
  CHECK(plan.actions.front().kind == ActionKind::convert_photo);
}

} // namespace nominate::fix
