// Messages for what reading a folder finds (the folder reader emits these) and for waivers; a material that
// is missing or of the wrong count is in texts_missing.cpp.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array
    k_intake{
        MessageText{
            "material.unreadable.damaged",
            "文件“{file}”已损坏，无法正常打开（{problem_zh}）。",
            "The file \"{file}\" is damaged and cannot be opened properly ({detail}).",
            "请向报送单位索取原始文件重新拷贝（U 盘拷贝中断、微信/QQ 传输未完成、网盘未下载完都会造成损坏），拷贝后在电脑上打开一遍，确认能正常显示或播放，再放回文件夹。",
            "Ask the nominating unit for the original file and copy it again (an interrupted USB copy or an unfinished WeChat/QQ or cloud-drive download damages files); open it once to confirm it shows or plays, then put it back.",
        },
        MessageText{
            "material.unreadable.too-large",
            "照片“{file}”太大（{extent_zh}），无法检查其内容，评审的电脑也可能打不开。",
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
            "material.unreadable.no-access",
            "没有权限读取文件“{file}”：运行本程序的账户无权打开它（文件本身不一定有问题），所以未能检查。",
            "\"{file}\" cannot be read: the account running this tool has no permission to open it (the file itself may be fine), so it was not checked.",
            "请文件的所有者或管理员在文件上点右键 › 属性 › 安全（UOS/麒麟：属性 › 权限），给当前用户“读取”权限，再检查一次；文件若是别人的账户从 U 盘或网盘拷来的，也可以请对方重新拷贝一份。\nIT：ls -l \"{file}\"；chmod a+r \"{file}\"",
            "Ask the file's owner or an administrator to right-click it › Properties › Security (UOS/Kylin: Properties › Permissions) and give the current user Read, then check again; a file another account copied from a USB stick or a cloud drive can also be copied again by them.\nIT: ls -l \"{file}\"; chmod a+r \"{file}\"",
        },
        MessageText{
            "material.unreadable.over-limit",
            "文件“{file}”超出了本工具读取的安全上限，没有读取，内容未检查（不一定是文件坏了；详情：{detail}）。",
            "\"{file}\" is past the tool's safety limit for reading and was not read, so its content was not checked "
            "(the file is not necessarily damaged; {detail}).",
            "确认放进来的是要报送的那份文件：登记表、推介表一般只有几十 KB。若是从别的系统导出的大文件，请只保留需要的内容（如登记表的表头和各行），在 WPS 中另存为 .xlsx 或 .docx 后再检查。",
            "Make sure this is the file meant to be sent: a registration table or form is usually tens of KB. A large "
            "export from another system should keep only what is needed (the table's header and rows), saved from "
            "WPS as .xlsx or .docx, then checked again.",
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
            "“{file}”是 {format} 格式（不是 Word/Excel 的 .docx/.xlsx），已自动转换后检查。",
            "\"{file}\" is in the {format} format, not Word's or Excel's .docx/.xlsx; it was converted for checking.",
            "报送前建议用 WPS 或 Word 打开，点“文件 › 另存为”，文件类型选“Word 文档 (*.docx)”（表格选“Excel 工作簿 (*.xlsx)”），以免上级单位打不开。",
            "Before sending, open it in WPS or Word and use File › Save As with type \"Word Document (*.docx)\" (for a table, \"Excel Workbook (*.xlsx)\"), so the office above can open it.",
        },
        MessageText{
            "material.legacy-format.unconverted",
            "“{file}”是 {format} 格式（不是 Word/Excel 的 .docx/.xlsx），本机无法读取，未能检查其中内容。",
            "\"{file}\" is in the {format} format, not Word's or Excel's .docx/.xlsx, and could not be read here; its "
            "content was not checked.",
            "用 WPS 或 Word 打开该文件，点“文件 › 另存为”，文件类型选“Word 文档 (*.docx)”（表格选“Excel 工作簿 (*.xlsx)”），保存后把旧文件移出文件夹，再检查一次。\nIT：{command}",
            "Open it in WPS or Word, use File › Save As with type \"Word Document (*.docx)\" (a table: \"Excel Workbook (*.xlsx)\"), move the old file out of the folder and check again.\nIT: {command}",
        },
        MessageText{
            "material.legacy-format.conversion-failed",
            "“{file}”是 {format} 格式（不是 Word/Excel 的 .docx/.xlsx），自动转换没有成功（{conversion_zh}），未能检查其中内容：文件可能已损坏，或并不是真正的 Word/Excel 文件。",
            "\"{file}\" is in the {format} format, not Word's or Excel's .docx/.xlsx, and converting it failed ({detail}); "
            "its content was not checked. The file may be damaged, or not really a Word or Excel document.",
            "用 WPS 或 Word 打开它：能正常打开的，点“文件 › 另存为”，文件类型选“Word 文档 (*.docx)”（表格选“Excel 工作簿 (*.xlsx)”），保存后把旧文件移出文件夹，再检查一次；打不开或显示乱码的，请向提供者要原文件。nominate fix 也无法自动转换它。\nIT：{command}",
            "Open it in WPS or Word. If it opens, use File › Save As with type \"Word Document (*.docx)\" (a table: "
            "\"Excel Workbook (*.xlsx)\"), move the old file out of the folder and check again; if it does not open or "
            "shows garbage, ask the sender for the original. nominate fix cannot convert it either.\nIT: {command}",
        },
        MessageText{
            "material.encrypted.document",
            "“{file}”设置了打开密码，评审专家无法打开。",
            "\"{file}\" is password-protected; reviewers cannot open it.",
            "用 WPS 或 Word 输入密码打开，点“文件 › 文档加密”（Word：“文件 › 信息 › 保护文档 › 用密码进行加密”），把密码清空后保存。",
            "Open it with its password in WPS or Word, then remove the password (Word: File › Info › Protect Document › Encrypt with Password, clear the box) and save.",
        },
        MessageText{
            "material.open-elsewhere.locked",
            "“{file}”可能正在 {editor_zh} 中打开（旁边有锁定文件“{lock}”）：检查读到的是它最后一次保存的内容，未保存的修改不在其中，打包也不会带上。",
            "\"{file}\" may be open in {editor_en} (its lock file \"{lock}\" is beside it): what was checked is what was "
            "last saved; unsaved edits are not in it, and a package would not carry them either.",
            "在 {editor_zh} 中保存并关闭“{file}”，再检查一次。若它并没有打开（电脑曾死机或断电），删除“{lock}”即可（这是隐藏文件：在文件资源管理器的“查看”中勾选“隐藏的项目”才看得到）。",
            "Save and close \"{file}\" in {editor_en} and check again. If it is not open (the computer crashed or lost "
            "power), delete \"{lock}\" (a hidden file: tick View > Hidden items in File Explorer to see it).",
        },
        MessageText{
            "material.unreadable.archive",
            "“{file}”是一个压缩包：里面的文件没有检查，也不算作材料（照片、视频、推介表都要直接放在文件夹里）。",
            "\"{file}\" is an archive: the files in it were neither checked nor counted as materials (photos, videos "
            "and the form belong in the folder itself).",
            "右键“{file}”→“解压到当前文件夹”，解压出的文件或文件夹留在原处，再删去压缩包，然后重新检查。",
            "Unpack \"{file}\" here (right-click › Extract Here), leave what it held where it lands, delete the archive "
            "and check again.",
        },
        MessageText{
            "material.open-elsewhere.received",
            "收到的“{file}”旁边有锁定文件“{lock}”：报送单位打包时它可能正在 {editor_zh} 中打开，包里的是它最后一次保存的内容，未保存的修改不在其中。",
            "The received \"{file}\" has a lock file \"{lock}\" beside it: it may have been open in {editor_en} when "
            "the sender zipped it; the package holds what was last saved, not unsaved edits.",
            "请报送单位在 {editor_zh} 中保存并关闭“{file}”，用 nominate pack 重新打包（不会带上锁定文件）后再发送；若对方确认文件已是最终版本，可不必重发。",
            "Ask the sender to save and close \"{file}\" in {editor_en} and to send a package made again with nominate "
            "pack (which leaves lock files out); if they confirm the file is final, nothing needs resending.",
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
            "material.ambiguous.live-photo",
            "“{file}”和照片“{photo}”同名，是苹果手机“实况照片”的动态部分（几秒钟），不是事迹视频：没有算作视频。",
            "\"{file}\" has the name of the photo \"{photo}\": it is the moving part of an iPhone Live Photo (a few "
            "seconds), not the nomination video, and is not counted as one.",
            "删去“{file}”，只保留照片。若它确实是事迹视频，请改一个与照片不同的名字（如“事迹视频.mov”），再检查。",
            "Delete \"{file}\" and keep the photo. If it really is the nomination video, give it a name of its own "
            "(事迹视频.mov) and check again.",
        },
        MessageText{
            "material.ambiguous.copy",
            "“{file}”和“{original}”内容完全相同，是同一个文件的副本：只算一份，“{file}”不计入照片、视频等材料的数量。",
            "\"{file}\" has the same bytes as \"{original}\": it is a copy of one file, counted once; \"{file}\" is not "
            "counted as a photo, video or other material.",
            "删除副本“{file}”。如果本来要放另一张照片或另一份材料，请把正确的文件放进来，不要复制同一个文件。",
            "Delete the copy \"{file}\". If another photo or document was meant, put that file in instead of a copy of "
            "this one.",
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
