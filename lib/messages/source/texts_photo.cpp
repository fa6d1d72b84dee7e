// Messages for photos (photo.*).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_photo{
    MessageText{
        "photo.format.heic",
        "照片“{file}”是 {format} 格式（苹果手机的“高效”照片格式），要求 "
        "{formats}；很多电脑和评审系统打不开。",
        "The photo \"{file}\" is {format} (the iPhone's \"High Efficiency\" format); {formats} is required, "
        "and many "
        "computers and review systems cannot open it.",
        "在 iPhone 相册中选中照片，先“导出为JPEG”再发送——微信里即使选“原图”发送，传过去的仍是 "
        "HEIC。以后拍照前设置："
        "设置 › 相机 › 格式 › 兼容性最佳。\nIT：{command}",
        "On the iPhone, export the photo as JPEG before sending it (sending the \"original\" in WeChat still "
        "sends "
        "HEIC). For future photos: Settings › Camera › Formats › Most Compatible.\nIT: {command}",
    },
    MessageText{
        "photo.format.other",
        "照片“{file}”是 {format} 格式，要求 {formats}。",
        "The photo \"{file}\" is {format}; {formats} is required.",
        "用手机相册的“编辑”后保存，或在电脑上用“画图”打开照片，点“文件 › 另存为 › JPEG "
        "图片”。\nIT：{command}",
        "Open it in the phone's photo editor and save, or in Paint on the PC and use File › Save as › JPEG "
        "picture.\nIT: {command}",
    },
    MessageText{
        "photo.extension.mismatch",
        "照片“{file}”的内容是 {content} 格式，扩展名却是 {extension}。",
        "The photo \"{file}\" is {content} by its content but is named {extension}.",
        "把扩展名改为 {suggested}（Windows 资源管理器中先勾选“查看 › "
        "文件扩展名”再重命名），或用“画图”打开后另存为所要求的格式。",
        "Rename it to {suggested} (in Explorer turn on View › File name extensions first), or open it in "
        "Paint and "
        "save it in the required format.",
    },
    MessageText{
        "photo.file-size.too-large",
        "照片“{file}”大小为 {size}，超过 {max} 的上限。",
        "The photo \"{file}\" is {size}, over the {max} limit.",
        "微信发送时不要勾选“原图”，或在手机相册“编辑”后保存一份；电脑上可用“画图 › 重新调整大小”缩小后另存为 "
        "JPEG。"
        "\nIT：{command}",
        "Send it without WeChat's \"original\" option, or save an edited copy in the phone's photos app; on "
        "a PC, "
        "Paint › Resize, then save as JPEG.\nIT: {command}",
    },
    MessageText{
        "photo.dimensions.landscape",
        "证件照“{file}”是横向的（{width}×{height}），{size}证件照应为竖版（{mm}，宽高比约 5:7）。",
        "The ID photo \"{file}\" is landscape ({width}×{height}); a {size} ID photo is portrait ({mm}, about "
        "5:7).",
        "用手机相册“编辑 › 裁剪”裁成竖版 "
        "5:7（头部居中，头顶上方略留空白），或到照相馆拍摄{size}证件照电子版。\nIT：{command}",
        "Crop it to portrait 5:7 in the phone's photo editor (head centred, a little space above), or have a "
        "{size} "
        "ID photo taken at a studio.\nIT: {command}",
    },
    MessageText{
        "photo.dimensions.aspect",
        "证件照“{file}”尺寸为 {width}×{height}（宽高比 {ratio}），与{size}证件照的比例（{mm}，约 5:7 = "
        "{expected_ratio}）相差较大。",
        "The ID photo \"{file}\" is {width}×{height} (ratio {ratio}), far from a {size} ID photo's "
        "proportions "
        "({mm}, about 5:7 = {expected_ratio}).",
        "用手机相册“编辑 › 裁剪”按 5:7 竖版比例裁剪，或到照相馆拍摄{size}证件照电子版。\nIT：{command}",
        "Crop it to 5:7 portrait in the phone's photo editor, or have a {size} ID photo taken at a "
        "studio.\nIT: "
        "{command}",
    },
    MessageText{
        "photo.dimensions.too-small",
        "照片“{file}”只有 {width}×{height} 像素，至少需要 {min_width}×{min_height}。",
        "The photo \"{file}\" is only {width}×{height} pixels; at least {min_width}×{min_height} are needed.",
        "请提供原始照片，不要用微信里的缩略图或截图；证件照可到照相馆索取电子版。",
        "Use the original photo, not a WeChat thumbnail or a screenshot; a studio provides ID photos as "
        "files.",
    },
    MessageText{
        "photo.color.grayscale",
        "照片“{file}”是黑白（灰度）照片，要求彩色照片。",
        "The photo \"{file}\" is black and white (grayscale); a colour photo is required.",
        "提供彩色原片。如果手机相册里加了“黑白”滤镜，可在“编辑 › 滤镜”中选“原片”还原后保存。",
        "Provide the colour original; if a black-and-white filter was applied in the phone's photos app, "
        "choose "
        "Edit › Filters › Original and save.",
    },
    MessageText{
        "photo.background.light",
        "证件照“{file}”的背景看起来是浅色而不是纯白（这是根据照片四周边缘颜色做的判断，请人工确认）。要求{"
        "color_zh}底。",
        "The ID photo \"{file}\" seems to have a light but not white background (judged from the colour of "
        "its "
        "border; please look at it). A {color_en} background is required.",
        "请看一下照片：背景如明显发灰、发黄，请到照相馆重拍{color_zh}底证件照，或用手机证件照小程序换成{"
        "color_zh}底后导出 "
        "JPEG；如果看起来就是白底，可登记豁免。",
        "Look at the photo: if the background is visibly grey or yellowish, have a {color_en}-background ID "
        "photo "
        "taken, or change the background in an ID-photo app and export JPEG; if it looks white, record a "
        "waiver.",
    },
    MessageText{
        "photo.background.not-white",
        "证件照“{file}”的背景是{background_zh}（根据照片四周边缘的颜色判断），要求{color_zh}底。",
        "The ID photo \"{file}\" has a {background_en} background (judged from the colour of its border); a "
        "{color_en} background is required.",
        "到照相馆重拍{color_zh}底证件照，或用手机证件照小程序更换底色后导出 JPEG。",
        "Have a {color_en}-background ID photo taken, or change the background in an ID-photo app and export "
        "JPEG.",
    },
};

} // namespace

std::span<const MessageText> photo_messages()
{
  return k_photo;
}

} // namespace nominate::messages
