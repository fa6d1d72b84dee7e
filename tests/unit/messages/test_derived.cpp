#include <nominate/core/display_name.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace nominate;

namespace {

core::Finding video_finding(std::string message_id)
{
  core::Finding finding;
  finding.rule = "video.duration";
  finding.message_id = std::move(message_id);
  finding.file = "事迹视频.mp4";
  return finding;
}

bool says(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("durations, export settings and damage are worded by the renderer from neutral args", "[messages]")
{
  SECTION("a duration in seconds reads as 分秒 in Chinese and min/s in English")
  {
    auto finding = video_finding("video.duration.too-long");
    finding.args = {{"duration", "5:30"}, {"duration_s", "330.2"}, {"max", "5:00"}, {"max_s", "300"}};
    CHECK(says(messages::render(finding, core::Language::zh).message,
               "时长 5分30秒（5:30），超过 5分钟（5:00）"));
    finding.args["duration_s"] = "45";
    CHECK(says(messages::render(finding, core::Language::zh).message, "时长 45秒"));
  }
  SECTION("the export settings come from the target's lines and frame rate, or say only MP4 without them")
  {
    auto finding = video_finding("video.duration.too-long");
    finding.args = {{"duration_s", "330"}, {"max_s", "300"}, {"target_p", "720"}, {"target_fps", "29.970"}};
    CHECK(says(messages::render(finding, core::Language::zh).fix, "设置分辨率 720P、帧率 29.97、格式 MP4"));
    CHECK(says(messages::render(finding, core::Language::en).fix,
               "resolution 720P, frame rate 29.97, format MP4"));
    finding.args = {{"duration_s", "330"}, {"max_s", "300"}};
    CHECK(says(messages::render(finding, core::Language::zh).fix, "设置格式 MP4"));
  }
  SECTION("FFmpeg's English damage entries never reach the Chinese text; repeated meanings are said once")
  {
    core::Finding finding;
    finding.rule = "video.corrupt";
    finding.message_id = "video.corrupt.truncated";
    finding.file = "事迹视频.mp4";
    finding.args = {{"detail", "FFmpeg: Invalid NAL; FFmpeg: error while decoding MB 3 4"},
                    {"damage", "FFmpeg: Invalid NAL｜FFmpeg: error while decoding MB 3 4｜file ends early"}};
    auto zh = messages::render(finding, core::Language::zh).message;
    CHECK(says(zh, "（解码器报告数据错误；文件不完整，后面一部分缺失）"));
    CHECK_FALSE(says(zh, "NAL"));
    CHECK(says(messages::render(finding, core::Language::en).message, "Invalid NAL"));
    // The writers escape args for display (core::escape_name_for_text) before rendering: the entries survive.
    finding.args["damage"] = core::escape_name_for_text(finding.args["damage"]);
    CHECK(says(messages::render(finding, core::Language::zh).message,
               "（解码器报告数据错误；文件不完整，后面一部分缺失）"));
    // A deep check cut short by an edit list that runs on past the length says so.
    finding.args["damage"] =
        "decoding stopped at 1:02: the frames' timestamps go on past the video's length (0:02)";
    CHECK(says(messages::render(finding, core::Language::zh).message, "编辑列表异常"));
  }
  SECTION("a damaged document names the programs a clerk would open it in")
  {
    core::Finding finding;
    finding.rule = "material.unreadable";
    finding.message_id = "material.unreadable.damaged";
    finding.args = {{"detail", "not a readable zip"}};
    for (const auto& [file, programs] :
         std::vector<std::pair<std::string, std::string>>{{"推介表.docx", "WPS/Word 也可能打不开"},
                                                          {"登记表.XLSX", "WPS/Excel 也可能打不开"},
                                                          {"工作总结.pdf", "PDF 阅读器也可能打不开"}}) {
      finding.file = file;
      finding.args["file"] = file;
      CHECK(says(messages::render(finding, core::Language::zh).message, programs));
    }
    // Where the reader said why, in Chinese, without its English detail; English keeps the detail.
    finding.file = "推介表.docx";
    finding.args = {{"file", "推介表.docx"},
                    {"detail", "word/document.xml declares its text as gbk, an encoding Word does not read"},
                    {"reason", "part-encoding"}};
    const auto zh = messages::render(finding, core::Language::zh).message;
    CHECK(says(zh, "文件结构损坏：文件内部的文字编码不是 Word 能读的 UTF-8，WPS/Word 也可能打不开"));
    CHECK_FALSE(says(zh, "declares"));
    CHECK(says(messages::render(finding, core::Language::en).message, "declares its text as gbk"));
  }
}

TEST_CASE("why a zip entry's name is unsafe is said in the reader's words, not the check's", "[messages]")
{
  core::Finding finding;
  finding.rule = "package.unsafe-name";
  finding.message_id = "package.unsafe-name.escape";
  finding.file = "材料/a:b.txt";
  finding.args = {{"reason", "colon"}};
  auto zh = messages::render(finding, core::Language::zh).message;
  CHECK(says(zh, "“材料/a:b.txt”文件名不安全：含冒号"));
  CHECK_FALSE(says(zh, "colon"));
  CHECK(says(messages::render(finding, core::Language::en).message, "has an unsafe name: it holds a colon"));
  finding.args["reason"] = "parent";
  CHECK(says(messages::render(finding, core::Language::zh).message, "上一级文件夹"));
  finding.args["reason"] = "bidi";
  CHECK(says(messages::render(finding, core::Language::zh).message, "文字方向控制符"));
}
