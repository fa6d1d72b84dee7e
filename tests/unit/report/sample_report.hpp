#pragma once

#include <nominate/report/report.hpp>

#include <string>

namespace nominate::test {

// A district run as the CLI would hand it to the writers: three submissions and one district entry, with
// errors and warnings, a waived finding, Chinese text, and a location of each family (a form's table cell,
// a sheet's cell, a CSV row, a text line). Counts: 3 submissions, 1 passed (2 with --strict: 0), 3 errors,
// 2 warnings, 1 waived.
[[nodiscard]] inline report::Report sample_report()
{
  using core::Finding;
  using core::Severity;

  report::Report out;
  out.tool_version = "0.1.0";
  out.configs = {"海淀区/nominate.yaml"};

  report::SubmissionReport zhang;
  zhang.path = "海淀区/01-张三";
  zhang.rules = "national/star@2023";
  zhang.rules_title = "百姓学习之星";
  zhang.as_of = "2024-05-01";
  zhang.kind = "star";
  zhang.title = "张三";
  zhang.deadline = "2024-05-31";
  zhang.days_left = 30;
  zhang.field_labels = {{"deeds", "主要事迹和成效"}};
  zhang.materials.push_back({"事迹视频.mp4",
                             "video",
                             "extension",
                             "mp4",
                             {{"codec", std::string("h264")},
                              {"width", std::int64_t{1280}},
                              {"fps", std::string("30")},
                              {"duration_s", 270.0},
                              {"has_audio", true}}});
  zhang.materials.push_back({"生活照 1.jpg", "photo", "extension", "jpeg", {}});

  Finding frame_rate;
  frame_rate.rule = "video.frame-rate";
  frame_rate.severity = Severity::error;
  frame_rate.file = "事迹视频.mp4";
  frame_rate.message_id = "video.frame-rate.mismatch";
  frame_rate.args = {{"file", "事迹视频.mp4"},
                     {"fps", "30"},
                     {"required", "25"},
                     {"export_zh", "分辨率 720P、帧率 25"},
                     {"export_en", "720p at 25 fps"},
                     {"command", "ffmpeg -i 事迹视频.mp4 -c:v libx264 -r 25 事迹视频-转码.mp4"}};
  frame_rate.expected = "25 fps";
  frame_rate.actual = "30 fps";
  frame_rate.clause = "帧率：25";

  Finding length;
  length.rule = "text.length";
  length.severity = Severity::warning;
  length.file = "推介表.docx";
  length.field = "deeds";
  length.location.emplace();
  length.location->table = 1;
  length.location->row = 10;
  length.location->cell_index = 2;
  length.message_id = "text.length.about-short";
  length.args = {{"label", "主要事迹和成效"}, {"count", "1200"}, {"counted", "words"},
                 {"about", "1500"},           {"low", "1350"},   {"high", "1650"}};
  length.expected = "≥ 1500 字";
  length.actual = "1200 字";
  length.clause = "主要事迹和成效（1500字左右）";

  Finding size;
  size.rule = "photo.file-size";
  size.severity = Severity::error;
  size.file = "生活照 1.jpg";
  size.message_id = "photo.file-size.too-large";
  size.args = {{"file", "生活照 1.jpg"}, {"size", "3.1 MB"}, {"max", "2 MB"}};
  size.expected = "≤ 2097152 B";
  size.actual = "3250585 B";
  size.clause = "照片大小不超过2M";
  size.waived = true;
  size.waiver_reason = "市教委同意使用原图（2024-04-20）";
  zhang.findings = {frame_rate, size, length};
  zhang.manual = {{"推介表须加盖本人所在单位公章", "The form bears the seal of the nominee's unit"},
                  {"推介表一式2份", "Two copies of the form"}};
  out.submissions.push_back(zhang);

  report::SubmissionReport li;
  li.path = "海淀区/02-李四";
  li.rules = "national/star@2023";
  li.rules_title = "百姓学习之星";
  li.as_of = "2024-05-01";
  li.kind = "star";
  li.title = "李四";
  Finding nominee;
  nominee.rule = "eligibility.past-nominee";
  nominee.severity = Severity::warning;
  nominee.file = "往年推介名单.csv";
  nominee.location.emplace();
  nominee.location->row = 3;
  nominee.message_id = "eligibility.past-nominee.match";
  nominee.args = {{"name", "李四"}, {"unit", "海淀区学院路街道"}, {"year", "2021"}};
  nominee.expected = "not nominated before";
  nominee.actual = "2021";
  nominee.clause = "往年已推介的原则上不再推介";
  li.findings = {nominee};
  out.submissions.push_back(li);

  report::SubmissionReport wang;
  wang.path = "海淀区/03-王五,备用:A";
  wang.rules = "national/star@2023";
  wang.as_of = "2024-05-01";
  wang.kind = "star";
  wang.title = "王五";
  wang.deadline = "2024-05-31";
  wang.days_left = -3;
  Finding waiver;
  waiver.rule = "waiver.invalid";
  waiver.severity = Severity::error;
  waiver.file = "nomination.yaml";
  waiver.location.emplace();
  waiver.location->line = 7;
  waiver.message_id = "waiver.invalid.no-reason";
  waiver.args = {{"rule", "video.duration"}, {"source", "nomination.yaml"}, {"line", "7"}};
  waiver.clause = "豁免须写明理由, 至少 100% 清楚\n并经批准";
  wang.findings = {waiver};
  out.submissions.push_back(wang);

  report::BatchEntry district;
  district.path = "海淀区";
  Finding registration;
  registration.rule = "batch.registration";
  registration.severity = Severity::error;
  registration.file = "登记表.xlsx";
  registration.location.emplace();
  registration.location->sheet = "登记表";
  registration.location->cell = "L5";
  registration.message_id = "batch.registration.mismatch";
  registration.args = {{"name", "张三"}, {"column", "性别"}, {"form_value", "男"}, {"table_value", "女"}};
  registration.expected = "男";
  registration.actual = "女";
  registration.clause = "登记表与推介表一致";
  district.findings = {registration};
  out.batch.push_back(district);
  return out;
}

} // namespace nominate::test
