// The rules about what a nomination shows rather than how its files are made (issue 14): a video's picture
// and sound under --deep (video.audio-silent, video.black, video.frozen, video.dark, video.blurry), a
// 宣传展示材料 that only repeats the deeds (text.promo-copied), and texts shared between submissions
// (batch.text-reuse). All are judgements a reviewer makes by eye: warnings by default.
#include "catalog_data.hpp"

namespace nominate::rules::detail {

using core::Severity;

namespace {

const std::vector<std::string_view> k_video_roles{"video"};

ParamInfo share_param(double default_share, core::LocalText meaning)
{
  return ParamInfo{.name = "max_share",
                   .type = ParamType::number,
                   .meaning = std::move(meaning),
                   .default_value = Param{default_share},
                   .minimum = 0,
                   .maximum = 1};
}

RuleInfo video_content_rule(std::string_view id, core::LocalText title, core::LocalText what,
                            core::LocalText fix, std::vector<ParamInfo> params)
{
  return RuleInfo{.id = id,
                  .title = std::move(title),
                  .what = std::move(what),
                  .fix = std::move(fix),
                  .params = std::move(params),
                  .target = Target::material,
                  .roles = k_video_roles,
                  .severity = Severity::warning};
}

} // namespace

std::vector<RuleInfo> content_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(video_content_rule(
      "video.audio-silent", {"视频声音太小或没有声音", "Video silent or too quiet"},
      {"（使用 --deep 时）视频的声音大部分时间是静音（低于 -50 dB 持续 2 秒以上的片段合计超过 max_share），"
       "或整体响度（EBU R128 综合响度，LUFS）低于 min_lufs，评审听不清；require_audio 时没有音轨也报告。",
       "(With --deep) the sound is silent for most of the video (stretches below -50 dB for 2 s or more, together "
       "over max_share), or its integrated loudness (EBU R128, LUFS) is under min_lufs: reviewers cannot hear it; "
       "with require_audio, no sound track at all is reported too."},
      {"检查拍摄时手机是否静音、剪映里“原声”是否关闭；旁白声音小的，在剪映中把音量调大或使用“音频降噪”后重新导出。\n"
       "ffmpeg -i 视频.mp4 -af loudnorm=I=-16 -c:v copy 视频-响度.mp4",
       "Check the phone was not muted and CapCut's original sound is on; raise a quiet voice-over's volume and "
       "export again.\nffmpeg -i video.mp4 -af loudnorm=I=-16 -c:v copy video-loud.mp4"},
      {share_param(0.5, {"静音部分占时长的最大比例（0–1）",
                         "the largest share of the duration that may be silent (0–1)"}),
       ParamInfo{.name = "min_lufs",
                 .type = ParamType::number,
                 .meaning = {"最低综合响度（LUFS），正常讲话约 -23 至 -16",
                             "the lowest integrated loudness in LUFS (speech is usually -23 to -16)"},
                 .default_value = Param{-40.0},
                 .minimum = -70,
                 .maximum = 0},
       ParamInfo{
           .name = "require_audio",
           .type = ParamType::flag,
           .meaning =
               {"没有音轨是否也报告（规则集未检查 video.audio 时使用）",
                "whether no sound track is reported too (where the rule set does not check video.audio)"},
           .default_value = Param{false}}}));
  rules.push_back(video_content_rule(
      "video.black", {"视频大段黑屏", "Video black for long stretches"},
      {"（使用 --deep 时）视频中全黑的片段（98% 的像素亮度低于 10%，持续 1 秒以上）合计超过时长的 max_share。",
       "(With --deep) black stretches (98% of pixels under 10% brightness for 1 s or more) add up to more than "
       "max_share of the duration."},
      {"在剪映中删除黑屏片段（常见于片头片尾或素材之间），重新导出。",
       "Delete the black stretches in the editor (often at the start, the end or between clips) and export "
       "again."},
      {share_param(0.25, {"黑屏占时长的最大比例（0–1）",
                          "the largest share of the duration that may be black (0–1)"})}));
  rules.push_back(video_content_rule(
      "video.frozen", {"视频画面长时间静止", "Video frozen for long stretches"},
      {"（使用 --deep 时）画面静止不动（2 秒以上没有变化，如照片幻灯片或卡住的画面）合计超过时长的 max_share。",
       "(With --deep) the picture stands still (no change for 2 s or more: a slideshow of photos, a stuck "
       "picture) for more than max_share of the duration."},
      {"补充本人学习、活动的实拍片段，减少长时间停留的照片或字幕页，重新导出。",
       "Add footage of the person learning and at work, shorten long still photos and title pages, and export "
       "again."},
      {share_param(0.5, {"静止画面占时长的最大比例（0–1）",
                         "the largest share of the duration that may be frozen (0–1)"})}));
  ParamInfo max_luma{
      .name = "max_luma",
      .type = ParamType::number,
      .meaning = {"“太暗”的画面平均亮度上限（0–255，视频黑为 16）",
                  "a picture is dark when its mean luma is under this (0–255; video black is 16)"},
      .default_value = Param{40.0},
      .minimum = 0,
      .maximum = 255};
  rules.push_back(video_content_rule(
      "video.dark", {"视频画面太暗", "Video too dark"},
      {"（使用 --deep 时）每半秒取一帧，平均亮度低于 max_luma 的画面（黑屏片段除外）超过 max_share，看不清人物。",
       "(With --deep) of the pictures sampled every half second (black stretches aside), more than max_share "
       "have a mean luma under max_luma: the person cannot be seen."},
      {"在光线充足处重新拍摄；或在剪映“调节”中提高亮度、曝光后重新导出。\n"
       "ffmpeg -i 视频.mp4 -vf eq=brightness=0.1:gamma=1.3 -c:a copy 视频-亮.mp4",
       "Shoot again in good light, or raise brightness and exposure in the editor's Adjust panel.\n"
       "ffmpeg -i video.mp4 -vf eq=brightness=0.1:gamma=1.3 -c:a copy video-bright.mp4"},
      {max_luma,
       share_param(0.5, {"太暗画面的最大比例（0–1）", "the largest share of dark pictures (0–1)"})}));
  rules.push_back(video_content_rule(
      "video.blurry", {"视频画面模糊", "Video blurry"},
      {"（使用 --deep 时）每半秒取一帧，FFmpeg blurdetect 的模糊度高于 max_blur 的画面（黑屏片段除外）超过 "
       "max_share：对焦不准、分辨率被放大或压缩过度。",
       "(With --deep) of the pictures sampled every half second (black stretches aside), more than max_share "
       "have an FFmpeg blurdetect blurriness over max_blur: out of focus, upscaled or over-compressed."},
      {"用原始素材（而不是从微信等转发后的视频）重新剪辑导出，导出时选择 720P/1080P 和较高码率；拍摄时先点屏幕对焦。",
       "Edit again from the original footage (not a copy forwarded through a chat app), export at 720P/1080P "
       "and a higher bit rate; tap to focus when shooting."},
      {ParamInfo{
           .name = "max_blur",
           .type = ParamType::number,
           .meaning =
               {"“模糊”的画面模糊度下限（blurdetect 的值；手机拍的清晰画面约 3.5–12，随画面内容而变）",
                "a picture is blurry when blurdetect's value is over this (sharp phone-like footage measures about "
                "3.5–12, depending on what is shown)"},
           .default_value = Param{12.0},
           .minimum = 0},
       share_param(0.5, {"模糊画面的最大比例（0–1）", "the largest share of blurry pictures (0–1)"})}));
  rules.push_back(RuleInfo{
      .id = "text.promo-copied",
      .title = {"宣传展示材料照抄事迹", "Promotional text copied from the deeds"},
      .what =
          {"“宣传展示材料”的文字几乎全部（min_share 以上）取自同一份推介表的事迹（source 字段），"
           "通常是事迹的前二百字：通知要的是宣传材料，不是摘录。",
           "The 宣传展示材料 text is almost wholly (over min_share) taken from the same form's deeds (the "
           "source field), usually their first 200 characters: the notice asks for promotional material, not an "
           "excerpt."},
      .fix =
          {"另写一段面向公众的宣传文字：一句话概括人物或项目、最打动人的一两个事例、取得的成效，可配照片或视频链接。",
           "Write a separate text for the public: one sentence on who or what it is, one or two moving examples, "
           "the results; photos or a video link may go with it."},
      .params =
          {ParamInfo{.name = "source",
                     .type = ParamType::string,
                     .meaning = {"与之比较的字段（事迹）", "the field compared with (the deeds)"},
                     .default_value = Param{std::string("deeds")},
                     .names_field = true},
           ParamInfo{
               .name = "min_share",
               .type = ParamType::number,
               .meaning = {"宣传文字中取自事迹的最小比例（0–1）即报告",
                           "the share of the promotional text found in the deeds that is reported (0–1)"},
               .default_value = Param{0.8},
               .minimum = 0,
               .maximum = 1}},
      .target = Target::field,
      .severity = Severity::warning,
  });
  rules.push_back(RuleInfo{
      .id = "batch.text-reuse",
      .title = {"不同推介材料文字雷同", "Text shared between submissions"},
      .what =
          {"本批（区级检查时同一区的材料；nominate verify 时所给的全部材料包之间）中两份推介材料的长文字（事迹、基本情况、"
           "宣传材料、工作总结）有很大一部分相同（按去掉空格标点后连续 8 个字的片段计）：同一段文字被粘贴进两份材料。"
           "同一人（姓名和出生年月相同；品牌项目为项目名称和项目单位相同）往年的材料不在此列：年份取 nomination.yaml 或 "
           "nominate.yaml 的 as_of，否则规则集的年份。同一人同一年的两份材料是 batch.duplicate（同一区内）；"
           "verify 时分属两个包的，在此报告。",
           "In this batch (a district's submissions in a run; with nominate verify, every package it is given, "
           "compared with one another) two submissions' long texts (deeds, description, promotional text, work "
           "summary) share a large part (counted in runs of 8 characters after removing spaces and punctuation): "
           "the same text pasted into two nominations. The same nominee's (the same name and date of birth; for "
           "a project the same name and unit) text from an earlier year is not this finding: the year is "
           "nomination.yaml's or nominate.yaml's as_of, else the rule set's. The same nominee twice in one year is "
           "batch.duplicate within a district; across two packages given to verify it is reported here."},
      .fix =
          {"核对两份材料：各自写本人或本项目的真实情况，删除照搬的段落。",
           "Compare the two: each should describe its own person or project; rewrite the copied passages."},
      .params = {ParamInfo{
          .name = "min_share",
          .type = ParamType::number,
          .meaning = {"两份材料相同部分占较短一份的最小比例（0–1）即报告",
                      "the share of the shorter submission's text found in the other that is reported (0–1)"},
          .default_value = Param{0.3},
          .minimum = 0,
          .maximum = 1}},
      .target = Target::none,
      .trigger = Trigger::batch,
      .severity = Severity::warning,
  });
  return rules;
}

} // namespace nominate::rules::detail
