// photo.background: an ID photo's background as the notice asks it (Beijing: 一寸白底彩色个人照片). The
// words follow what was measured (photo_checks.cpp): transparent, an unmistakable colour, light grey, one
// even colour of another kind, or an uneven or busy border; only the first two are certain.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_photo_background{
    MessageText{
        "photo.background.light",
        "证件照“{file}”的背景看起来是浅色而不是纯白（测得边缘颜色 {rgb}，纯白为 #ffffff；这是根据照片四周边缘颜色做的判断，请人工确认）。要求{color_zh}底。",
        "The ID photo \"{file}\" seems to have a light but not white background (its border measures {rgb}, white is #ffffff; judged from the colour of its border; please look at it). A {color_en} background is required.",
        "请看一下照片：背景如明显发灰、发黄或发蓝，请到照相馆重拍{color_zh}底证件照，或用手机证件照小程序换成{color_zh}底后导出 JPEG；如果看起来就是白底，可登记豁免。",
        "Look at the photo: if the background is visibly grey, yellowish or bluish, have a {color_en}-background ID photo taken, or change the background in an ID-photo app and export JPEG; if it looks white, record a waiver.",
    },
    MessageText{
        "photo.background.coloured",
        "证件照“{file}”的背景是均匀的{background_zh}（{margin_zh}照片四周都是这种颜色，{rgb}），要求{color_zh}背景。",
        "The ID photo \"{file}\" has an even {background_en} background ({margin_en}all round its border, {rgb}); a {color_en} background is required.",
        "到照相馆要{color_zh}背景的证件照电子版（同一次拍摄一般可以换底色），或用手机证件照小程序把背景换成{color_zh}后导出 JPEG。",
        "Ask the studio for a {color_en}-background copy (they can usually change the colour of the same shot), or change the background in an ID-photo app and export JPEG.",
    },
    MessageText{
        "photo.background.transparent",
        "证件照“{file}”的背景是透明的（照片四周有 {share} 是透明的），显示成什么颜色取决于用什么软件打开：有的显示白色，有的显示黑色或灰白格子。要求{color_zh}底。",
        "The ID photo \"{file}\" has a transparent background ({share} of its border is see-through): what shows there depends on the program that opens it — white in some, black or a grey checkerboard in others. A {color_en} background is required.",
        "在证件照小程序或美图秀秀里把背景换成{color_zh}，保存为 JPG（JPG 没有透明背景）；抠图软件导出时不要选“透明底”或 PNG。\nIT：{command}",
        "In an ID-photo app or 美图秀秀, set the background to {color_en} and save as JPG (JPG has no transparency); when a cut-out tool exports, do not choose a transparent background or PNG.\nIT: {command}",
    },
    MessageText{
        "photo.background.even",
        "证件照“{file}”四周是均匀的同一种颜色（{margin_zh}{rgb}），看起来是{background_zh}而不是{color_zh}（这是根据照片四周边缘颜色做的判断，颜色偏浅或偏灰时也可能是灯光造成的，请人工确认）。要求{color_zh}底。",
        "The border of the ID photo \"{file}\" is one even colour ({margin_en}{rgb}) that looks {background_en}, not {color_en} (judged from the colour of its border; a pale or greyish tint can also come from the lighting, so please look at it). A {color_en} background is required.",
        "请看一下照片：如果背景确实不是{color_zh}，到照相馆要{color_zh}底的电子版，或用手机证件照小程序换成{color_zh}底后导出 JPEG；如果看起来就是{color_zh}，可登记豁免。",
        "Look at the photo: if the background is not {color_en}, ask the studio for a {color_en}-background copy or change it in an ID-photo app and export JPEG; if it looks {color_en}, record a waiver.",
    },
    MessageText{
        "photo.background.not-white",
        "证件照“{file}”的背景看起来是{background_zh}而不是{color_zh}（这是根据照片四周边缘颜色做的判断，边缘颜色不均匀或较杂，请人工确认），要求{color_zh}底。",
        "The ID photo \"{file}\" seems to have a {background_en} background, not {color_en} (judged from the colours of its border, which are uneven or busy; please look at it); a {color_en} background is required.",
        "到照相馆重拍{color_zh}底证件照，或用手机证件照小程序更换底色后导出 JPEG。",
        "Have a {color_en}-background ID photo taken, or change the background in an ID-photo app and export JPEG.",
    },
};

} // namespace

std::span<const MessageText> photo_background_messages()
{
  return k_photo_background;
}

} // namespace nominate::messages
