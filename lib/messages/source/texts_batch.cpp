// Messages for a district folder as a whole (the district level emits these).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_batch{
    MessageText{
        "batch.quota.exceeded",
        "推介了 {count} 个{kind_zh}，{zone_zh}最多推介 {max} 个。",
        "{count} {kind_en} are nominated; {zone_en} may nominate at most {max}.",
        "按名额择优保留 {max} 个，其余移出本次报送的文件夹。",
        "Keep the best {max} and move the others out of this batch.",
    },
    MessageText{
        "batch.quota.exceeded-any-zone",
        "推介了 {count} 个{kind_zh}，无论哪类地区最多推介 {max} 个。",
        "{count} {kind_en} are nominated; no zone may nominate more than {max}.",
        "按名额择优保留，其余移出本次报送的文件夹；并在区文件夹的 nominate.yaml 写明本区类别，如 zone: 实验区。",
        "Keep the best within the quota and move the others out; write the zone in the district's nominate.yaml, e.g. zone: experimental.",
    },
    MessageText{
        "batch.quota.zone-unknown",
        "没有写明本区属于哪类地区（示范区、实验区或其他），名额按最严的{zone_zh}核对：推介了 {count} 个{kind_zh}，最多 {max} 个，符合。",
        "The district's zone is not given (demonstration, experimental or other), so the quota was checked against the strictest, {zone_en}: {count} {kind_en}, at most {max}: within it.",
        "在区文件夹的 nominate.yaml 写明本区类别：zone: 示范区、zone: 实验区 或 zone: 其他。",
        "Write the zone in the district's nominate.yaml: zone: demonstration, experimental or other.",
    },
    MessageText{
        "batch.quota.zone-unknown-over",
        "推介了 {count} 个{kind_zh}：{zone_zh}最多 {max} 个，示范区、实验区最多 {max_any} 个。没有写明本区属于哪类地区，无法判断是否超出名额。",
        "{count} {kind_en} are nominated: {zone_en} may nominate {max}, demonstration and experimental zones {max_any}. The district's zone is not given, so whether this is over the quota cannot be told.",
        "在区文件夹的 nominate.yaml 写明本区类别：zone: 示范区、zone: 实验区 或 zone: 其他；属“其他区及有关单位”的，择优保留 {max} 个。",
        "Write the zone in the district's nominate.yaml (zone: demonstration, experimental or other); another district or unit keeps the best {max}.",
    },
    MessageText{
        "batch.duplicate.same",
        "“{name}”重复出现：{paths}。",
        "\"{name}\" appears more than once: {paths}.",
        "同一人或同一项目只报送一次，删除多余的文件夹。",
        "Send each person or project once; delete the extra folders.",
    },
    MessageText{
        "batch.duplicate.fix-copy",
        "“{copy}”是 nominate fix 为“{original}”写的修正副本，这次只检查了原文件夹“{original}”，副本没有计入。",
        "\"{copy}\" is the copy nominate fix wrote of \"{original}\": only the original \"{original}\" was "
        "checked this time, and the copy was not counted.",
        "确认副本无误后，删除原文件夹“{original}”，再把“{copy}”改名为“{original}”；不用副本的，删除它。",
        "Once the copy looks right, delete the folder \"{original}\" and rename \"{copy}\" to \"{original}\"; if the "
        "copy is not wanted, delete it.",
    },
    MessageText{
        "batch.duplicate.same-name",
        "“{name}”出现在多个文件夹：{paths}，但{field}不同（{values}），看来是同名的不同的人或项目，请人工确认。",
        "\"{name}\" appears in several folders: {paths}, but their {field} differ ({values}): this looks like "
        "different people or projects of the same name; a person should confirm.",
        "如确为不同的人（项目），无需修改；可在区的 nominate.yaml 中豁免本条并写明理由。如是同一人（项目），删除多余的文件夹，并核对推介表上的{field}。",
        "If they are indeed different, nothing needs changing; you may waive this in the district's nominate.yaml "
        "with a reason. If they are the same, delete the extra folders and correct the {field} on the form.",
    },
    MessageText{
        "batch.registration.mismatch",
        "“{name}”的“{column}”在推介表中是“{form_value}”，登记表中是“{table_value}”，两者不一致。",
        "For \"{name}\", \"{column}\" is \"{form_value}\" on the form but \"{table_value}\" in the registration table.",
        "核对后修改其中一处，使登记表与推介表一致（通知：登记表和推介表填写的有关内容需一致）。",
        "Check which is right and correct the other: the notice asks the table and the form to agree.",
    },
    MessageText{
        "batch.registration.scientific",
        "登记表中“{name}”的“{column}”是科学计数法“{table_value}”（推介表为“{form_value}”）：号码的后几位已经丢失。",
        "For \"{name}\", \"{column}\" in the registration table is in scientific notation, \"{table_value}\" (the form has \"{form_value}\"): the number's last digits are lost.",
        "在 WPS/Excel 中选中这一列，右键“设置单元格格式”→“文本”，再重新输入完整号码（或在号码前加英文单引号 '）。",
        "Select the column in WPS/Excel, Format Cells → Text, and type the full number again (or start it with an apostrophe ').",
    },
    MessageText{
        "batch.registration.video-absent",
        "登记表中“{name}”的“{column}”填的是“{table_value}”，但推介文件夹中没有视频。",
        "For \"{name}\", the registration table says \"{table_value}\" under \"{column}\", but the folder holds no video.",
        "把视频放进该推介文件夹；如没有视频，把登记表这一格改为“无”。",
        "Put the video in the nomination's folder; if there is none, write 无 in that cell.",
    },
    MessageText{
        "batch.registration.video-unlisted",
        "登记表中“{name}”的“{column}”填的是“{table_value}”，但推介文件夹中有视频。",
        "For \"{name}\", the registration table says \"{table_value}\" under \"{column}\", but the folder holds a video.",
        "把登记表这一格改为“有”，使登记表与报送材料一致。",
        "Write 有 in that cell, so that the table agrees with what is sent.",
    },
    MessageText{
        "batch.registration.missing",
        "登记表中没有“{name}”。",
        "\"{name}\" is missing from the registration table.",
        "在登记表中按推介顺序补上这一行。",
        "Add a row for them to the registration table, in nomination order.",
    },
    MessageText{
        "batch.registration.unknown",
        "登记表列出了“{name}”，但没有对应的材料文件夹。",
        "The registration table lists \"{name}\", but no submission folder matches.",
        "补交该推介对象的材料文件夹，或从登记表中删去这一行。",
        "Add their submission folder, or delete the row from the table.",
    },
    MessageText{
        "batch.registration.not-a-table",
        "“{file}”名为登记表，里面却没有登记表：找不到含“姓名”或“品牌项目名称”的表头行（常见原因：把推介表或别的文件放成了登记表）。",
        "\"{file}\" is named as the registration table but holds none: no header row names 姓名 or 品牌项目名称 (often a nomination form or another file put in its place).",
        "换成按通知附表2（百姓学习之星）或附表4（品牌项目）填写的登记表；也可以让 nominate 由各推介表生成一份，打印盖章即可。\nIT：nominate table <区文件夹> -o 登记表.xlsx",
        "Put in the registration table laid out as the notice's 附表2 (stars) or 附表4 (projects); or let nominate generate one from the forms, to print and stamp.\nIT: nominate table <district folder> -o 登记表.xlsx",
    },
    MessageText{
        "batch.order.mismatch",
        "“{name}”在登记表中是第 {table_order} 位，按文件夹顺序是第 {folder_order} 位。",
        "\"{name}\" is number {table_order} in the registration table but number {folder_order} by folder order.",
        "按推介顺序给文件夹编号（如“01-张三”“02-李四”），与登记表的推介序号一致。",
        "Number the folders in nomination order (01-张三, 02-李四) to match the table's 推介序号.",
    },
};

} // namespace

std::span<const MessageText> batch_messages()
{
  return k_batch;
}

} // namespace nominate::messages
