// Messages for what reading a folder finds (the folder reader emits these) and for waivers.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_intake{
    MessageText{
        "material.unreadable.damaged",
        "文件“{file}”已损坏，无法正常打开（{problem_zh}）。",
        "The file \"{file}\" is damaged and cannot be opened properly ({detail}).",
        "请向报送单位索取原始文件重新拷贝（U 盘拷贝中断、微信/QQ 传输未完成、网盘未下载完都会造成损坏），拷贝后在电脑上打开一遍，确认能正常显示或播放，再放回文件夹。",
        "Ask the nominating unit for the original file and copy it again (an interrupted USB copy or an unfinished WeChat/QQ or cloud-drive download damages files); open it once to confirm it shows or plays, then put it back.",
    },
    MessageText{
        "material.unreadable.too-large",
        "照片“{file}”太大（{detail}），无法检查其内容，评审的电脑也可能打不开。",
        "The photo \"{file}\" is too large to look into ({detail}); reviewers' computers may not open it either.",
        "用手机相册“编辑”后保存一份，或在电脑上用“画图 › 重新调整大小”缩小到几千像素以内，再另存为 JPEG。\nIT：convert \"{file}\" -resize \"4000x4000>\" -quality 90 输出.jpg",
        "Save an edited copy in the phone's photos app, or shrink it with Paint › Resize to a few thousand pixels and save as JPEG.\nIT: convert \"{file}\" -resize \"4000x4000>\" -quality 90 output.jpg",
    },
    MessageText{
        "material.unreadable.no-reader",
        "“{file}”没有检查：本机缺少读取它所需的程序库（{detail}）。这不是文件的问题。",
        "\"{file}\" was not checked: a library needed to read it is missing on this computer ({detail}). The file is not at fault.",
        "请信息技术人员按括号中的说明安装缺少的程序库后再检查一次；在此之前不要据此判断这个文件合格与否。\nIT：apt-get install 括号中所列的软件包（若 nominate 是用 .deb 包安装的，也可 apt-get install --reinstall nominate）",
        "Ask IT staff to install the missing library named in brackets, then check again; until then, do not judge this file either way.\nIT: apt-get install the package named in brackets (or, if nominate was installed from its .deb, apt-get install --reinstall nominate)",
    },
    MessageText{
        "material.unreadable.empty",
        "文件“{file}”是空文件（0 字节），没有任何内容。",
        "The file \"{file}\" is empty (0 bytes).",
        "重新拷贝或重新导出该文件。空文件多由拷贝中断或网盘文件未下载完成造成。",
        "Copy or export the file again; empty files usually come from an interrupted copy or a cloud file that was never downloaded.",
    },
    MessageText{
        "material.unreadable.path-too-long",
        "“{file}”的完整路径太长（{length} 字节），超过了系统允许的长度，无法打开。",
        "The full path of \"{file}\" is {length} bytes, longer than the system allows; it cannot be opened.",
        "把整个文件夹移到更短的位置（例如 D:\\推介材料），或缩短其中文件夹和文件的名字，再检查一次。",
        "Move the whole folder somewhere shorter (for example D:\\nominations), or shorten the names of its folders and files, then check again.",
    },
    MessageText{
        "material.unreadable.special",
        "“{file}”不是普通文件，而是{kind_zh}，无法作为材料读取。",
        "\"{file}\" is not a regular file but {kind_en}; it cannot be read as a material.",
        "把真正的文件（不是快捷方式、链接或同名文件夹）复制进文件夹，替换它；文件夹打不开时，请 IT 人员检查其权限。\nIT：ls -la \"{file}\"",
        "Copy the real file (not a shortcut, a link or a folder of the same name) into the folder in its place; where a folder cannot be opened, ask IT staff to check its permissions.\nIT: ls -la \"{file}\"",
    },
    MessageText{
        "material.unreadable.not-what-named",
        "文件“{file}”的扩展名是 {extension}，但内容其实是 {content}。",
        "\"{file}\" is named {extension}, but its content is {content}.",
        "不要只改扩展名。用能打开它的软件（WPS/Word、照片查看器、剪映）打开，再用“另存为”或“导出”保存成要求的格式。",
        "Do not just rename it. Open it in a program that reads it (WPS/Word, a photo viewer, a video editor) and use Save As or Export to write the required format.",
    },
    MessageText{
        "material.legacy-format.converted",
        "“{file}”是旧版 {format} 格式，已自动转换为新格式后检查。",
        "\"{file}\" is in the legacy {format} format; it was converted for checking.",
        "报送前建议用 WPS 或 Word 打开，点“文件 › 另存为”，文件类型选“Word 文档 (*.docx)”（表格选“Excel 工作簿 (*.xlsx)”），以免上级单位打不开。",
        "Before sending, open it in WPS or Word and use File › Save As with type \"Word Document (*.docx)\" (for a table, \"Excel Workbook (*.xlsx)\"), so the office above can open it.",
    },
    MessageText{
        "material.legacy-format.unconverted",
        "“{file}”是旧版 {format} 格式，本机无法读取，未能检查其中内容。",
        "\"{file}\" is in the legacy {format} format and could not be read here; its content was not checked.",
        "用 WPS 或 Word 打开该文件，点“文件 › 另存为”，文件类型选“Word 文档 (*.docx)”（表格选“Excel 工作簿 (*.xlsx)”），保存后把旧文件移出文件夹，再检查一次。\nIT：{command}",
        "Open it in WPS or Word, use File › Save As with type \"Word Document (*.docx)\" (a table: \"Excel Workbook (*.xlsx)\"), move the old file out of the folder and check again.\nIT: {command}",
    },
    MessageText{
        "material.encrypted.document",
        "“{file}”设置了打开密码，评审专家无法打开。",
        "\"{file}\" is password-protected; reviewers cannot open it.",
        "用 WPS 或 Word 输入密码打开，点“文件 › 文档加密”（Word：“文件 › 信息 › 保护文档 › 用密码进行加密”），把密码清空后保存。",
        "Open it with its password in WPS or Word, then remove the password (Word: File › Info › Protect Document › Encrypt with Password, clear the box) and save.",
    },
    MessageText{
        "material.ambiguous.attachment",
        "推介表的“{field}”写着见附件，文件夹里有几份文件都可能是它：检查时读的是“{chosen}”，没有读 {others}。",
        "The form's \"{field}\" refers to an attachment and several documents could be it: \"{chosen}\" was read, "
        "not {others}.",
        "请确认判断无误：把附件改名为推介表中写的名称（如“王秀兰主要事迹.docx”），其他文件改名或移出这个文件夹。",
        "Make sure this is right: name the attachment as the form does (e.g. 王秀兰主要事迹.docx) and rename or move "
        "the others."},
    MessageText{
        "material.ambiguous.id-photo",
        "有几张照片都可能是证件照，文件名没有说明：检查时把“{chosen}”当作证件照（比例和大小最像证件照），{others} 当作其他照片。",
        "Several photos could be the ID photo and their names do not say: \"{chosen}\" was taken as the ID photo "
        "(its shape and size are the most like one), {others} as other photos.",
        "请确认判断无误：把证件照改名为“证件照.jpg”，其他照片改名为“生活照1.jpg”等，检查就不再靠猜测。不要删除其中任何一张。",
        "Make sure this is right: rename the ID photo 证件照.jpg and the others 生活照1.jpg and so on, so nothing is "
        "left to guess. Do not delete any of them.",
    },
    MessageText{
        "material.ambiguous.chosen",
        "有多个文件可能是同一份材料：检查时使用了“{chosen}”，另有 {others}。请确认使用的是最终版。",
        "Several files could be the same material: \"{chosen}\" was used; the others are {others}. Make sure it is the final version.",
        "文件夹里只保留最终版，把其他副本（如“推介表(1).docx”“推介表 - 副本.docx”）删除或移出。",
        "Keep only the final version in the folder; delete or move out the copies (\"推介表(1).docx\", \"… - 副本.docx\").",
    },
    MessageText{
        "form.revisions.unaccepted",
        "推介表“{file}”里有未接受的修订痕迹，打印或评审时会显示批改内容。",
        "The form \"{file}\" has unaccepted tracked changes; they show when printed or reviewed.",
        "在 WPS/Word 中点“审阅 › 接受 › 接受对文档所做的所有修订”，再点“修订”按钮关闭修订，然后保存。",
        "In WPS/Word choose Review › Accept › Accept All Changes, switch Track Changes off, and save.",
    },
    MessageText{
        "material.missing.unusable",
        "没有可用的{role_zh}：“{candidate}”看来就是它，但这个文件无法使用（原因见该文件的问题）。",
        "No usable {role_en}: \"{candidate}\" looks like one, but that file cannot be used (its own finding says why).",
        "按“{candidate}”的问题处理后（重新拷贝或另存为正确格式），把可用的文件放回文件夹。",
        "Deal with the problem reported for \"{candidate}\" (copy it again, or save it in the right format) and put the usable file back.",
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
        "material.missing.registration",
        "区文件夹中没有{kind_zh}推介登记表，而报送了 {count} 个{kind_zh}。",
        "The district folder has no registration table for {kind_en}, yet it sends {count}.",
        "按通知附表（“百姓学习之星”为附表2，品牌项目为附表4）填写登记表，按推介顺序填写并加盖公章，文件名含“登记表”（如“百姓学习之星推介登记表.xlsx”），放在区文件夹中、与各推介文件夹同一层。",
        "Fill in the notice's registration table (附表2 for stars, 附表4 for projects) in nomination order, name it with 登记表 (e.g. 百姓学习之星推介登记表.xlsx) and put it in the district folder beside the submission folders.",
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
        "There are {count} {role_en}; at least {min} are required.",
        "按通知补足{role_zh}的数量后放入文件夹。",
        "Add {role_en} until there are at least {min}.",
    },
    MessageText{
        "material.count.too-many",
        "{role_zh}数量为 {count}，最多 {max}。",
        "There are {count} {role_en}; at most {max} are allowed.",
        "只保留要求数量的{role_zh}，多余的移出文件夹。盖章页的扫描件请在文件名中写“盖章”或“扫描”，就不会算作照片。",
        "Keep only {max} {role_en} and move the rest out. Name scans of stamped pages with 盖章 or 扫描 so they are not counted as photos.",
    },
    MessageText{
        "material.count.special-too-few",
        "该推介标注为“事迹特别感人”或“特别受百姓喜爱”，除通常的 {usual} 张照片外，需另交相关照片 {min}–{max} 张或视频资料；现有照片 {count} 张（另交 {extra} 张），没有视频。",
        "This nomination is marked special (事迹特别感人 / 特别受百姓喜爱): besides the usual {usual} photos it needs {min}–{max} more, or a video; it has {count} photos ({extra} more) and no video.",
        "在通常的 {usual} 张照片之外补交相关照片 {min}–{max} 张，或提交一段视频（技术要求同一般视频）。如不是特别推介，去掉 nomination.yaml 中的 special 或登记表备注中的标注。",
        "Add {min}–{max} related photos besides the usual {usual}, or a video (same technical specs). If it is not a special nomination, remove `special` from nomination.yaml or the remark in the registration table.",
    },
    MessageText{
        "waiver.invalid.no-reason",
        "{source} 第 {line} 行对规则 {rule} 的豁免没有写理由，该豁免不生效。",
        "The waiver for rule {rule} in {source}, line {line}, has no reason, so it does not apply.",
        "在该豁免中写明 reason（理由），以及 approved_by（批准人）和 date（日期）。",
        "Give the waiver a reason, with approved_by and date.",
    },
    MessageText{
        "waiver.invalid.no-approval",
        "{source} 第 {line} 行对规则 {rule} 的豁免缺少 {missing}（批准人/日期），本规则集要求写明，该豁免不生效。",
        "The waiver for rule {rule} in {source}, line {line}, lacks {missing}, which this rule set requires, so it does not apply.",
        "在该豁免中写明 approved_by（批准人，如“区教委 李四”）和 date（批准日期，如 2025-05-20）。",
        "Add approved_by (who approved it) and date (when) to the waiver.",
    },
};

} // namespace

std::span<const MessageText> intake_messages()
{
  return k_intake;
}

} // namespace nominate::messages
