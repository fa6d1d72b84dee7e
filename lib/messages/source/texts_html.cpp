// The HTML report's headings, columns and captions (labels.hpp), in Chinese for a district clerk and in
// English.
#include <nominate/messages/labels.hpp>

#include <array>

namespace nominate::messages {

namespace {

struct Label {
  std::string_view id;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array k_labels{
    Label{"html.title", "推介材料检查报告", "Nomination check report"},
    Label{"html.generated", "生成工具", "Made by"},
    Label{"html.configs", "使用的配置文件", "Config files used"},
    Label{"html.summary", "推介汇总", "Summary"},
    Label{"html.batch", "整体问题（名额、登记表等）", "District findings (quota, registration table, …)"},
    Label{"html.batch.none", "未发现整体问题。", "No district findings."},
    Label{"html.column.order", "序号", "No."},
    Label{"html.column.name", "姓名 / 项目名称", "Name / title"},
    Label{"html.column.kind", "类别", "Kind"},
    Label{"html.column.verdict", "结论", "Verdict"},
    Label{"html.column.errors", "错误", "Errors"},
    Label{"html.column.warnings", "警告", "Warnings"},
    Label{"html.column.video", "视频", "Video"},
    Label{"html.kind.star", "百姓学习之星", "Lifelong learning star"},
    Label{"html.kind.brand", "终身学习品牌项目", "Lifelong learning brand project"},
    Label{"html.fields", "推介表信息（按读取结果）", "Form fields as read"},
    Label{"html.field.empty", "（未填写）", "(empty)"},
    Label{"html.lengths", "字数", "Length"},
    Label{"html.length.count", "{count} 字", "{count} characters"},
    Label{"html.photos", "照片", "Photos"},
    Label{"html.photo.none", "没有照片。", "No photos."},
    Label{"html.photo.id", "证件照", "ID photo"},
    Label{"html.photo.other", "照片", "Photo"},
    Label{"html.photo.no-preview", "无法预览", "No preview"},
    Label{"html.photo.format", "格式", "Format"},
    Label{"html.photo.pixels", "像素", "Pixels"},
    Label{"html.photo.bytes", "文件大小", "File size"},
    Label{"html.photo.background", "背景", "Background"},
    Label{"html.photo.colour", "色彩", "Colour"},
    Label{"html.photo.colour.yes", "彩色", "colour"},
    Label{"html.photo.colour.no", "黑白", "greyscale"},
    Label{"html.photo.aspect", "宽高比", "Aspect"},
    Label{"html.photo.judgement", "证件照判断", "ID photo judgement"},
    Label{"html.photo.judgement.ok", "照片检查未发现问题", "the photo checks found no problem"},
    Label{"html.background.white", "白色", "white"},
    Label{"html.background.light", "浅色", "light"},
    Label{"html.background.blue", "蓝色", "blue"},
    Label{"html.background.red", "红色", "red"},
    Label{"html.background.other", "其他颜色", "another colour"},
    Label{"html.background.unknown", "未知", "unknown"},
    Label{"html.video", "视频", "Video"},
    Label{"html.video.none", "没有视频。", "No video."},
    Label{"html.video.poster", "约 10% 处的画面", "Frame from about 10 % in"},
    Label{"html.video.container", "封装格式", "Container"},
    Label{"html.video.container.unknown", "无法识别", "not recognised"},
    Label{"html.video.codec", "编码", "Codec"},
    Label{"html.video.size", "显示尺寸", "Displayed size"},
    Label{"html.video.fps", "帧率", "Frame rate"},
    Label{"html.video.cfr", "恒定帧率", "constant"},
    Label{"html.video.vfr", "可变帧率", "variable"},
    Label{"html.video.duration", "时长", "Duration"},
    Label{"html.video.bytes", "文件大小", "File size"},
    Label{"html.video.audio", "声音", "Sound"},
    Label{"html.video.audio.yes", "有", "yes"},
    Label{"html.video.audio.no", "无", "none"},
    Label{"html.video.problem", "问题", "Problem"},
    Label{"html.findings", "发现的问题", "Findings"},
    Label{"html.findings.none", "未发现问题。", "No findings."},
    Label{"html.severity.error", "错误（须改正）", "Errors (must be fixed)"},
    Label{"html.severity.warning", "警告（请核实）", "Warnings (please check)"},
    Label{"html.severity.info", "提示", "Notes"},
    Label{"html.severity.waived", "已豁免", "Waived"},
    Label{"html.it-command", "给技术人员的命令", "Command for IT staff"},
    Label{"html.rules", "规则集", "Rule set"},
    Label{"html.as-of", "判断日期", "Reference date"},
    Label{"html.deadline", "截止日期", "Deadline"},
    Label{"html.back", "返回汇总", "Back to the summary"},
    Label{"html.submissions", "份推介", "submissions"},
    // What `nominate fix` did beyond its plan (report::FixEntry::notes), after the file it wrote.
    Label{"fix.note.streams-copied", "音视频原样复制，未重新编码", "streams copied, not re-encoded"},
    // With a silent track added nothing was converted, so the words say only what happened to the picture.
    Label{"fix.note.picture-copied", "画面原样复制，未重新编码", "picture copied, not re-encoded"},
    Label{"fix.note.silence-added", "按要求加了一条无声音轨",
          "a silent sound track added, as the rules require"},
    Label{"fix.note.first-frame", "动图只取第一帧", "first frame of an animation"},
    Label{"fix.note.bars-added", "画面比例与要求不同：按原比例缩放，补了黑边",
          "the picture's shape differs from the spec: scaled whole, black bars added (a portrait video gets "
          "them left and right)"},
    Label{
        "fix.note.upscaled",
        "原视频清晰度低于要求，已放大到要求的尺寸，但不会因此更清楚；最好找回原始视频（不经微信转发的原片）再导出",
        "the source is smaller than the spec: enlarged to it, but no sharper; better, find the original (not "
        "forwarded through WeChat) and export again"},
    Label{
        "fix.note.hdr-converted",
        "原视频是 HDR（高动态范围）画面，已转换为普通（SDR）画面，请看一遍颜色和亮度是否正常",
        "the source is HDR: converted to ordinary SDR; watch it once to see that colours and brightness look "
        "right"},
};

} // namespace

std::string_view label(std::string_view id, core::Language language)
{
  for (const Label& entry : k_labels) {
    if (entry.id == id) {
      return language == core::Language::zh ? entry.zh : entry.en;
    }
  }
  return id;
}

std::vector<std::string_view> label_ids()
{
  std::vector<std::string_view> out;
  out.reserve(k_labels.size());
  for (const Label& entry : k_labels) {
    out.push_back(entry.id);
  }
  return out;
}

} // namespace nominate::messages
