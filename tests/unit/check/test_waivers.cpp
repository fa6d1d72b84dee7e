#include <nominate/check/check.hpp>

#include <catch2/catch.hpp>

using namespace nominate;

namespace {

core::Finding finding(std::string rule, std::string file, std::optional<std::string> field = std::nullopt)
{
  core::Finding out;
  out.rule = std::move(rule);
  out.file = std::move(file);
  out.field = std::move(field);
  out.message_id = out.rule + ".x";
  return out;
}

folder::Waiver waiver(std::string rule, std::string reason)
{
  folder::Waiver out;
  out.rule = std::move(rule);
  out.reason = std::move(reason);
  out.approved_by = "区教育局 王科长";
  out.date = "2024-04-20";
  out.source = "nomination.yaml";
  out.line = 7;
  return out;
}

} // namespace

TEST_CASE("apply_waivers marks the findings a waiver matches, and refuses a waiver without a reason",
          "[check]")
{
  std::vector<core::Finding> findings{finding("video.duration", "事迹视频.mp4"),
                                      finding("video.duration", "补充视频.mp4"),
                                      finding("eligibility.profile", "推介表.docx", "unit_position")};

  SECTION("a waiver naming the rule only waives every finding of that rule, keeping its reason")
  {
    check::apply_waivers(findings, {waiver("video.duration", "经市教委同意，视频可为5分30秒")});
    CHECK(findings[0].waived);
    CHECK(findings[1].waived);
    CHECK(findings[0].waiver_reason == "经市教委同意，视频可为5分30秒");
    CHECK_FALSE(findings[2].waived);
    CHECK(findings.size() == 3);
  }
  SECTION("a waiver naming a file waives that file's finding only")
  {
    auto only_one = waiver("video.duration", "特殊情况");
    only_one.file = "补充视频.mp4";
    check::apply_waivers(findings, {only_one});
    CHECK_FALSE(findings[0].waived);
    CHECK(findings[1].waived);
  }
  SECTION("a waiver naming a field matches that field; another field or rule does not match")
  {
    auto on_field = waiver("eligibility.profile", "退休返聘，实为社区教育志愿者");
    on_field.field = "unit_position";
    auto other_field = waiver("eligibility.profile", "理由");
    other_field.field = "name";
    auto other_rule = waiver("photo.color", "理由");
    check::apply_waivers(findings, {other_field, other_rule});
    CHECK_FALSE(findings[2].waived);
    check::apply_waivers(findings, {on_field});
    CHECK(findings[2].waived);
  }
  SECTION("a waiver without a reason does not apply and is itself an error where it was written")
  {
    check::apply_waivers(findings, {waiver("video.duration", "  \u3000")});
    CHECK_FALSE(findings[0].waived);
    REQUIRE(findings.size() == 4);
    const auto& invalid = findings.back();
    CHECK(invalid.rule == "waiver.invalid");
    CHECK(invalid.severity == core::Severity::error);
    CHECK(invalid.file == "nomination.yaml");
    REQUIRE(invalid.location.has_value());
    CHECK(invalid.location->line == 7);
    CHECK(invalid.args.at("rule") == "video.duration");
  }
}

TEST_CASE("sort_findings orders by file, field and rule, whatever the order they were made in", "[check]")
{
  std::vector<core::Finding> findings{
      finding("video.frame-rate", "事迹视频.mp4"),
      finding("text.length", "推介表.docx", "deeds"),
      finding("material.missing", ""),
      finding("field.required", "推介表.docx", "awards"),
      finding("form.revisions", "推介表.docx"),
      finding("video.codec", "事迹视频.mp4"),
      finding("field.format", "推介表.docx", "deeds"),
  };
  auto reversed = findings;
  std::ranges::reverse(reversed);
  check::sort_findings(findings);
  check::sort_findings(reversed);

  auto key = [](const core::Finding& f) { return f.file + "|" + f.field.value_or("-") + "|" + f.rule; };
  std::vector<std::string> keys;
  for (const auto& f : findings) {
    keys.push_back(key(f));
  }
  CHECK(keys == std::vector<std::string>{
                    "|-|material.missing",
                    "事迹视频.mp4|-|video.codec",
                    "事迹视频.mp4|-|video.frame-rate",
                    "推介表.docx|-|form.revisions",
                    "推介表.docx|awards|field.required",
                    "推介表.docx|deeds|field.format",
                    "推介表.docx|deeds|text.length",
                });
  for (std::size_t i = 0; i < findings.size(); ++i) {
    CHECK(key(reversed[i]) == keys[i]);
  }
}

TEST_CASE("where the rule set requires approved_by and date, a waiver without them does not apply", "[check]")
{
  rules::WaiverRequirements both{.approved_by = true, .date = true};
  auto unsigned_waiver = waiver("video.duration", "经市教委同意，视频可为5分30秒");
  unsigned_waiver.approved_by.clear();
  unsigned_waiver.date = " ";

  SECTION("without the requirement it applies, as before")
  {
    std::vector<core::Finding> findings{finding("video.duration", "事迹视频.mp4")};
    check::apply_waivers(findings, {unsigned_waiver});
    CHECK(findings.size() == 1);
    CHECK(findings[0].waived);
  }
  SECTION("with it, the finding stays and the waiver is an error naming what it lacks")
  {
    std::vector<core::Finding> findings{finding("video.duration", "事迹视频.mp4")};
    check::apply_waivers(findings, {unsigned_waiver}, both);
    REQUIRE(findings.size() == 2);
    CHECK_FALSE(findings[0].waived);
    CHECK(findings[1].rule == "waiver.invalid");
    CHECK(findings[1].message_id == "waiver.invalid.no-approval");
    CHECK(findings[1].severity == core::Severity::error);
    CHECK(findings[1].args.at("missing") == "approved_by, date");
    CHECK(findings[1].file == "nomination.yaml");
    REQUIRE(findings[1].location);
    CHECK(findings[1].location->line == 7);
  }
  SECTION("a signed, dated waiver applies")
  {
    std::vector<core::Finding> findings{finding("video.duration", "事迹视频.mp4")};
    check::apply_waivers(findings, {waiver("video.duration", "经市教委同意")}, both);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].waived);
    CHECK(findings[0].waiver_approved_by == "区教育局 王科长");
  }
  SECTION("only the date required: a waiver with a signer but no date names just the date")
  {
    auto no_date = waiver("video.duration", "经市教委同意");
    no_date.date.clear();
    std::vector<core::Finding> findings{finding("video.duration", "事迹视频.mp4")};
    check::apply_waivers(findings, {no_date}, rules::WaiverRequirements{.approved_by = false, .date = true});
    REQUIRE(findings.size() == 2);
    CHECK(findings[1].args.at("missing") == "date");
  }
}
