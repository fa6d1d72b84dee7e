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
        "batch.duplicate.same",
        "“{name}”重复出现：{paths}。",
        "\"{name}\" appears more than once: {paths}.",
        "同一人或同一项目只报送一次，删除多余的文件夹。",
        "Send each person or project once; delete the extra folders.",
    },
    MessageText{
        "batch.registration.mismatch",
        "“{name}”的“{column}”在推介表中是“{form_value}”，登记表中是“{table_value}”，两者不一致。",
        "For \"{name}\", \"{column}\" is \"{form_value}\" on the form but \"{table_value}\" in the registration table.",
        "核对后修改其中一处，使登记表与推介表一致（通知：登记表和推介表填写的有关内容需一致）。",
        "Check which is right and correct the other: the notice asks the table and the form to agree.",
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
