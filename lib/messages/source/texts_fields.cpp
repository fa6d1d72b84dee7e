// Messages for the form's fields: field.required, field.format, text.length.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_fields{
    MessageText{
        "field.required.empty",
        "推介表的“{label}”一栏没有填写。",
        "The form's field \"{label}\" is empty.",
        "在推介表（WPS/Word）的“{label}”一栏填写内容后保存。如果是用 nomination.yaml 补充的，请在 fields 下写上 {field}。",
        "Fill in \"{label}\" on the form (WPS/Word) and save; or give it under `fields:` as {field} in nomination.yaml.",
    },
    MessageText{
        "field.required.not-on-form",
        "推介表中没有找到“{label}”一栏（可用的栏目名：{labels}）；表中未能对应的栏目：{found}。",
        "The form has no field labelled \"{label}\" (names accepted: {labels}); labels found that match no field: {found}.",
        "如果表格用了别的栏目名，请改用通知模板的栏目名“{label}”；或在 nomination.yaml 的 fields 下写上 {field}。用 nominate check --show-fields 可以看到每一栏读到的内容。",
        "If the form names the field differently, use the template's label \"{label}\", or give it under `fields:` as {field} in nomination.yaml. `nominate check --show-fields` lists what was read.",
    },
    MessageText{
        "field.required.hint-only",
        "推介表的“{label}”一栏只有模板的提示文字“{hint}”，没有填写内容。",
        "The form's field \"{label}\" holds only the template's hint \"{hint}\", no content.",
        "在该栏填写正文。模板的提示文字（如“（不少于1500字）”）可以删除，它不计入字数。",
        "Write the content in that field. The template's hint (such as \"（不少于1500字）\") may be deleted; it does not count.",
    },
    MessageText{
        "field.format.mobile",
        "“{label}”填写的“{value}”不是有效的手机号码。",
        "\"{label}\" holds \"{value}\", which is not a valid mobile number.",
        "填写 11 位手机号码，如 13912345678；座机号码请填在“电话”栏。",
        "Write an 11-digit mobile number such as 13912345678; a landline goes in the phone field.",
    },
    MessageText{
        "field.format.mobile-landline",
        "“{label}”填写的“{value}”是座机号码，不是手机号码。",
        "\"{label}\" holds \"{value}\", a landline rather than a mobile number.",
        "通知要求填写手机号码，请补填 11 位手机号码；被推荐人确实没有手机的，可保留座机号码并向上级说明。",
        "The notice asks for a mobile number: add one; where the nominee has none, keep the landline and say so.",
    },
    MessageText{
        "field.format.phone",
        "“{label}”填写的“{value}”不是有效的电话号码。",
        "\"{label}\" holds \"{value}\", which is not a valid phone number.",
        "座机写成“区号-号码”，如 010-62345678（分机可写“转123”）；也可填 11 位手机号码。",
        "Write a landline as area code-number, e.g. 010-62345678 (extension: 转123), or an 11-digit mobile number.",
    },
    MessageText{
        "field.format.email",
        "“{label}”填写的“{value}”不是有效的邮箱地址。",
        "\"{label}\" holds \"{value}\", which is not a valid e-mail address.",
        "写成 name@example.com 的形式，全部用英文（半角）字符。WPS/Word 可能把 @ 自动改成全角“＠”或加上超链接，请切换到英文输入法重新输入。",
        "Write it as name@example.com in plain ASCII characters; WPS/Word may have turned @ into a full-width ＠ or a hyperlink — retype it with an English keyboard.",
    },
    MessageText{
        "field.format.date",
        "“{label}”填写的“{value}”不是能识别的日期。",
        "\"{label}\" holds \"{value}\", which is not a recognisable date.",
        "写成“1965年3月”或“1965.03”的形式。",
        "Write it like 1965年3月 or 1965.03.",
    },
    MessageText{
        "field.format.date-short-year",
        "“{label}”填写的“{value}”只写了年份的后两位，已按“{full}”理解。",
        "\"{label}\" holds \"{value}\", a year of two digits, read as {full}.",
        "在推介表上写四位年份，如“{full}”。",
        "Write the year in four digits on the form: {full}.",
    },
    MessageText{
        "field.format.birth-future",
        "“{label}”填写的“{value}”晚于检查基准日 {as_of}，不可能是出生日期。",
        "\"{label}\" holds \"{value}\", later than the reference date {as_of}: not a possible date of birth.",
        "核对出生年月（常见的是把年份写成了填表的年份）。",
        "Check the date of birth (a common slip is writing the year the form was filled in).",
    },
    MessageText{
        "field.format.birth-age",
        "按“{label}”填写的“{value}”，被推介人在 {as_of} 时 {age} 岁，不在 16–110 岁之间，可能填错了。",
        "By \"{label}\" (\"{value}\") the nominee was {age} on {as_of}, outside 16–110: probably a typing slip.",
        "核对出生年月，如“1996”是否应为“1969”。",
        "Check the date of birth, e.g. whether 1996 should read 1969.",
    },
    MessageText{
        "field.format.gender",
        "“{label}”应填“男”或“女”，现为“{value}”。",
        "\"{label}\" should be 男 or 女; it is \"{value}\".",
        "填写“男”或“女”。",
        "Write 男 (male) or 女 (female).",
    },
    MessageText{
        "field.format.ethnicity",
        "“{label}”填写的“{value}”不是规范的民族名称。",
        "\"{label}\" holds \"{value}\", which is not one of the 56 ethnic groups' names.",
        "按国家标准填写民族名称，如“汉族”“回族”“蒙古族”（简写“汉”也可以），不要写成“汉族人”“中国”等。",
        "Write the group's standard name (GB 3304), e.g. 汉族, 回族, 蒙古族 (the short 汉 is fine), not 汉族人 or 中国.",
    },
    MessageText{
        "field.format.political_status",
        "“{label}”填写的“{value}”不是规范的政治面貌。",
        "\"{label}\" holds \"{value}\", which is not a standard political status.",
        "按规范填写：中共党员、中共预备党员、共青团员、民主党派成员（如民盟盟员、九三学社社员）、无党派人士或群众。",
        "Use a standard term (GB/T 4762): 中共党员, 中共预备党员, 共青团员, a democratic party's member (民盟盟员, 九三学社社员…), 无党派人士 or 群众.",
    },
    MessageText{
        "field.format.education",
        "“{label}”填写的“{value}”不是规范的学历名称。",
        "\"{label}\" holds \"{value}\", which is not a standard level of education.",
        "填写最高学历：博士研究生、硕士研究生、大学本科、大学专科、中专、高中、初中或小学；学位和专业写在“毕业院校及专业”栏。",
        "Write the highest level: 博士研究生, 硕士研究生, 大学本科, 大学专科, 中专, 高中, 初中 or 小学; degree and major belong in 毕业院校及专业.",
    },
    MessageText{
        "field.format.period",
        "“{label}”填写的“{value}”看不出项目的起止时间。",
        "\"{label}\" holds \"{value}\", which gives no recognisable start and end.",
        "写成“2019年3月至今”或“2019.03—2024.05”的形式。",
        "Write it like 2019年3月至今 (since March 2019) or 2019.03—2024.05.",
    },
    MessageText{
        "field.format.participants",
        "“{label}”填写的“{value}”里找不到参与人数。",
        "\"{label}\" holds \"{value}\", in which no number of participants was found.",
        "写明每年的参与人次，并注明线上或线下，如“年均线下2600人次”“线上年均5200人次”。",
        "Give the yearly number of participations and whether online or offline, e.g. 年均线下2600人次.",
    },
    MessageText{
        "text.length.too-short",
        "“{label}”{part_zh}共 {count} 字（{counted_zh}，其中汉字 {han} 个），要求不少于 {min} 字。",
        "\"{label}\"{part_en} has {count} characters ({counted_en}; {han} Chinese characters); at least {min} are required.",
        "补充内容到 {min} 字以上。在 WPS/Word 中选中该栏文字，点“审阅 › 字数统计”，看其中的“字数”。",
        "Add content until it reaches {min}. In WPS/Word select the text and use Review › Word Count; the number that counts is 字数 (Words).",
    },
    MessageText{
        "text.length.han-short",
        "“{label}”{part_zh}按 Word/WPS 字数为 {count} 字，已达到 {min} 字；但只数汉字为 {han} 个，不足 {min}。评审若只数汉字，可能认为字数不够。",
        "\"{label}\"{part_en} has {count} characters as Word/WPS counts, meeting {min}, but only {han} Chinese characters; a reviewer counting only those would find it short.",
        "如有可能，再补充一些文字，使汉字也达到 {min} 个（标点、数字和英文不算汉字）。",
        "If possible add text so the Chinese characters alone reach {min} (punctuation, digits and Latin words do not count).",
    },
    MessageText{
        "text.length.no-text-layer",
        "“{file}”是扫描件（PDF 中没有文字层），已作为工作总结收下，但无法统计字数。",
        "\"{file}\" is a scan (the PDF has no text layer): it is taken as the work summary, but its length could not be checked.",
        "请另附可复制文字的版本（WPS/Word 文档 .docx，或由 Word 直接导出的 PDF），以便核对字数。",
        "Add a version with selectable text (a .docx, or a PDF exported from Word) so its length can be checked.",
    },
    MessageText{
        "text.length.elsewhere",
        "“{label}”只写了“{value}”，正文指向附页或另附的材料，但推介表的表格之后没有这部分正文，文件夹里也没有文件名写明“{label}”“事迹”或“附件”的 Word/WPS/PDF 文件，无法统计字数。",
        "\"{label}\" only says \"{value}\": its text is referred to an appendix or a separate attachment, but no such text follows the form's table and the folder holds no Word/WPS/PDF file whose name says {label}, 事迹 or 附件, so its length could not be checked.",
        "评审看的是推介表本身：请把正文填入该栏，或附在推介表的表格之后（以“附页：{label}”开头）；确需另附的，把它存为 Word 文件放在同一文件夹，文件名写明内容（如“事迹材料.docx”）。",
        "Reviewers read the form itself: write the text into the cell, or after the form's table under a heading such as 附页：{label}; if it must be separate, save it as a Word file in the same folder named for its content (事迹材料.docx).",
    },
    MessageText{
        "text.length.elsewhere-unreadable",
        "“{label}”只写了“{value}”，正文在另附的“{attachment}”中，但无法从该文件读出文字（扫描件、加密、已损坏或旧格式未转换），无法统计字数。",
        "\"{label}\" only says \"{value}\": its text is in the attached \"{attachment}\", but no text could be read from that file (a scan, encrypted, damaged, or a legacy format left unconverted), so its length could not be checked.",
        "把“{attachment}”换成可复制文字的版本（WPS/Word 另存为 .docx，或由 Word 直接导出的 PDF）；该文件的其他问题见同一报告中对它的说明。",
        "Replace \"{attachment}\" with a version whose text can be selected (saved as .docx from WPS/Word, or a PDF exported from Word); any other problem of that file is named in its own finding.",
    },
    MessageText{
        "text.length.too-long",
        "“{label}”{part_zh}共 {count} 字（{counted_zh}），超过 {max} 字的上限。",
        "\"{label}\"{part_en} has {count} characters ({counted_en}), over the limit of {max}.",
        "删减到 {max} 字以内。网上填报系统通常会截断或拒收超出的部分。",
        "Cut it to {max} or fewer; online forms usually cut off or refuse the excess.",
    },
    MessageText{
        "text.length.about-short",
        "“{label}”{part_zh}共 {count} 字（{counted_zh}），要求 {about} 字左右（约 {low}–{high} 字），偏少。",
        "\"{label}\"{part_en} has {count} characters ({counted_en}); about {about} are asked for ({low}–{high}): too few.",
        "适当补充内容，使字数在 {low}–{high} 字之间。",
        "Add some content to bring it within {low}–{high}.",
    },
    MessageText{
        "text.length.about-long",
        "“{label}”{part_zh}共 {count} 字（{counted_zh}），要求 {about} 字左右（约 {low}–{high} 字），偏多。",
        "\"{label}\"{part_en} has {count} characters ({counted_en}); about {about} are asked for ({low}–{high}): too many.",
        "适当删减，使字数在 {low}–{high} 字之间。",
        "Shorten it to within {low}–{high}.",
    },
};

} // namespace

std::span<const MessageText> field_messages()
{
  return k_fields;
}

} // namespace nominate::messages
