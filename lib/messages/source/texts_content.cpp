// Messages for what a nomination shows beyond the letter of the notice (issue 14): a video's picture and
// sound (video.audio-silent, video.black, video.frozen, video.dark, video.blurry, measured with --deep), a
// promotional text that repeats the deeds (text.promo-copied), and text shared between submissions
// (batch.text-reuse).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_content{
    MessageText{
        "video.audio-silent.no-track",
        "视频“{file}”没有声音（没有音轨）。",
        "The video \"{file}\" has no sound (no sound track).",
        "检查拍摄时手机是否静音、剪映里是否关闭了“原声”，重新导出带声音的视频。",
        "Check the recording was not muted and CapCut's original sound is on; export again with sound.",
    },
    MessageText{
        "video.audio-silent.silent",
        "视频“{file}”声音太小/没有声音：{share} 的时间是静音（{ranges}），综合响度 {loudness}。",
        "The video \"{file}\" is silent or nearly so: {share} of it is silence ({ranges}); integrated loudness {loudness}.",
        "检查拍摄时麦克风是否被遮挡、剪映里“原声”是否关闭或音量被调为 0，补录旁白后重新导出。\nIT：ffmpeg -i "
        "\"{file}\" -af ebur128 -f null -",
        "Check the microphone was not covered and that CapCut's original sound is on and not at volume 0; add a "
        "voice-over and export again.\nIT: ffmpeg -i \"{file}\" -af ebur128 -f null -",
    },
    MessageText{
        "video.audio-silent.quiet",
        "视频“{file}”声音太小：综合响度 {loudness}，低于 {min_lufs}（正常讲话约 -23 至 -16 LUFS），评审听不清。",
        "The video \"{file}\" is too quiet: integrated loudness {loudness}, under {min_lufs} (speech is usually -23 "
        "to -16 LUFS); reviewers will not hear it.",
        "在剪映中把人声音量调大（或使用“响度统一”）后重新导出。\nIT：ffmpeg -i \"{file}\" -af loudnorm=I=-16 -c:v copy "
        "视频-响度.mp4",
        "Raise the voice's volume in the editor (or normalise loudness) and export again.\nIT: ffmpeg -i \"{file}\" "
        "-af loudnorm=I=-16 -c:v copy video-loud.mp4",
    },
    MessageText{
        "video.black.share",
        "视频“{file}”有 {share} 的时间是黑屏（共 {seconds} 秒：{ranges}），超过 {max_share}。",
        "The video \"{file}\" is black for {share} of its length ({seconds} s: {ranges}), over {max_share}.",
        "在剪映中删除这些黑屏片段（常见于片头片尾或素材之间），重新导出。",
        "Delete these black stretches in the editor (often at the start, the end or between clips) and export again.",
    },
    MessageText{
        "video.frozen.share",
        "视频“{file}”有 {share} 的时间画面静止不动（共 {seconds} 秒：{ranges}），超过 {max_share}，像照片幻灯片。",
        "The picture of the video \"{file}\" stands still for {share} of its length ({seconds} s: {ranges}), over "
        "{max_share}: a slideshow rather than a video.",
        "补充本人学习、活动的实拍片段，缩短长时间停留的照片和字幕页，重新导出。",
        "Add footage of the person learning and at work, shorten long still photos and title pages, and export "
        "again.",
    },
    MessageText{
        "video.dark.share",
        "视频“{file}”画面太暗：{share} 的画面平均亮度低于 {max_luma}（全片平均 {luma}，0–255），可能看不清人物。",
        "The video \"{file}\" is too dark: {share} of its pictures have a mean luma under {max_luma} (average {luma} "
        "of 255); the person may not be visible.",
        "在光线充足处重新拍摄，或在剪映“调节”中提高亮度、曝光后重新导出。\nIT：ffmpeg -i \"{file}\" -vf "
        "eq=brightness=0.1:gamma=1.3 -c:a copy 视频-亮.mp4",
        "Shoot again in good light, or raise brightness and exposure in the editor's Adjust panel.\nIT: ffmpeg -i "
        "\"{file}\" -vf eq=brightness=0.1:gamma=1.3 -c:a copy video-bright.mp4",
    },
    MessageText{
        "video.blurry.share",
        "视频“{file}”画面模糊：{share} 的画面模糊度高于 {max_blur}（中位数 {blur}），可能看不清人物。",
        "The video \"{file}\" is blurry: {share} of its pictures have a blurriness over {max_blur} (median {blur}); "
        "the person may not be clear.",
        "用原始素材（不要用微信转发过的视频）重新剪辑，导出时选 720P 或 1080P、较高码率；拍摄时先点屏幕对焦。",
        "Edit again from the original footage (not a copy forwarded through a chat app), export at 720P or 1080P "
        "with a higher bit rate; tap to focus when shooting.",
    },
    MessageText{
        "text.promo-copied.head",
        "“{label}”就是“{source}”的开头（{share} 的文字相同：“{passage}”），通知要求的是宣传展示材料，不是事迹摘录。",
        "\"{label}\" is the beginning of \"{source}\" ({share} of it is the same: \"{passage}\"); the notice asks for "
        "promotional material, not an excerpt of the deeds.",
        "另写一段面向公众的宣传文字：一句话概括人物、最打动人的一两个事例、取得的成效。",
        "Write a separate text for the public: who the person is in a sentence, one or two moving examples, the "
        "results.",
    },
    MessageText{
        "text.promo-copied.excerpt",
        "“{label}”的文字 {share} 摘自“{source}”（“{passage}”），通知要求的是宣传展示材料，不是事迹摘录。",
        "{share} of \"{label}\" is taken from \"{source}\" (\"{passage}\"); the notice asks for promotional "
        "material, not an excerpt of the deeds.",
        "另写一段面向公众的宣传文字：一句话概括人物、最打动人的一两个事例、取得的成效。",
        "Write a separate text for the public: who the person is in a sentence, one or two moving examples, the "
        "results.",
    },
    MessageText{
        "batch.text-reuse.shared",
        "“{path_a}”与“{path_b}”的文字有 {share} 相同，例如{label}中的“{passage}”。",
        "\"{path_a}\" and \"{path_b}\" share {share} of their text, e.g. in {label}: \"{passage}\".",
        "核对两份材料，各自写本人或本项目的真实情况，删除照搬的段落。",
        "Compare the two: each should describe its own person or project; rewrite the copied passages.",
    },
    MessageText{
        "batch.text-reuse.same-nominee",
        "“{path_a}”与“{path_b}”是同一推介对象，文字有 {share} 相同：同一份材料报送了两次（例如重新打包的修订版），或两个区推介了同一人、同一项目。",
        "\"{path_a}\" and \"{path_b}\" are the same nominee, sharing {share} of their text: one nomination sent twice (a package re-sent as a revision), or the same person or project put forward by two districts.",
        "是重新报送的，只保留最新的一份材料包（看材料包名称或 bag-info.txt 里的修订号）；是两个区推介了同一对象的，请与两个区核实，只保留一处推介。",
        "If it was re-sent, keep only the newest package (its name or the revision in bag-info.txt); if two districts put forward the same nominee, check with both and keep one nomination.",
    },
};

} // namespace

std::span<const MessageText> content_messages()
{
  return k_content;
}

} // namespace nominate::messages
