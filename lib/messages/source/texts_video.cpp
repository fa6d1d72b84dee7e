// Messages for videos (video.*). Every fix says what to do in 剪映 (the video editor on most clerks' phones
// and PCs) and on an iPhone, then gives IT staff a ready ffmpeg command ({command}).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_video{
    MessageText{
        "video.container.wrong",
        "视频“{file}”是 {container} 格式，要求 {formats}。",
        "The video \"{file}\" is {container}; {formats} is required.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.container.misnamed",
        "视频“{file}”的扩展名是 {extension}，但内容是 {container} 格式（改过扩展名，或录制、剪辑软件就是这样保存的）。",
        "The video \"{file}\" is named {extension} but holds {container} (renamed, or saved so by the recording or editing app).",
        "改扩展名不会改变格式。{reexport_zh}\nIT：{command}",
        "A new name does not convert it. {reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.container.extension",
        "视频“{file}”的内容是 {container} 格式，但扩展名是 {extension}：收件方按扩展名判断，可能当作不合格的格式退回。",
        "The video \"{file}\" is {container} inside but is named {extension}: whoever receives it goes by the name and may turn it back as the wrong format.",
        "只需改名，不用重新导出：把文件重命名为“{renamed}”（看不到扩展名时：文件资源管理器 → 查看 → 勾选“文件扩展名”）。\nIT：{command}",
        "Renaming is all it takes, no export: rename the file to \"{renamed}\" (if extensions are hidden: File Explorer → View → tick \"File name extensions\").\nIT: {command}",
    },
    MessageText{
        "video.codec.hevc",
        "视频“{file}”的编码是 HEVC (H.265)（手机的“高效”格式，相机、无人机也常用），要求 {codecs}；很多电脑和评审系统无法播放。",
        "The video \"{file}\" is encoded in HEVC (H.265), phones' \"High Efficiency\" format that cameras and drones use too; {codecs} is required, and many computers and review systems cannot play it.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.codec.h264-profile",
        "视频“{file}”虽是 H.264 编码，但用的是 {profile} 档次（{depth} 位色深、{chroma}），不少电脑、电视和单位的播放器放不了，它们只能放普通的 8 位 H.264。",
        "The video \"{file}\" is H.264, but in the {profile} profile ({depth}-bit, {chroma}): many PCs, TVs and office players cannot play it; they play ordinary 8-bit H.264 only.",
        "{reexport_zh}导出时不要选 HDR 或“10 bit”（选 SDR / 8 位）；手机拍摄时可关闭“HDR 视频”。\nIT：{command}",
        "{reexport_en} Do not choose HDR or 10-bit when exporting (choose SDR / 8-bit); on the phone, turn off HDR video.\nIT: {command}",
    },
    MessageText{
        "video.codec.other",
        "视频“{file}”的编码是 {codec}，要求 {codecs}。",
        "The video \"{file}\" is encoded in {codec}; {codecs} is required.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.resolution.portrait",
        "视频“{file}”是竖屏画面（播放时为 {width}×{height}），要求横屏 {required}。",
        "The video \"{file}\" is portrait (it plays as {width}×{height}); landscape {required} is required.",
        "拍摄时请横握手机。已拍好的竖屏视频可在剪映中把画面比例设为 16:9（两侧留黑边或模糊背景），再导出，设置{export_zh}。\nIT：{command}",
        "Hold the phone sideways when filming. For a portrait video already shot, set the canvas to 16:9 in CapCut (black or blurred sides) and export with {export_en}.\nIT: {command}",
    },
    MessageText{
        "video.resolution.shape",
        "视频“{file}”的分辨率是 {width}×{height}，画面比例与要求的 {required}（16:9 横屏）不同。",
        "The video \"{file}\" is {width}×{height}, a different shape from the {required} (16:9 landscape) required.",
        "在剪映中先把画面比例设为 16:9（上下或两侧留黑边，画面不拉伸、不裁切），再导出，设置{export_zh}；不改比例直接导出，尺寸仍然不对。\nIT：{command}",
        "In CapCut set the canvas to 16:9 first (black bars above and below or at the sides; the picture neither "
        "stretched nor cut), then export with {export_en}; exported without changing the canvas, it keeps "
        "its shape and the wrong size.\nIT: {command}",
    },
    MessageText{
        "video.resolution.non-square",
        "视频“{file}”的像素不是正方形（像素宽高比 {sar}）：文件里是 {coded_width}×{coded_height}，播放时被拉伸为 {width}×{height}；要求 {required} 个正方形像素。",
        "The video \"{file}\" has non-square pixels (aspect {sar}): it stores {coded_width}×{coded_height} and plays "
        "stretched to {width}×{height}; {required} square pixels are required.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.resolution.interlaced",
        "视频“{file}”是 {width}×{height}，但为隔行扫描（摄像机常见），要求逐行的 {required}（720P 的 P 即逐行）；隔行画面一动就有梳状纹。",
        "The video \"{file}\" is {width}×{height} but interlaced (as camcorders record); {required} progressive is required (the P of 720P), and an interlaced picture shows combing wherever it moves.",
        "{reexport_zh}（nominate fix 会同时转为逐行）\nIT：{command}",
        "{reexport_en} (nominate fix makes it progressive as well)\nIT: {command}",
    },
    MessageText{
        "video.resolution.mismatch",
        "视频“{file}”的分辨率是 {width}×{height}，要求 {required}。",
        "The video \"{file}\" is {width}×{height}; {required} is required.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.frame-rate.mismatch",
        "视频“{file}”的帧率是 {fps} fps，要求 {required} fps。",
        "The video \"{file}\" runs at {fps} fps; {required} fps is required.",
        "{reexport_zh}\nIT：{command}",
        "{reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.frame-rate.variable",
        "视频“{file}”是可变帧率（{min_fps}–{max_fps} fps，手机录像常见），要求固定帧率 {required}。",
        "The video \"{file}\" has a variable frame rate ({min_fps}–{max_fps} fps, common in phone recordings); a constant {required} is required.",
        "重新导出即可变成固定帧率。{reexport_zh}\nIT：{command}",
        "Exporting again makes the rate constant. {reexport_en}\nIT: {command}",
    },
    MessageText{
        "video.duration.picture-short",
        "视频“{file}”总长 {duration}，但画面只有 {picture}：最后约 {gap_s} 秒只有声音，画面停住不动（多为配乐比画面长）。按画面算不足 {min_zh}（{min}）。",
        "The video \"{file}\" lasts {duration}, but its picture only {picture}: the last {gap_s} s or so are sound over a still frame (music longer than the footage). By its picture it is under {min}.",
        "在剪映里补充画面素材，让画面至少 {min_zh}，再把配乐剪到和画面一样长后导出，设置{export_zh}。",
        "Add footage in CapCut so the picture lasts at least {min}, trim the music to the picture, and export with {export_en}.",
    },
    MessageText{
        "video.duration.too-short",
        "视频“{file}”时长 {duration_zh}（{duration}），要求至少 {min_zh}（{min}）。",
        "The video \"{file}\" lasts {duration}; at least {min} is required.",
        "补充拍摄素材，在剪映中重新剪辑到 {min_zh}以上再导出，设置{export_zh}。",
        "Add footage and re-edit it in CapCut to at least {min}, then export with {export_en}.",
    },
    MessageText{
        "video.duration.unknown",
        "视频“{file}”的文件里没有记录时长（为 0），时长没能检查：视频可能没有录完、导出时出了错，或被软件改坏了。",
        "The video \"{file}\" records no length (it says 0), so its length could not be checked: it may be a "
        "recording that was never finished, a failed export, or damaged by a program.",
        "用播放器打开它，看能否从头放到尾、能否拖动进度条；在剪映中导入后重新导出一次，或请拍摄者重新发送原视频。\nIT：nominate check --deep 逐帧解码；ffmpeg -i 原视频 -c copy 新视频.mp4 可按画面重写时长。",
        "Open it in a player and see whether it plays to the end and can be scrubbed; import it into CapCut and "
        "export it again, or ask for the original video.\nIT: nominate check --deep decodes every frame; ffmpeg -i "
        "in.mp4 -c copy out.mp4 rewrites the length from the frames.",
    },
    MessageText{
        "video.duration.too-long",
        "视频“{file}”时长 {duration_zh}（{duration}），超过 {max_zh}（{max}）。",
        "The video \"{file}\" lasts {duration}, longer than {max}.",
        "在剪映中删减片段，使总时长不超过 {max_zh}，再导出，设置{export_zh}。\nIT（直接截取前 {max}）：{command}",
        "Cut scenes in CapCut until it lasts at most {max}, then export with {export_en}.\nIT (keeps the first {max}): {command}",
    },
    MessageText{
        "video.file-size.too-large",
        "视频“{file}”大小为 {size}，超过 {max} 的上限。",
        "The video \"{file}\" is {size}, over the {max} limit.",
        "在剪映导出时把分辨率设为 720P、码率选“较低”，或删减时长后再导出。\nIT：{command}",
        "Export it again in CapCut at 720P with a lower bit rate, or shorten it.\nIT: {command}",
    },
    MessageText{
        "video.audio.missing-optional",
        "视频“{file}”没有声音（没有音轨）：评审看视频时听不到讲述或现场的声音。",
        "The video \"{file}\" has no sound track: reviewers will hear no narration or sound of the scene.",
        "确认这段视频是否本该有声音：有讲述或现场声音的，检查拍摄时手机是否静音、剪映里是否关闭了“原声”，重新导出带声音的视频；本来就只有画面和字幕的，可以不改。",
        "Check whether the video should have sound: if it has narration or sound of the scene, check that the recording was not muted and that CapCut's original sound was not switched off, and export again; a video of pictures and captions only may stay as it is.",
    },
    MessageText{
        "video.audio.missing",
        "视频“{file}”没有声音（没有音轨），通知要求声音、画面清晰。",
        "The video \"{file}\" has no sound track; the notice asks for clear sound and picture.",
        "检查拍摄时手机是否静音、剪映里是否关闭了“原声”或删除了音频，重新导出带声音的视频。",
        "Check that the recording was not muted and that CapCut's original sound was not switched off or deleted; export again with sound.",
    },
    MessageText{
        "video.audio.missing.silence-added",
        "视频“{file}”原本没有声音：修正时只加了一条无声的音轨，让播放器和上传平台能正常播放，但仍然听不到讲述或现场的声音；通知要求声音、画面清晰。",
        "The video \"{file}\" had no sound: the repair only added a silent track, so that players and upload "
        "platforms play it, and there is still no narration or sound of the scene to hear; the notice asks for "
        "clear sound and picture.",
        "用原始素材在剪映里重新导出带声音的视频（检查“原声”是否被关闭），或配上解说后导出。",
        "Export the video again with sound from the original footage in CapCut (check that its original sound is "
        "on), or add narration and export it.",
    },
    MessageText{
        "video.audio.codec",
        "视频“{file}”的声音是 {codec} 格式：不少播放器和上传平台只放画面、没有声音。",
        "The sound of the video \"{file}\" is {codec}: many players and upload platforms show the picture and play no sound.",
        "在剪映中重新导出（声音会存为 AAC），或用格式工厂把音频转为 AAC。nominate fix 会只转换声音、画面原样保留。\nIT：{command}",
        "Export it again from CapCut (the sound is saved as AAC). `nominate fix` converts only the sound and keeps the picture as it is.\nIT: {command}",
    },
    MessageText{
        "video.corrupt.unreadable",
        "视频“{file}”无法读取（{damage_zh}），可能已损坏或不是视频文件。",
        "The video \"{file}\" cannot be read ({detail}); it may be damaged or not a video at all.",
        "向报送单位索取原始视频重新拷贝，拷贝后在电脑上完整播放一遍确认。\nIT（查看错误）：{command}",
        "Ask for the original video and copy it again; play it through once on a PC to confirm.\nIT (list the errors): {command}",
    },
    MessageText{
        "video.corrupt.sound-only",
        "“{file}”里只有声音，没有视频画面（{damage_zh}）：可能是录音、音乐，或导出时只导出了音频。",
        "\"{file}\" holds sound and no video picture ({detail}): a recording, music, or an export of the sound alone.",
        "在电脑上打开这个文件看一下：只有声音时，向报送单位要真正的事迹视频；用剪映导出时导出“视频”，不要选“仅导出音频”。\nIT（列出文件里的音视频流）：{command}",
        "Open it on a PC: if it is only sound, ask the submitter for the real video; in CapCut, export the video, not the audio alone.\nIT (list its streams): {command}",
    },
    MessageText{
        "video.corrupt.truncated",
        "视频“{file}”不完整（{damage_zh}），可能播放到一半中断或无法打开。",
        "The video \"{file}\" is incomplete ({detail}); it may stop half-way or not open.",
        "向报送单位索取原始视频重新拷贝（拷贝或上传中断是常见原因），拷贝后完整播放一遍确认。\nIT（查看错误）：{command}",
        "Ask for the original video and copy it again (an interrupted copy or upload is the usual cause); play it through once to confirm.\nIT (list the errors): {command}",
    },
    MessageText{
        "video.corrupt.damaged",
        "视频“{file}”的数据有损坏（{damage_zh}），播放时可能花屏、卡住或无法打开。",
        "The video \"{file}\" holds damaged data ({detail}); it may show broken pictures, stall or not open.",
        "向报送单位索取原始视频重新拷贝，拷贝后完整播放一遍确认；原始视频也有同样问题时（存储卡、U 盘出错），在剪映中重新导出，或重新拍摄受损的片段。\nIT（查看错误）：{command}",
        "Ask for the original video and copy it again, then play it through once; if the original is damaged too (a failing card or USB stick), export it again in CapCut or film the damaged part again.\nIT (list the errors): {command}",
    },
};

} // namespace

// The export every video fix comes down to, used as {reexport_zh} / {reexport_en}.
constexpr std::array k_video_snippets{
    Snippet{
        "reexport_zh",
        "用剪映导出：打开剪映 › 开始创作 › 导入该视频 › 右上角“导出”，设置{export_zh}（编码选 H.264，不要选 HEVC/“高效”）。用 iPhone 拍摄前先设置：设置 › 相机 › 格式 › 兼容性最佳；设置 › 相机 › 录制视频 › 打开“显示 PAL 格式”，选“1080p HD，25 fps”（拍成 25 帧，导出时就不必再改帧率）；拍好后再按上面的方法导出。"},
    Snippet{
        "reexport_en",
        "Export it again in CapCut (剪映): import the video, tap Export and choose {export_en} (codec H.264, not HEVC). Before filming on an iPhone: Settings › Camera › Formats › Most Compatible, and Settings › Camera › Record Video › turn on Show PAL Formats and choose 1080p HD at 25 fps (filmed at 25 fps, the frame rate needs no change on export); then export as above."},
};

std::span<const MessageText> video_messages()
{
  return k_video;
}

std::span<const Snippet> video_snippets()
{
  return k_video_snippets;
}

} // namespace nominate::messages
