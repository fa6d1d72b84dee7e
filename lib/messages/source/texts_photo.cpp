// Messages for photos (photo.*; photo.background.* in texts_photo_background.cpp).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::
    array
        k_photo{
            // material.unreadable for photos the probe could not judge (material_checks.cpp chooses these
            // by the probe's PhotoProblem): said here because they name the photo checks that could not run.
            MessageText{
                "material.unreadable.truncated",
                "照片“{file}”不完整：文件在画面结束前就断了（只传了一部分），打开时下半部分会是灰色或空白。它的尺寸、颜色和背景都未检查。",
                "The photo \"{file}\" is cut off: the file ends before the picture does (only part of it was copied); viewers show its lower part grey or blank. Its size, colour and background were not checked.",
                "向报送人要原始照片重新发送或拷贝（微信/QQ 传输未完成、U 盘拷贝中断都会这样），拷贝后在电脑上打开确认整张照片都能显示。",
                "Ask for the original photo and send or copy it again (an unfinished WeChat/QQ transfer or an interrupted USB copy does this); open it on a PC to confirm the whole picture shows.",
            },
            MessageText{
                "material.unreadable.unsupported",
                "照片“{file}”是本工具无法解码的格式（{problem_zh}），文件本身未必损坏；它的尺寸、颜色和背景都未检查。",
                "The photo \"{file}\" is in a form this tool cannot decode ({detail}); the file itself may be fine, but its size, colour and background were not checked.",
                "在电脑上用“画图”或手机相册打开，另存为普通 JPEG（“另存为 › JPEG 图片”）后替换原文件，再检查一次。\nIT：convert \"{file}\" -depth 8 -quality 92 输出.jpg",
                "Open it in Paint or the phone's photos app and save it as an ordinary JPEG, replace the file and check again.\nIT: convert \"{file}\" -depth 8 -quality 92 output.jpg",
            },
            MessageText{
                "photo.format.heic",
                "照片“{file}”是 {format} 格式（苹果手机和不少安卓手机“高效”模式拍出的照片），{requirement_zh} {formats}；很多电脑和评审系统打不开。{misnamed_zh}{unchecked_zh}",
                "The photo \"{file}\" is {format} (what iPhones and many Android phones save in \"high efficiency\" mode); {formats} {requirement_en}, and many computers and review systems cannot open it.{misnamed_en}{unchecked_en}",
                "在手机上另存为 JPEG 后再发送（微信里即使选“原图”发送，传过去的仍是 HEIC）。苹果手机：相册中选中照片 › 共享 › 选项 › 选“最兼容”，或拷到电脑时“传输到 Mac 或 PC”选“自动”；以后拍照前设置 › 相机 › 格式 › 兼容性最佳。华为/荣耀：相机 › 设置 › 照片格式（或“高效格式”）选 JPG；小米/红米：相机 › 设置 › 关闭“HEIF 格式”；三星：相机 › 设置 › 高级拍照选项 › 关闭“高效照片”。\nIT：{command}",
                "Save it as JPEG on the phone before sending (WeChat's \"original\" still sends HEIC). iPhone: share the photo › Options › Most Compatible, or set Photos › Transfer to Mac or PC › Automatic; for future photos Settings › Camera › Formats › Most Compatible. Huawei/Honor: Camera › Settings › Photo format (High efficiency) › JPG. Xiaomi/Redmi: Camera › Settings › turn off HEIF. Samsung: Camera › Settings › Advanced picture options › turn off High efficiency pictures.\nIT: {command}",
            },
            MessageText{
                "photo.format.studio",
                "照片“{file}”是 {format} 格式（照相馆或修图软件的原始文件，不是照片成品），{requirement_zh} {formats}；手机、“画图”和评审系统都打不开。{misnamed_zh}{unchecked_zh}",
                "The photo \"{file}\" is {format} (a studio's or an image editor's working file, not a finished photo); {formats} {requirement_en}, and phones, Paint and review systems cannot open it.{misnamed_en}{unchecked_en}",
                "请照相馆或做图的人另外导出一张 JPG（Photoshop：文件 › 导出 › 存储为 JPEG）；没有原件时，可用 Photoshop、GIMP 或 XnView 打开后另存为 JPEG。\nIT：{command}",
                "Ask the studio or whoever made it for a JPEG export (Photoshop: File › Export › Save as JPEG), or open it in Photoshop, GIMP or XnView and save it as JPEG.\nIT: {command}",
            },
            MessageText{
                "photo.format.avif",
                "照片“{file}”是 AVIF 格式（一种新的网页图片格式，多来自网页下载或修图软件导出，不是手机相机的格式），{requirement_zh} {formats}；很多电脑和评审系统打不开。{misnamed_zh}{unchecked_zh}",
                "The photo \"{file}\" is AVIF (a newer web image format, usually from a web page or an image editor, not a phone's camera); {formats} {requirement_en}, and many computers and review systems cannot open it.{misnamed_en}{unchecked_en}",
                "请找原始照片（手机相册里的原图）；或用浏览器打开后截图/另存，再用“画图”另存为 JPEG；修图软件导出时选 JPEG。\nIT：{command}",
                "Use the original photo from the phone's album, or open it in a browser or image editor and export it as JPEG.\nIT: {command}",
            },
            MessageText{
                "photo.format.other",
                "照片“{file}”是 {format} 格式，{requirement_zh} {formats}。{misnamed_zh}{unchecked_zh}",
                "The photo \"{file}\" is {format}; {formats} {requirement_en}.{misnamed_en}{unchecked_en}",
                "用手机相册的“编辑”后保存，或在电脑上用“画图”打开照片，点“文件 › 另存为 › JPEG 图片”。{autofix_zh}\nIT：{command}",
                "Open it in the phone's photo editor and save, or in Paint on the PC and use File › Save as › JPEG picture.{autofix_en}\nIT: {command}",
            },
            MessageText{
                "photo.format.arithmetic",
                "照片“{file}”是算术编码的 JPEG：格式没错，但并非所有浏览器、网页报送系统和看图软件都能打开这种 JPEG，评审可能看不到照片。",
                "The photo \"{file}\" is a JPEG in arithmetic coding: a JPEG all right, but not every browser, web "
                "upload form or picture viewer can open it, so a reviewer may not see the photo.",
                "运行 nominate fix，在副本里转成普通 JPEG，原文件不动；或请照片的提供者重新发送手机或相机里的原图。\nIT：{command}",
                "Run nominate fix: it converts it to an ordinary JPEG in a copy and leaves the original alone; or ask the "
                "sender for the original from the phone or camera.\nIT: {command}",
            },
            MessageText{
                "photo.format.cmyk",
                "照片“{file}”是 CMYK 颜色模式的 JPEG（印刷用，常见于照相馆或 Photoshop 导出的文件）：格式没错，但要求“RGB 模式”的网上报送系统会拒收，有的看图软件显示的颜色也不对。",
                "The photo \"{file}\" is a CMYK JPEG (made for printing, as studios and Photoshop often export): a JPEG all right, but upload systems that want RGB refuse it and some viewers show its colours wrong.",
                "运行 nominate fix，在副本里转成 RGB 模式的 JPEG，原文件不动；或请照相馆发送“RGB 模式”的电子版。\nIT：{command}",
                "Run nominate fix: it converts it to an RGB JPEG in a copy and leaves the original alone; or ask the studio for the RGB file.\nIT: {command}",
            },
            MessageText{
                "photo.extension.mismatch",
                "照片“{file}”的内容是 {content} 格式，扩展名却是 {extension}。",
                "The photo \"{file}\" is {content} by its content but is named {extension}.",
                "把扩展名改为 {suggested}（Windows 资源管理器中先勾选“查看 › 文件扩展名”再重命名），或用“画图”打开后另存为所要求的格式。",
                "Rename it to {suggested} (in Explorer turn on View › File name extensions first), or open it in Paint and save it in the required format.",
            },
            MessageText{
                "photo.file-size.too-large",
                "照片“{file}”大小为 {size}，超过 {max} 的上限。",
                "The photo \"{file}\" is {size}, over the {max} limit.",
                "微信发送时不要勾选“原图”，或在手机相册“编辑”后保存一份；电脑上可用“画图 › 重新调整大小”缩小后另存为 JPEG。\nIT：{command}",
                "Send it without WeChat's \"original\" option, or save an edited copy in the phone's photos app; on a PC, Paint › Resize, then save as JPEG.\nIT: {command}",
            },
            MessageText{
                "photo.dimensions.sideways",
                "证件照“{file}”显示为横向（{width}×{height}）：照片本身是竖版，但文件里的旋转标记（EXIF 方向）让它躺倒显示。",
                "The ID photo \"{file}\" shows landscape ({width}×{height}): the picture itself is upright, but the "
                "file's rotation tag (EXIF orientation) turns it on its side.",
                "在手机相册中打开它，用“编辑 › 旋转”转回竖直后保存；或在电脑上用 Windows“照片”打开，点“旋转”直到竖直再保存。\nIT：{command}",
                "Open it in the phone's photos app, rotate it upright with Edit › Rotate and save; or open it in Windows "
                "Photos, rotate until upright and save.\nIT: {command}",
            },
            MessageText{
                "photo.dimensions.landscape",
                "证件照“{file}”是横向的（{width}×{height}），{size}证件照应为竖版（{mm}，宽高比约 5:7）。",
                "The ID photo \"{file}\" is landscape ({width}×{height}); a {size} ID photo is portrait ({mm}, about 5:7).",
                "用手机相册“编辑 › 裁剪”裁成竖版 5:7（头部居中，头顶上方略留空白），或到照相馆拍摄{size}证件照电子版。\nIT：{command}",
                "Crop it to portrait 5:7 in the phone's photo editor (head centred, a little space above), or have a {size} ID photo taken at a studio.\nIT: {command}",
            },
            MessageText{
                "photo.dimensions.aspect",
                "证件照“{file}”尺寸为 {width}×{height}（宽高比 {ratio}），与{size}证件照的比例（{mm}，约 5:7 = {expected_ratio}）相差较大。",
                "The ID photo \"{file}\" is {width}×{height} (ratio {ratio}), far from a {size} ID photo's proportions ({mm}, about 5:7 = {expected_ratio}).",
                "用手机相册“编辑 › 裁剪”按 5:7 竖版比例裁剪，或到照相馆拍摄{size}证件照电子版。\nIT：{command}",
                "Crop it to 5:7 portrait in the phone's photo editor, or have a {size} ID photo taken at a studio.\nIT: {command}",
            },
            MessageText{
                "photo.dimensions.id-card",
                "证件照“{file}”尺寸为 {width}×{height}（宽高比 {ratio}），是身份证、社保卡照片的规格（26×32 mm），不是{size}证件照的比例（{mm}，约 5:7）。",
                "The ID photo \"{file}\" is {width}×{height} (ratio {ratio}): an identity-card photo's proportions (26×32 mm), "
                "not a {size} ID photo's ({mm}, about 5:7).",
                "多数情况下可以使用；若要与{size}规格一致，请用手机相册“编辑 › 裁剪”按 5:7 竖版裁剪（头部上方留出空白），或到照相馆、用证件照小程序导出{size}电子版。\nIT：{command}",
                "It will usually do; to match the {size} size, crop it to 5:7 portrait in the phone's photo editor (leaving room "
                "above the head), or get a {size} ID photo file from a studio or an ID-photo app.\nIT: {command}",
            },
            MessageText{
                "photo.dimensions.one-inch",
                "证件照“{file}”是 {width}×{height} 像素，正是{one_inch}照片电子版的尺寸；通知要求 {size}（{mm}，电子版常见 413×579 像素）。",
                "The ID photo \"{file}\" is {width}×{height} pixels, exactly the pixel size of a {one_inch} photo's file; the notice asks for {size} ({mm}, usually 413×579 pixels as a file).",
                "向照相馆或证件照小程序要 {size} 的电子版；如果这张就是按 {size} 拍的、只是像素少一些，可以不改。",
                "Ask the studio or the ID-photo app for the {size} file; if this one was taken as {size} with fewer pixels, it can stay.",
            },
            MessageText{
                "photo.dimensions.too-small",
                "照片“{file}”只有 {width}×{height} 像素，至少需要 {min_width}×{min_height}。",
                "The photo \"{file}\" is only {width}×{height} pixels; at least {min_width}×{min_height} are needed.",
                "请提供原始照片，不要用微信里的缩略图或截图；证件照可到照相馆索取电子版。",
                "Use the original photo, not a WeChat thumbnail or a screenshot; a studio provides ID photos as files.",
            },
            MessageText{
                "photo.color.grayscale",
                "照片“{file}”是黑白（灰度）照片，要求彩色照片。",
                "The photo \"{file}\" is black and white (grayscale); a colour photo is required.",
                "提供彩色原片。如果手机相册里加了“黑白”滤镜，可在“编辑 › 滤镜”中选“原片”还原后保存。",
                "Provide the colour original; if a black-and-white filter was applied in the phone's photos app, choose Edit › Filters › Original and save.",
            },
            MessageText{
                "photo.color.tinted",
                "照片“{file}”看起来是单色调照片（如“怀旧”“复古”滤镜的棕褐色，或整张只有一种色调），要求彩色照片。这是根据画面颜色作出的判断，请人工看一眼确认。",
                "The photo \"{file}\" looks like a toned monochrome photo (sepia from a \"vintage\" filter, or one tint "
                "throughout); a colour photo is required. This is a judgement from the picture's colours: please have a "
                "look to confirm.",
                "提供彩色原片。如果手机相册或美图秀秀里加了“怀旧”“复古”等滤镜，可在“编辑 › 滤镜”中选“原片”还原后保存；照相馆的电子版请索取彩色版。",
                "Provide the colour original; if a vintage or sepia filter was applied in the phone's photos app or a "
                "photo editor, choose Edit › Filters › Original and save; ask a studio for the colour version.",
            },
        };

} // namespace

std::span<const MessageText> photo_messages()
{
  return k_photo;
}

} // namespace nominate::messages
