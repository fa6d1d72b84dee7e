// The rules about who and what may be nominated (eligibility.*), about a district's batch (batch.*), and
// about waivers. Heuristic findings are warnings by default (design.md, "Rule sets").
#include "catalog_data.hpp"

#include <algorithm>
#include <iterator>

namespace nominate::rules::detail {

using core::Severity;

namespace {

std::vector<RuleInfo> project_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(RuleInfo{
      .id = "eligibility.project-age",
      .title = {"项目开展时间不足", "Project not old enough"},
      .what =
          {"项目启动或创建时间距判断日期不足规定年限（“项目启动或创建时间应不少于两年”）。",
           "The project started less than the required years before the reference date (项目启动或创建时间应不少于两年: at least two years)."},
      .fix =
          {"核对“项目起止时间”是否写了项目最初启动的时间；确实不足年限的项目本年度不能推介。",
           "Check that 项目起止时间 gives the date the project first started; a project that is too young cannot be nominated this year."},
      .params = {ParamInfo{.name = "min_years",
                           .type = ParamType::integer,
                           .meaning = {"至少开展的年数", "the least number of years"},
                           .required = true,
                           .minimum = 0}},
      .target = Target::field,
  });
  rules.push_back(RuleInfo{
      .id = "eligibility.project-ongoing",
      .title = {"项目已结束", "Project has ended"},
      .what =
          {"项目的结束时间已过，而通知要求项目“能够长期稳定运行”。",
           "The project's end date is past, where the notice asks for projects that keep running (能够长期稳定运行)."},
      .fix = {"项目仍在开展的，把“项目起止时间”写成“2019年3月至今”。",
              "If the project still runs, write 项目起止时间 as 2019年3月至今 (to date)."},
      .target = Target::field,
      .severity = Severity::warning,
  });
  rules.push_back(RuleInfo{
      .id = "eligibility.participants",
      .title = {"参与人数不足", "Too few participants"},
      .what =
          {"每年参与学习人数低于要求（线下1000人次、线上3000人次）。写明“每年”的数字不足为错误；只写总数或期间不明时，按年份折算后给出提示；写“每月、每周、每天”等的人次时，折算成一年后给出提示。",
           "Yearly participants under the requirement (1000 offline, 3000 online). An explicit yearly figure below it is an error; a total or an unclear period gives a warning with the yearly average; a rate per month, week or day is counted a year and, under the bar, gives a warning."},
      .fix = {"在“参与人数（次）”中写明每年的人次并注明线上或线下，例如“每年线下约1500人次”。",
              "Write the yearly figure in 参与人数（次）, saying online or offline: 每年线下约1500人次."},
      .params =
          {
              ParamInfo{.name = "offline_min",
                        .type = ParamType::integer,
                        .meaning = {"线下每年最少人次", "the least offline participants per year"},
                        .minimum = 0},
              ParamInfo{.name = "online_min",
                        .type = ParamType::integer,
                        .meaning = {"线上每年最少人次", "the least online participants per year"},
                        .minimum = 0},
              ParamInfo{
                  .name = "period_field",
                  .type = ParamType::string,
                  .meaning = {"给出项目起止时间的字段，用于把总数折算成每年",
                              "the field with the project's period, to turn a total into a yearly average"},
                  .names_field = true},
          },
      .target = Target::field,
      .one_of = {"offline_min", "online_min"},
  });
  rules.push_back(RuleInfo{
      .id = "eligibility.project-name",
      .title = {"项目名称与单位名称相同", "Project named as its unit"},
      .what =
          {"品牌项目以单位或院校名称上报（“不以单位或院校名称上报”）。与单位名称相同或几乎相同为错误；仅以“学院”“中心”等结尾为提示。",
           "The project is named as its unit (不以单位或院校名称上报). Equal or nearly equal to the unit's name is an error; merely ending in 学院 or 中心 is a warning."},
      .fix =
          {"写出具体的项目名称，体现活动内容，例如“银龄数字课堂”，而不是“某某社区学院”。",
           "Give the project its own name that says what it does (银龄数字课堂), not the unit's (某某社区学院)."},
      .params = {ParamInfo{.name = "unit_field",
                           .type = ParamType::string,
                           .meaning = {"给出单位名称的字段", "the field with the unit's name"},
                           .default_value = Param{std::string{"unit"}},
                           .names_field = true}},
      .target = Target::field,
  });
  return rules;
}

std::vector<RuleInfo> person_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(RuleInfo{
      .id = "eligibility.past-winner",
      .title = {"往年已获评", "Already a past winner"},
      .what =
          {"推介对象在往年获奖名单中（“往年已获得……的人员和项目不再推介”）。姓名和单位都相同为错误，仅姓名相同为提示。",
           "The nominee is on the past-winner list (往年已获得…不再推介). Name and unit matching is an error; the name alone is a warning."},
      .fix = {"核对是否为同一人或同一项目；确为往年获奖者的，不再推介。",
              "Check whether it is the same person or project; a past winner is not nominated again."},
      .target = Target::none,
  });
  rules.push_back(RuleInfo{
      .id = "eligibility.past-nominee",
      .title = {"往年曾被推介", "Nominated in an earlier year"},
      .what =
          {"推介对象往年参加过征集推介（“原则上不再推介往年参加过征集推介的”）。",
           "The nominee was nominated in an earlier year (原则上不再推介往年参加过征集推介的: as a rule, not again)."},
      .fix =
          {"如确有必要再次推介，请在 nomination.yaml 中写明豁免理由（waivers）并由负责人批准。",
           "If it must be nominated again, record a waiver with its reason and approver in nomination.yaml."},
      .target = Target::none,
      .severity = Severity::warning,
  });
  rules.push_back(RuleInfo{
      .id = "eligibility.profile",
      .title = {"推介对象身份需要核实", "Nominee's profile needs a look"},
      .what =
          {"“所在单位及职务”显示推介对象可能是县处级及以上领导干部、在校学生或在职教师——通知“一般情况下不推介”“基本不推荐……除非特殊情况”。退休教师和终身教育工作者不在此列。",
           "The unit and position suggest a serving county-level or higher leader, an enrolled student or a serving teacher, whom the notice does not nominate as a rule (一般情况下不推介, 基本不推荐…除非特殊情况). Retired teachers and lifelong-education workers are welcome."},
      .fix = {"核实身份；属特殊情况的，在 nomination.yaml 中写明豁免理由（waivers）。",
              "Check the profile; for a special case, record a waiver with its reason in nomination.yaml."},
      .target = Target::field,
      .severity = Severity::warning,
  });
  return rules;
}

std::vector<RuleInfo> batch_rules()
{
  std::vector<RuleInfo> rules;
  rules.push_back(RuleInfo{
      .id = "batch.quota",
      .title = {"推介数量超过名额", "More nominations than the quota"},
      .what =
          {"某类推介的数量超过本区名额（示范区、实验区1—2名，其他区1名）。",
           "More nominations of a kind than the district's zone allows (demonstration and experimental zones 1–2, others 1)."},
      .fix = {"按名额择优保留；在 nominate.yaml 中写明本区类别（zone）。",
              "Keep the best within the quota; set the district's zone in nominate.yaml."},
      .target = Target::none,
      .trigger = Trigger::batch,
  });
  rules.push_back(RuleInfo{
      .id = "batch.registration",
      .title = {"登记表与推介表不一致", "Registration table disagrees"},
      .what =
          {"登记表与推介表的内容不一致，漏登了推介对象，或登记了没有材料的人（“登记表和推介表填写的有关内容需一致”）；"
           "名为登记表的文件里没有登记表（例如放成了推介表）。",
           "The registration table disagrees with a form, misses a nominee or lists one without a folder (登记表和推介表填写的有关内容需一致); "
           "or the file named as the table holds none (a nomination form put in its place, say)."},
      .fix = {"对照推介表逐项修改登记表（姓名、单位、性别、出生年月日等）。",
              "Correct the registration table against each form (name, unit, gender, date of birth, …)."},
      .target = Target::none,
      .trigger = Trigger::batch,
  });
  rules.push_back(RuleInfo{
      .id = "batch.order",
      .title = {"推介顺序不一致", "Order disagrees"},
      .what = {"登记表的推介序号与文件夹的顺序不一致（“请按推介顺序填写登记表”）。",
               "The table's 推介序号 and the folders disagree on the order (请按推介顺序填写登记表)."},
      .fix = {"按推介顺序给文件夹编号（01-张三、02-李四），并与登记表的序号一致。",
              "Number the folders in the order of nomination (01-张三, 02-李四) to match the table."},
      .target = Target::none,
      .trigger = Trigger::batch,
      .severity = Severity::warning,
  });
  rules.push_back(RuleInfo{
      .id = "batch.duplicate",
      .title = {"重复推介", "Nominated twice"},
      .what =
          {"同一人或同一项目在本批材料中出现了两次（姓名或项目名称相同）。两份推介表的出生年月（项目：项目单位）"
           "都填了且不同，则是同名的不同人，只提示人工确认（警告）。",
           "The same person or project appears twice in the batch (same name). When both forms give a "
           "出生年月 (projects: 项目单位) and they differ, these are two of one name: a warning to confirm."},
      .fix = {"删除重复的文件夹，只保留一份；同名的不同人无需修改，可在 nominate.yaml 中豁免并写明理由。",
              "Delete the duplicate folder and keep one; two different people of one name need no change "
              "(waive the warning in nominate.yaml with a reason)."},
      .target = Target::none,
      .trigger = Trigger::batch,
  });
  rules.push_back(RuleInfo{
      .id = "waiver.invalid",
      .title = {"豁免无效", "Waiver not valid"},
      .what =
          {"nomination.yaml 或 nominate.yaml 中的豁免（waiver）缺少理由或引用了不存在的规则，因而不生效。",
           "A waiver in nomination.yaml or nominate.yaml has no reason or names no known rule, so it does not apply."},
      .fix = {"为每条豁免写明 rule、reason（理由）、approved_by（批准人）和 date（日期）。",
              "Give every waiver its rule, reason, approved_by and date."},
      .target = Target::none,
      .trigger = Trigger::waivers,
  });
  return rules;
}

} // namespace

std::vector<RuleInfo> eligibility_rules()
{
  std::vector<RuleInfo> rules = project_rules();
  std::ranges::move(person_rules(), std::back_inserter(rules));
  std::ranges::move(batch_rules(), std::back_inserter(rules));
  return rules;
}

} // namespace nominate::rules::detail
