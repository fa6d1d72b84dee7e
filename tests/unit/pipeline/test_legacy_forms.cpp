// Legacy .doc forms converted through LibreOffice while -j runs several submissions at once: each submission
// is read from its own form.
#include "pipeline_helpers.hpp"

#include <nominate/office/legacy.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::TempDir;

TEST_CASE("legacy forms converted in parallel each give their own submission's fields", "[pipeline][soffice]")
{
  const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  REQUIRE(soffice); // the README's install command provides LibreOffice
  const TempDir dir;
  const TempDir work;
  const auto district = dir.path() / "区";
  dir.write("区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_into(example("legacy-doc/推介表.doc"), district / "01-王秀兰" / "推介表.doc");
  copy_into(nominate::test::legacy_doc(example("海淀区/01-张三/推介表.docx"), "张三.doc"),
            district / "02-张三" / "推介表.doc");
  copy_into(nominate::test::legacy_doc(example("海淀区/02-李四/推介表.docx"), "李四.doc"),
            district / "03-李四" / "推介表.doc");

  auto request = nominate::test::request_for({district.string()}, 3);
  request.load.soffice = *soffice;
  request.load.work_dir = work.path();
  const auto outcome = nominate::pipeline::check_paths(request, nullptr);

  CHECK(outcome.errors.empty());
  REQUIRE(outcome.report.submissions.size() == 3);
  CHECK(outcome.report.submissions[0].title == "王秀兰");
  CHECK(outcome.report.submissions[1].title == "张三");
  CHECK(outcome.report.submissions[2].title == "李四");
  for (const auto& submission : outcome.report.submissions) {
    CHECK(submission.rules == "national/star@2023");
    const auto* legacy = nominate::test::find_rule(submission.findings, "material.legacy-format");
    REQUIRE(legacy);
    CHECK(legacy->message_id == "material.legacy-format.converted");
  }
}
