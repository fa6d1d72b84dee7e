// Messages for the eligibility checks (eligibility.*).

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_eligibility{
    MessageText{
        "eligibility.project-age.too-young",
        "项目起始于 {start}，到 {as_of} 只有约 {years} 年，通知要求项目启动或创建时间不少于 {min_years} 年。",
        "The project started in {start}: only about {years} years before {as_of}; the notice asks for at least {min_years} years.",
        "核对“{label}”是否填写正确：如项目实际开始得更早，请改为实际时间（如“2019年3月至今”）；确实不满 {min_years} 年的项目不符合推介条件。如判断日期 {as_of} 不是通知规定的日期：在 nominate.yaml 写 as_of: YYYY-MM-DD，或运行时加 --as-of YYYY-MM-DD。",
        "Check \"{label}\": if the project started earlier, write the real start (e.g. 2019年3月至今); a project younger than {min_years} years does not qualify. If {as_of} is not the date the notice sets: write as_of: YYYY-MM-DD in nominate.yaml, or pass --as-of YYYY-MM-DD.",
    },
    MessageText{
        "eligibility.project-age.after-reference",
        "项目起始时间“{start}”晚于判断日期 {as_of}：可能是年份写错了（如把 2015 写成 2025），也可能判断日期不对。",
        "The project's start \"{start}\" is after the reference date {as_of}: the year may be mistyped (2025 for "
        "2015), or the reference date may be wrong.",
        "核对“{label}”，改为项目实际开始的时间（如“2019年3月至今”）；通知要求项目启动或创建时间不少于 {min_years} 年。如判断日期 {as_of} 不是通知规定的日期：在 nominate.yaml 写 as_of: YYYY-MM-DD，或运行时加 --as-of YYYY-MM-DD。",
        "Check \"{label}\" and write when the project really started (e.g. 2019年3月至今); the notice asks for at "
        "least {min_years} years. If {as_of} is not the date the notice sets: write as_of: YYYY-MM-DD in "
        "nominate.yaml, or pass --as-of YYYY-MM-DD.",
    },
    MessageText{
        "eligibility.project-age.maybe-too-young",
        "项目起始时间“{start}”没有写到{missing_zh}，到 {as_of} 可能不满 {min_years} 年（{years}–{years_max} 年）。",
        "The project's start \"{start}\" gives no {missing_en}: by {as_of} it may be under {min_years} years old ({years}–{years_max}).",
        "在“{label}”一栏写明起始的{wanted_zh}，如“{example}”。如判断日期 {as_of} 不是通知规定的日期：在 nominate.yaml 写 as_of: YYYY-MM-DD，或运行时加 --as-of YYYY-MM-DD。",
        "Write the start's {wanted_en} in \"{label}\", e.g. {example}. If {as_of} is not the date the notice sets: write as_of: YYYY-MM-DD in nominate.yaml, or pass --as-of YYYY-MM-DD.",
    },
    MessageText{
        "eligibility.project-ongoing.ended",
        "项目结束时间为 {end}，早于 {as_of}，项目似已停止；通知要求项目能够长期稳定运行。",
        "The project ended in {end}, before {as_of}; the notice asks for projects that keep running.",
        "如项目仍在开展，把“{label}”改为“XXXX年X月至今”；已经结束的项目一般不宜推介。如判断日期 {as_of} 不是通知规定的日期：在 nominate.yaml 写 as_of: YYYY-MM-DD，或运行时加 --as-of YYYY-MM-DD。",
        "If the project still runs, write \"{label}\" as 'YYYY年M月至今'; a project that has ended is usually not nominated. If {as_of} is not the date the notice sets: write as_of: YYYY-MM-DD in nominate.yaml, or pass --as-of YYYY-MM-DD.",
    },
    MessageText{
        "eligibility.participants.below",
        "参与人数“{figure}”：每年 {count} 人次（{channel_zh}），低于每年 {min} 人次的要求。",
        "Participants \"{figure}\": {count} a year ({channel_en}), under the {min} a year required.",
        "核实人数。通知要求参与学习人数每年不少于 1000 人次（线下）或 3000 人次（线上）；如也有线上参与，请分别写明线上和线下的年人次。",
        "Check the figure: the notice asks for at least 1000 participations a year offline or 3000 online; if there is online participation too, give both yearly figures.",
    },
    MessageText{
        "eligibility.participants.rate-below",
        "参与人数“{figure}”是每月、每周或每天等的人次，按一年 {periods} 个周期折算，每年约 {average} 人次，低于 {min} 人次。",
        "Participants \"{figure}\" is a rate per month, week or day; counted over a year ({periods} of them) it is "
        "about {average} a year, under {min}.",
        "写明每年的参与人次并注明线上或线下，如“年均线下2600人次”。",
        "State the yearly number and whether online or offline, e.g. 年均线下2600人次.",
    },
    MessageText{
        "eligibility.participants.none",
        "“{label}”填的是“{value}”，没有写出参与人次，看不出每年是否达到不少于 {min} 人次（线下）或 {online_min} 人次（线上）。",
        "\"{label}\" says \"{value}\": no number of participants, so nothing shows at least {min} a year offline or {online_min} online.",
        "填写每年的参与人次并注明线上或线下，如“年均线下2600人次”；参与人次达不到要求的项目不能推介。",
        "State the yearly number and whether online or offline, e.g. 年均线下2600人次; a project below the bar cannot be nominated.",
    },
    MessageText{
        "eligibility.participants.average-below",
        "参与人数“{figure}”没有写明是每年还是累计的人次；如果是累计，按项目时间约 {years} 年平均，每年约 {average} 人次，低于 {min} 人次。",
        "Participants \"{figure}\" does not say whether it is a yearly or a total figure; as a total, spread over about {years} years, it is about {average} a year, under {min}.",
        "如果“{figure}”就是每年的人次，在数字前写明“每年”或“年均”并注明线上或线下，如“年均线下2600人次”；如果是累计人次，每年的人次达不到要求，请核实。",
        "If \"{figure}\" is the yearly number, say so (每年 or 年均) with online or offline, e.g. 年均线下2600人次; if it is a total, the yearly number falls short: check it.",
    },
    MessageText{
        "eligibility.project-name.same-as-unit",
        "项目名称“{name}”与项目单位“{unit}”相同；通知要求不以单位或院校名称上报。",
        "The project's name \"{name}\" is its unit's name \"{unit}\"; the notice forbids nominating a unit or school by its own name.",
        "填写项目自己的名称，如“XX社区学院‘乐龄课堂’”。",
        "Give the project its own name, e.g. XX社区学院“乐龄课堂”.",
    },
    MessageText{
        "eligibility.project-name.like-unit",
        "项目名称“{name}”与项目单位“{unit}”几乎相同；通知要求不以单位或院校名称上报。",
        "The project's name \"{name}\" is nearly its unit's name \"{unit}\"; the notice forbids nominating a unit or school by its own name.",
        "填写项目自己的名称，如“XX社区学院‘乐龄课堂’”。",
        "Give the project its own name, e.g. XX社区学院“乐龄课堂”.",
    },
    MessageText{
        "eligibility.project-name.unit-suffix",
        "项目名称“{name}”以“{suffix}”结尾，像是单位或院校的名称，而不是项目名称。",
        "The project's name \"{name}\" ends in {suffix}, like a unit's or school's name rather than a project's.",
        "如果这确是项目的名称，可登记豁免并写明理由；否则改为项目自己的名称，如“XX中心‘银龄数字课堂’”。",
        "If it really is the project's name, record a waiver with the reason; otherwise give the project its own name, e.g. XX中心“银龄数字课堂”.",
    },
    MessageText{
        "eligibility.profile.leader",
        "“{label}”为“{value}”（含“{match}”），可能是在职县处级及以上领导干部；通知：一般情况下不推介县处级及以上领导干部。",
        "\"{label}\" reads \"{value}\" ({match}): possibly a serving county-level or higher leader, whom the notice does not normally nominate.",
        "请核实：如已退休，在该栏写明（如“XX局原局长（已退休）”）；如确属特殊情况，在 nomination.yaml 中登记豁免并写明理由。",
        "Check: if retired, say so in the field (e.g. XX局原局长（已退休）); if it is a special case, record a waiver in nomination.yaml with the reason.",
    },
    MessageText{
        "eligibility.profile.student",
        "“{label}”为“{value}”（含“{match}”），可能是在校学生；通知：基本不推荐在校学生，除非特殊情况。",
        "\"{label}\" reads \"{value}\" ({match}): possibly an enrolled student, whom the notice does not recommend except in special cases.",
        "请核实；如确属特殊情况，在 nomination.yaml 中登记豁免并写明理由。",
        "Check; if it is a special case, record a waiver in nomination.yaml with the reason.",
    },
    MessageText{
        "eligibility.profile.teacher",
        "“{label}”为“{value}”（含“{match}”），可能是在职教师；通知：基本不推荐在职教师，除非特殊情况（退休教师和社区教育、终身教育工作者不在此列）。",
        "\"{label}\" reads \"{value}\" ({match}): possibly a serving teacher, whom the notice does not recommend except in special cases (retired teachers and community or lifelong-education workers are welcome).",
        "请核实：如已退休或从事社区教育、终身教育工作，在该栏写明；如确属特殊情况，在 nomination.yaml 中登记豁免并写明理由。",
        "Check: if retired or working in community or lifelong education, say so in the field; if it is a special case, record a waiver in nomination.yaml with the reason.",
    },
    MessageText{
        "eligibility.past-winner.match",
        "“{name}”（{unit}）在往年获奖名单中（{year}）；通知：往年已获得的人员和项目不再推介。",
        "\"{name}\" ({unit}) is on the list of past winners ({year}); past winners are not nominated again.",
        "撤下该推介，改推其他人选或项目。",
        "Withdraw this nomination and nominate someone or something else.",
    },
    MessageText{
        "eligibility.past-winner.name-only",
        "往年获奖名单中有同名的“{name}”（{unit}，{year}），但单位不同或未注明。",
        "The list of past winners has a \"{name}\" ({unit}, {year}), with another or no unit.",
        "核实是否同一人或同一项目：如是，撤下该推介；如只是重名，登记豁免并写明理由。",
        "Check whether it is the same person or project: if so, withdraw the nomination; if it is a namesake, record a waiver with the reason.",
    },
    MessageText{
        "eligibility.past-nominee.match",
        "“{name}”（{unit}）往年已参加过征集推介（{year}）；通知：原则上不再推介。",
        "\"{name}\" ({unit}) was nominated in an earlier year ({year}); as a rule, not again.",
        "如确需再次推介，在 nomination.yaml 中登记豁免并写明理由。",
        "If it must be nominated again, record a waiver in nomination.yaml with the reason.",
    },
    MessageText{
        "eligibility.past-nominee.name-only",
        "往年推介名单中有同名的“{name}”（{unit}，{year}），但单位不同或未注明。",
        "The list of earlier nominees has a \"{name}\" ({unit}, {year}), with another or no unit.",
        "核实是否同一人或同一项目；如是且确需再次推介，登记豁免并写明理由。",
        "Check whether it is the same person or project; if so and it must be nominated again, record a waiver with the reason.",
    },
};

} // namespace

std::span<const MessageText> eligibility_messages()
{
  return k_eligibility;
}

} // namespace nominate::messages
