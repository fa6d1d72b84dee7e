// The rules about photos and videos: photo.*, video.*. Bounds come from the rule set; the texts say how a
// clerk fixes a file with a phone or a PC, then give IT staff a command.
#include "catalog_data.hpp"

#include <algorithm>
#include <iterator>

namespace nominate::rules::detail {

using core::Severity;

namespace {

const std::vector<std::string_view> k_photo_roles{"id_photo", "photo"};
const std::vector<std::string_view> k_video_roles{"video"};

ParamInfo max_bytes_param()
{
  return ParamInfo{.name = "max_bytes",
                   .type = ParamType::integer,
                   .meaning = {"文件大小上限（字节）：2M 写作 2097152，50M 写作 52428800",
                               "the size limit in bytes: 2M is 2097152, 50M is 52428800"},
                   .required = true,
                   .minimum = 1};
}

std::vector<RuleInfo> photo_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(RuleInfo{
      .id = "photo.format",
      .title = {"照片格式不符", "Photo format not accepted"},
      .what =
          {"照片的实际格式（按文件内容判断）不是通知允许的格式，例如苹果手机的 HEIC、BMP、WebP。"
           "算术编码或 CMYK（印刷用）颜色模式的 JPEG 格式虽对，但并非所有看图软件和网页都能打开或显示正确，至多给出警告。",
           "The photo's format by its content is not one the notice accepts: HEIC from an iPhone, BMP, WebP, …; "
           "a JPEG in arithmetic coding or in CMYK (made for printing), which not every viewer or web form opens or shows "
           "right, is at most a warning."},
      .fix =
          {"用手机相册或电脑画图工具打开照片，“另存为”或“导出”为 JPG。苹果手机可在“设置—相机—格式”中选“兼容性最佳”。\n"
           "convert 照片.heic 照片.jpg",
           "Open the photo in the phone's gallery or Paint and save or export it as JPG. On an iPhone, Settings > Camera > Formats > Most Compatible avoids HEIC.\nconvert photo.heic photo.jpg"},
      .params = {ParamInfo{.name = "formats",
                           .type = ParamType::strings,
                           .meaning = {"允许的格式", "the formats accepted"},
                           .default_value = Param{std::vector<std::string>{"jpeg", "png"}},
                           .choices = {"jpeg", "png", "heic", "heif", "avif", "webp", "bmp", "gif", "tiff",
                                       "psd", "jp2", "jxl"}}},
      .target = Target::material,
      .roles = k_photo_roles,
  });
  rules.push_back(RuleInfo{
      .id = "photo.extension",
      .title = {"照片扩展名与内容不符", "Photo extension does not match its content"},
      .what =
          {"照片的扩展名和实际格式不一致（例如 PNG 图片命名为 .jpg），网上申报系统可能拒收。.jfif 即 JPEG，不算错误。",
           "The extension and the content disagree (a PNG named .jpg); upload systems may refuse it. .jfif is JPEG and fine."},
      .fix = {"把扩展名改成与内容一致，或用画图工具“另存为”所需格式。",
              "Rename the file to the extension of its content, or re-save it in the format required."},
      .target = Target::material,
      .roles = k_photo_roles,
  });
  rules.push_back(RuleInfo{
      .id = "photo.file-size",
      .title = {"照片文件过大", "Photo file too large"},
      .what = {"照片文件超过通知规定的大小（如“大小不超过2M”）。",
               "The photo is over the notice's size limit (大小不超过2M: at most 2 MB)."},
      .fix =
          {"用手机或电脑的图片工具压缩或缩小尺寸后另存，证件照一般几百KB即可。\n"
           "convert 证件照.jpg -resize 1200x1200\\> -quality 85 证件照-小.jpg",
           "Compress or resize the photo in a phone or PC picture tool; an ID photo needs only a few hundred KB.\nconvert photo.jpg -resize 1200x1200\\> -quality 85 photo-small.jpg"},
      .params = {max_bytes_param()},
      .target = Target::material,
      .roles = k_photo_roles,
  });
  rules.push_back(RuleInfo{
      .id = "photo.dimensions",
      .title = {"证件照尺寸不符", "ID photo shape or size wrong"},
      .what =
          {"证件照不是竖版约5:7的比例（1寸、2寸照片的形状），或像素太少、打印不清晰。",
           "The ID photo is not portrait at about 5:7 (the shape of a 1-inch or 2-inch photo), or has too few pixels to print clearly."},
      .fix = {"用照相馆的电子版证件照，或用手机证件照小程序按“1寸/2寸”裁剪后保存。",
              "Use the photo studio's digital ID photo, or crop it to 1寸/2寸 with a phone ID-photo app."},
      .params =
          {
              ParamInfo{.name = "size",
                        .type = ParamType::string,
                        .meaning = {"证件照规格：1寸（25×35毫米）或2寸（35×49毫米）",
                                    "the ID photo size: 1寸 (25×35 mm) or 2寸 (35×49 mm)"},
                        .choices = {"1寸", "2寸"}},
              ParamInfo{.name = "aspect_tolerance",
                        .type = ParamType::number,
                        .meaning = {"宽高比允许的偏差比例",
                                    "the tolerated deviation of the aspect ratio, as a fraction"},
                        .default_value = Param{0.1},
                        .minimum = 0,
                        .maximum = 1},
              ParamInfo{.name = "min_width",
                        .type = ParamType::integer,
                        .meaning = {"最小宽度（像素）", "the least width in pixels"},
                        .minimum = 1},
              ParamInfo{.name = "min_height",
                        .type = ParamType::integer,
                        .meaning = {"最小高度（像素）", "the least height in pixels"},
                        .minimum = 1},
              // Too few pixels to print clearly is a judgement where the shape is a specification.
              ParamInfo{
                  .name = "small_severity",
                  .type = ParamType::string,
                  .meaning = {"像素少于 min_width×min_height 时的严重程度（默认同本规则）",
                              "the severity of fewer pixels than min_width×min_height (default: the rule's)"},
                  .choices = {"error", "warning"}},
          },
      .target = Target::material,
      .roles = {"id_photo"},
  });
  rules.push_back(RuleInfo{
      .id = "photo.color",
      .title = {"需要彩色照片", "Colour photo required"},
      .what = {"通知要求彩色照片，提交的是黑白（灰度）照片。",
               "The notice asks for a colour photo; a grayscale one was given."},
      .fix = {"换用彩色的原始照片，不要使用黑白复印件或扫描件。",
              "Use the original colour photo, not a black-and-white copy or scan."},
      .target = Target::material,
      .roles = k_photo_roles,
  });
  rules.push_back(RuleInfo{
      .id = "photo.background",
      .title = {"证件照背景颜色不符", "ID photo background not as required"},
      .what =
          {"通知要求白底证件照，照片背景是其他颜色（如蓝底、红底），或是透明的（不同软件显示成白、黑或格子）。",
           "The notice asks for a white background; the photo's background is another colour (blue, red), or transparent (shown white, black or chequered as the viewer chooses)."},
      .fix =
          {"到照相馆要白底电子版，或用手机证件照小程序把背景换成白色。",
           "Ask the photo studio for a white-background digital copy, or change the background to white with a phone ID-photo app."},
      .params =
          {ParamInfo{.name = "color",
                     .type = ParamType::string,
                     .meaning = {"要求的背景颜色", "the background colour required"},
                     .default_value = Param{std::string{"white"}},
                     .choices = {"white", "blue", "red"}},
           // The rule's own severity is for a judgement a person should confirm (light grey, uneven
           // light, a busy background); an unmistakably coloured, uniform border takes this one.
           ParamInfo{
               .name = "certain",
               .type = ParamType::string,
               .meaning =
                   {"背景明显是另一种颜色（均匀的蓝底、红底）或是透明的时的严重程度",
                    "the severity when the background is unmistakably another colour (an even blue or red) or transparent"},
               .default_value = Param{std::string{"error"}},
               .choices = {"error", "warning"}}},
      .target = Target::material,
      .roles = {"id_photo"},
  });
  return rules;
}

std::vector<RuleInfo> video_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(RuleInfo{
      .id = "video.container",
      .title = {"视频格式不是 MP4", "Video is not MP4"},
      .what =
          {"视频的实际封装格式（按文件内容判断）不是 MP4：如苹果手机的 MOV、MKV、AVI，或改了扩展名的文件。"
           "内容是 MP4、扩展名却是 .mov 等的，给出警告：改名即可（nominate fix 会改名，不重新编码）。",
           "The video is not MP4 by its content: MOV from an iPhone, MKV, AVI, or a file renamed to .mp4. An "
           "MP4 named .mov (or another extension) is a warning: renaming is enough (nominate fix renames it "
           "without re-encoding)."},
      .fix = {"用剪映、必剪等剪辑软件导入视频，导出为 MP4。\n"
              "ffmpeg -i 视频.mov -c:v libx264 -c:a aac 视频.mp4",
              "Import the video into an editor (CapCut/剪映, 必剪) and export as MP4.\n"
              "ffmpeg -i video.mov -c:v libx264 -c:a aac video.mp4"},
      .params = {ParamInfo{.name = "formats",
                           .type = ParamType::strings,
                           .meaning = {"允许的封装格式", "the containers accepted"},
                           .default_value = Param{std::vector<std::string>{"mp4"}},
                           // As media::to_string names them; mpeg_ts, the name before, stays accepted.
                           .choices = {"mp4", "mov", "matroska", "webm", "avi", "flv", "mpegts", "mpeg_ts",
                                       "3gp", "asf", "mpeg"}}},
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.codec",
      .title = {"视频编码不是 H.264", "Video codec is not H.264"},
      .what =
          {"视频编码不是 H.264（AVC）：新手机常用 HEVC（H.265），老设备可能是 MPEG-4。H.264 的 High 10、"
           "High 4:2:2、High 4:4:4 档次（10 位色深或更全的色度）很多播放器放不了：警告。",
           "The video codec is not H.264 (AVC): new phones record HEVC (H.265), old devices MPEG-4. H.264 "
           "in the High 10, High 4:2:2 or High 4:4:4 profiles (10-bit or fuller chroma) is a warning: many "
           "players cannot play it."},
      .fix =
          {"用剪辑软件导出时选择编码“H.264”、SDR（8 位）；手机相机可设置为“兼容性最佳”。\n"
           "ffmpeg -i 视频.mp4 -c:v libx264 -profile:v high -pix_fmt yuv420p -c:a aac 视频-h264.mp4",
           "Export from an editor with codec H.264, SDR (8-bit); set the phone camera to Most Compatible.\n"
           "ffmpeg -i video.mp4 -c:v libx264 -profile:v high -pix_fmt yuv420p -c:a aac video-h264.mp4"},
      .params = {ParamInfo{.name = "codecs",
                           .type = ParamType::strings,
                           .meaning = {"允许的视频编码（FFmpeg 名称）", "the codecs accepted (FFmpeg names)"},
                           .default_value = Param{std::vector<std::string>{"h264"}},
                           .choices = {"h264", "hevc", "mpeg4", "mpeg2video", "vp8", "vp9", "av1"}}},
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.resolution",
      .title = {"视频分辨率不符", "Video resolution wrong"},
      .what =
          {"视频显示时的分辨率不是要求的大小（如 1280×720）；手机竖拍的 720×1280 视频是竖屏，也不符合。",
           "The video's displayed size is not the one required (1280×720); a phone video shot upright (720×1280) is portrait and does not match."},
      .fix = {"横屏拍摄；用剪辑软件导出时选择分辨率“720P”。\n"
              "ffmpeg -i 视频.mp4 -vf scale=1280:720 -c:v libx264 -c:a copy 视频-720p.mp4",
              "Shoot in landscape; export from the editor at 720P.\n"
              "ffmpeg -i video.mp4 -vf scale=1280:720 -c:v libx264 -c:a copy video-720p.mp4"},
      .params =
          {
              ParamInfo{.name = "width",
                        .type = ParamType::integer,
                        .meaning = {"宽度（像素）", "the width in pixels"},
                        .required = true,
                        .minimum = 1},
              ParamInfo{.name = "height",
                        .type = ParamType::integer,
                        .meaning = {"高度（像素）", "the height in pixels"},
                        .required = true,
                        .minimum = 1},
          },
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.frame-rate",
      .title = {"视频帧率不符", "Video frame rate wrong"},
      .what = {"视频帧率不是要求的数值（如 25），或是手机常见的可变帧率。",
               "The frame rate is not the one required (25), or varies as phone videos often do."},
      .fix =
          {"用剪辑软件导出时把帧率设为 25。\n"
           "ffmpeg -i 视频.mp4 -r 25 -c:v libx264 -c:a copy 视频-25fps.mp4",
           "Export from the editor at 25 fps.\nffmpeg -i video.mp4 -r 25 -c:v libx264 -c:a copy video-25fps.mp4"},
      .params =
          {
              ParamInfo{.name = "equals",
                        .type = ParamType::number,
                        .meaning = {"要求的帧率（帧/秒）", "the frame rate required, per second"},
                        .required = true,
                        .minimum = 1},
              ParamInfo{.name = "tolerance",
                        .type = ParamType::number,
                        .meaning = {"允许的偏差（帧/秒）", "the tolerated deviation, per second"},
                        .default_value = Param{0.05},
                        .minimum = 0},
              ParamInfo{.name = "constant",
                        .type = ParamType::flag,
                        .meaning = {"是否要求恒定帧率", "whether the rate must be constant"},
                        .default_value = Param{true}},
          },
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.duration",
      .title = {"视频时长不符", "Video duration outside its range"},
      .what = {"视频时长不在要求的范围内（如“4-5分钟”“5分钟以内”）。",
               "The video's length is outside the range required (4–5 minutes; within 5 minutes)."},
      .fix = {"用剪辑软件剪短或补充内容，导出前查看总时长。\n"
              "ffmpeg -i 视频.mp4 -t 300 -c copy 视频-5分钟.mp4",
              "Cut or add footage in the editor and check the total length before export.\n"
              "ffmpeg -i video.mp4 -t 300 -c copy video-5min.mp4"},
      .params =
          {
              ParamInfo{.name = "min_s",
                        .type = ParamType::number,
                        .meaning = {"最短时长（秒）", "the shortest length in seconds"},
                        .minimum = 0},
              ParamInfo{.name = "max_s",
                        .type = ParamType::number,
                        .meaning = {"最长时长（秒）", "the longest length in seconds"},
                        .minimum = 0},
          },
      .target = Target::material,
      .roles = k_video_roles,
      .ordered = {{"min_s", "max_s"}},
      .one_of = {"min_s", "max_s"},
  });
  rules.push_back(RuleInfo{
      .id = "video.file-size",
      .title = {"视频文件过大", "Video file too large"},
      .what = {"视频文件超过通知规定的大小（如“大小不超过50M”）。",
               "The video is over the notice's size limit (大小不超过50M: at most 50 MB)."},
      .fix = {"用剪辑软件导出时降低码率或选择“720P”。\n"
              "ffmpeg -i 视频.mp4 -c:v libx264 -b:v 1200k -c:a aac -b:a 96k 视频-小.mp4",
              "Export from the editor at a lower bit rate or at 720P.\n"
              "ffmpeg -i video.mp4 -c:v libx264 -b:v 1200k -c:a aac -b:a 96k video-small.mp4"},
      .params = {max_bytes_param()},
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.audio",
      .title = {"视频没有声音", "Video has no sound"},
      .what =
          {"视频没有音轨，而通知要求声音清晰、能反映本人情况；或 MP4 的声音不是 AAC/MP3（如 Opus、FLAC、AC-3、PCM），"
           "不少播放器放不出声音（警告）。",
           "The video has no sound track, where the notice asks for clear sound that presents the person; or an "
           "MP4's sound is neither AAC nor MP3 (Opus, FLAC, AC-3, PCM), which many players do not sound (a "
           "warning)."},
      .fix =
          {"检查拍摄或剪辑时是否关闭了原声；导出时保留音频。",
           "Check that the original sound was not muted while shooting or editing; keep the audio on export."},
      .target = Target::material,
      .roles = k_video_roles,
  });
  rules.push_back(RuleInfo{
      .id = "video.corrupt",
      .title = {"视频已损坏", "Video is damaged"},
      .what =
          {"视频文件不完整或损坏：被截断、索引丢失，或（使用 --deep 时）有无法解码的画面。",
           "The video is damaged: truncated, its index lost, or (with --deep) frames that do not decode."},
      .fix =
          {"从原始设备或网盘重新复制完整的文件，并在电脑上从头到尾播放一遍确认。",
           "Copy the file again from the original device or cloud drive and play it through once to check."},
      .target = Target::material,
      .roles = k_video_roles,
  });
  return rules;
}

} // namespace

std::vector<RuleInfo> media_rules()
{
  std::vector<RuleInfo> rules = photo_rules();
  std::ranges::move(video_rules(), std::back_inserter(rules));
  return rules;
}

} // namespace nominate::rules::detail
