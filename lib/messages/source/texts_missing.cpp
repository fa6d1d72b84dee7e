// Messages for a material that is missing or of the wrong count (material.missing.*, material.count.*). Apart
// from texts_intake.cpp because clang-format lays out one very long array of long strings differently.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_missing{
    MessageText{
        "material.missing.unusable",
        "没有可用的{role_zh}：“{candidate}”看来就是它，但这个文件无法使用（原因见该文件的问题）。",
        "No usable {role_en}: \"{candidate}\" looks like one, but that file cannot be used (its own finding says why).",
        "按“{candidate}”的问题处理后（重新拷贝或另存为正确格式），把可用的文件放回文件夹。",
        "Deal with the problem reported for \"{candidate}\" (copy it again, or save it in the right format) and put the usable file back.",
    },
    MessageText{
        "material.missing.photo-as-pdf",
        "缺少{role_zh}：“{candidate}”是 PDF 文件，不是照片，所以没有当作{role_zh}。",
        "No {role_one_en}: \"{candidate}\" is a PDF, not a photo, so it was not taken as the {role_one_en}.",
        "请照相馆或原软件导出 JPG 照片放进文件夹；也可以用 WPS 打开这个 PDF，选“PDF 转图片”，把得到的 JPG 改名为“证件照.jpg”。\nIT：{command}",
        "Ask the studio or the app that made it for a JPEG, or convert the PDF's page to a picture and name it 证件照.jpg.\nIT: {command}",
    },
    MessageText{
        "material.missing.taken-as-other",
        "缺少{role_zh}：“{candidate}”的名字里虽有“{role_zh}”，但被当作了{taken_as_zh}（名字里还有“扫描”“盖章”等字样）。",
        "No {role_one_en}: \"{candidate}\" has {role_zh} in its name but was taken as {taken_as_en} (its name also says 扫描, 盖章 or the like).",
        "如果“{candidate}”就是{role_zh}，把它改名为“{example}”（右键 → 重命名）；如果不是，按通知补上{role_zh}。",
        "If \"{candidate}\" is the {role_one_en}, rename it to {example}; if not, add the {role_one_en} the notice asks for.",
    },
    MessageText{
        "material.missing.form",
        "缺少推介表。",
        "The nomination form is missing.",
        "把填写好的推介表（WPS/Word 文档，保存为 .docx）放入该文件夹，文件名含“推介表”。注意“推介表”和“登记表”是两份不同的材料。",
        "Put the filled-in nomination form (a WPS/Word document saved as .docx, named with 推介表) in the folder. The form (推介表) and the registration table (登记表) are different documents.",
    },
    MessageText{
        "material.missing.form-unrecognised",
        "“{file}”没有被认作推介表：它的标题是“{title}”。",
        "\"{file}\" was not recognised as the form: its title is \"{title}\".",
        "如果它就是推介表，请把文件名改为含“推介表”（或“推荐表”“申报表”），或把表格标题改为通知模板的标题。",
        "If it is the form, rename it to include 推介表 (or 推荐表, 申报表), or give it the template's title.",
    },
    MessageText{
        "material.missing.form-pdf",
        "“{file}”是 PDF：推介表要有 Word 版（.docx），检查要从表格中读出各栏内容，PDF 做不到。",
        "\"{file}\" is a PDF: the form must be there as a Word file (.docx), whose table the check reads field by "
        "field; a PDF cannot be read so.",
        "把推介表的 Word 原文件放进这个文件夹（PDF 可以留着，作为盖章页的扫描件请在文件名中写“盖章”）。没有原文件的，"
        "用 WPS 打开 PDF，选“PDF 转 Word”，核对内容后另存为 .docx。",
        "Put the form's Word file into this folder (the PDF may stay; if it is the stamped scan, put 盖章 in its "
        "name). Without the Word file, open the PDF in WPS, use PDF to Word, check the text and save as .docx.",
    },
    MessageText{
        "material.missing.form-unrecognised-untitled",
        "“{file}”没有被认作推介表：文件名和标题都没有写明“推介表”。",
        "\"{file}\" was not recognised as the form: neither its name nor a title says 推介表.",
        "如果它就是推介表，请把文件名改为含“推介表”（或“推荐表”“申报表”），旧版 .doc 请另存为 .docx。",
        "If it is the form, rename it to include 推介表 (or 推荐表, 申报表); save a legacy .doc as .docx.",
    },
    MessageText{
        "material.missing.form-unrecognised-legacy",
        "“{file}”没有被认作推介表：文件名没有写明“推介表”，它是旧版格式，标题未能读取。",
        "\"{file}\" was not recognised as the form: its name does not say 推介表, and its title, in a legacy format, was not read.",
        "如果它就是推介表，请用 WPS 或 Word 另存为 .docx，文件名含“推介表”（或“推荐表”“申报表”）。",
        "If it is the form, save it as .docx with 推介表 (or 推荐表, 申报表) in its name.",
    },
    MessageText{
        "material.missing.submissions",
        "区文件夹里没有任何推介材料文件夹，没有可以检查或报送的材料。",
        "The district folder holds no submission folder: there is nothing to check or to send.",
        "每份推介的材料放进各自的文件夹（如“01-张三”，内有推介表、照片、视频），放在区文件夹里；收到的如果是压缩包（.zip），先解压到区文件夹中再检查。",
        "Put each submission's files in a folder of its own (e.g. 01-张三, holding the form, photos and video) "
        "inside the district folder; if they came as .zip files, unzip them there first and check again.",
    },
    MessageText{
        "material.missing.registration",
        "区文件夹中没有{kind_zh}推介登记表，而报送了 {count} 个{kind_zh}。",
        "The district folder has no registration table for {kind_en}, yet it sends {count}.",
        "按通知附表（“百姓学习之星”为附表2，品牌项目为附表4）填写登记表，按推介顺序填写并加盖公章，文件名含“登记表”（如“百姓学习之星推介登记表.xlsx”），放在区文件夹中、与各推介文件夹同一层。也可由推介表生成：nominate table 区文件夹 -o 区文件夹/{kind_zh}推介登记表.xlsx，核对后打印盖章；nominate pack 打包整个区时会自动附上生成的登记表。",
        "Fill in the notice's registration table (附表2 for stars, 附表4 for projects) in nomination order, name it with 登记表 (e.g. 百姓学习之星推介登记表.xlsx) and put it in the district folder beside the submission folders. Or generate it from the forms: nominate table DISTRICT -o DISTRICT/{kind_zh}推介登记表.xlsx, check it, print and stamp it; nominate pack of the whole district adds a generated table by itself.",
    },
    MessageText{
        "material.missing.registration-generated",
        "区文件夹中没有{kind_zh}推介登记表：包中附上了由 {count} 份推介表生成的登记表（{kind_zh}推介登记表.xlsx）。",
        "The district folder has no registration table for {kind_en}: the package carries one generated from the {count} forms ({kind_zh}推介登记表.xlsx).",
        "核对生成的登记表，打印并加盖公章后随纸质材料报送（nominate table 区文件夹 -o 登记表.xlsx 可单独生成一份）。",
        "Check the generated table, print it and have it stamped for the paper copy (nominate table DISTRICT -o 登记表.xlsx writes one on its own).",
    },
    MessageText{
        "material.missing.id_photo",
        "缺少证件照。",
        "The ID photo is missing.",
        "放入一张免冠彩色证件照（JPG），文件名含“证件照”，例如“证件照.jpg”，便于识别。",
        "Add a colour, bareheaded ID photo (JPG) with 证件照 in its name, e.g. 证件照.jpg.",
    },
    MessageText{
        "material.missing.photo",
        "缺少照片。",
        "The photos are missing.",
        "按通知要求放入照片电子版（JPG 格式），文件名如“活动照片1.jpg”。盖章页的扫描件不算照片。",
        "Add the photos the notice asks for (JPG), named e.g. 活动照片1.jpg. Scans of stamped pages do not count as photos.",
    },
    MessageText{
        "material.missing.video",
        "缺少视频。",
        "The video is missing.",
        "放入视频资料（MP4 格式），文件名如“事迹视频.mp4”。",
        "Add the video (MP4), named e.g. 事迹视频.mp4.",
    },
    MessageText{
        "material.missing.summary",
        "缺少工作总结。",
        "The work summary is missing.",
        "放入工作总结（WPS/Word 文档保存为 .docx，或 .txt），文件名含“总结”。",
        "Add the work summary (.docx or .txt) with 总结 in its name.",
    },
    MessageText{
        "material.missing.scan",
        "缺少盖章页的扫描件。",
        "The scan of the stamped pages is missing.",
        "把盖章后的推介表扫描或用手机拍照，保存为 PDF 或 JPG，文件名含“盖章”或“扫描”。",
        "Scan or photograph the stamped form, save it as PDF or JPG, with 盖章 or 扫描 in its name.",
    },
    MessageText{
        "material.count.too-few",
        "{role_zh}数量为 {count}，要求至少 {min}。",
        "Number of {role_en}: {count}; at least {min} are required.",
        "按通知补足{role_zh}的数量后放入文件夹。",
        "Add {role_en} until there are at least {min}.",
    },
    MessageText{
        "material.count.too-few-unusable",
        "可用的{role_zh}数量为 {count}，要求至少 {min}；“{unusable}”无法使用，没有计入（原因见该文件的问题）。",
        "Number of usable {role_en}: {count}; at least {min} are required. \"{unusable}\" cannot be used and was not counted (its own finding says why).",
        "按“{unusable}”的问题处理后（重新拷贝或另存为正确格式）放回文件夹；如果数量仍不足，再补足{role_zh}。",
        "Deal with the problem reported for \"{unusable}\" (copy it again, or save it in the right format) and put it back; if there are still fewer than {min}, add {role_en}.",
    },
    MessageText{
        "material.count.too-many",
        "{role_zh}数量为 {count}（{files}），最多 {max}。",
        "Number of {role_en}: {count} ({files}); at most {max} are allowed.",
        "只保留要求数量的{role_zh}，多余的移出文件夹。{scan_hint_zh}",
        "Keep only {max} of the {role_en} and move the rest out.{scan_hint_en}",
    },
    MessageText{
        "material.count.special-too-few",
        "该推介标注为“事迹特别感人”或“特别受百姓喜爱”，除通常的 {usual} 张照片外，需另交相关照片 {min}–{max} 张或视频资料；现有照片 {count} 张（另交 {extra} 张），没有视频。",
        "This nomination is marked special (事迹特别感人 / 特别受百姓喜爱): besides the usual {usual} photos it needs {min}–{max} more, or a video; it has {count} photos ({extra} more) and no video.",
        "在通常的 {usual} 张照片之外补交相关照片 {min}–{max} 张，或提交一段视频（技术要求同一般视频）。如不是特别推介，去掉 nomination.yaml 中的 special 或登记表备注中的标注。",
        "Add {min}–{max} related photos besides the usual {usual}, or a video (same technical specs). If it is not a special nomination, remove `special` from nomination.yaml or the remark in the registration table.",
    },
};

} // namespace

std::span<const MessageText> missing_messages()
{
  return k_missing;
}

} // namespace nominate::messages
