#include "form_fixtures.hpp"
#include "ooxml_builder.hpp"

namespace nominate::test {

namespace {

using wml::CellSpec;
using wml::tc;

std::string value_or(const FormValues& values, const std::string& key, const std::string& template_content)
{
  auto found = values.find(key);
  return found == values.end() ? template_content : found->second;
}

std::string opinion_hint()
{
  return "                    （盖章）\n\n                                    年     月    日        ";
}

} // namespace

std::string han_text(std::size_t count)
{
  // Code points of 学习社区服务群众读书…: a sentence repeated, so the text reads like prose.
  static const std::u32string k_sentence = U"坚持终身学习带动社区居民共同读书进步服务群众成效显著深受好评";
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    char32_t c = k_sentence[i % k_sentence.size()];
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
    if (i % 200 == 199) {
      out += "。\n";
    }
  }
  return out + "。";
}

std::string star_form_docx(const FormValues& v)
{
  auto val = [&](const std::string& key) { return value_or(v, key, ""); };
  std::string rows;
  rows += wml::tr(tc("姓    名") + tc(val("姓名")) + tc("性   别") + tc(val("性别")) + tc("出生年月") +
                  tc(val("出生年月")) + tc("照   片\n\n(彩色照片)", {1, "restart"}));
  rows += wml::tr(tc("民    族") + tc(val("民族")) + tc("籍   贯") + tc(val("籍贯")) + tc("政治面貌") +
                  tc(val("政治面貌")) + tc("", {1, "bare"}));
  rows += wml::tr(tc("参加工作\n\n时    间") + tc(val("参加工作时间")) + tc("专 业 技\n\n术 职 称") +
                  tc(val("专业技术职称"), {3, ""}) + tc("", {1, "continue"}));
  rows += wml::tr(tc("学   历") + tc(val("学历")) + tc("毕业院校\n\n及 专 业") +
                  tc(val("毕业院校及专业"), {3, ""}) + tc("", {1, "bare"}));
  rows += wml::tr(tc("所在单位\n\n及 职 务") + tc(val("所在单位及职务"), {6, ""}));
  rows += wml::tr(tc("联系方式") + tc("电话：" + val("电话"), {2, ""}) + tc("手机：" + val("手机"), {2, ""}) +
                  tc("邮箱：" + val("邮箱"), {2, ""}));
  for (const char* label : {"个人简历", "参加学习情况", "获奖情况"}) {
    rows += wml::tr(tc(label) + tc(val(label), {6, ""}));
  }
  rows +=
      wml::tr(tc("主要事迹和成效") + tc(value_or(v, "主要事迹和成效", "（不少于1500字）\n\n\n"), {6, ""}));
  rows += wml::tr(tc("宣传展示材料") + tc(value_or(v, "宣传展示材料", "（200字左右）\n\n\n"), {6, ""}));
  rows +=
      wml::tr(tc("本人所在单位推介意见") + tc(value_or(v, "本人所在单位推介意见", opinion_hint()), {6, ""}));
  rows += wml::tr(tc("县（市、区）级教育行政部门推介意见") + tc(opinion_hint(), {6, ""}));
  rows += wml::tr(tc("市（地）级\n\n教育行政部门推介意见") + tc(opinion_hint(), {6, ""}));
  rows += wml::tr(tc("省级教育\n\n行政部门\n\n推介意见") + tc(opinion_hint(), {6, ""}));

  std::string body = wml::p("附件1") + wml::p("“百姓学习之星”推介表") + wml::tbl(7, rows) + wml::p("") +
                     wml::p("填表人：" + value_or(v, "填表人", "") + "                联系电话：" +
                            value_or(v, "联系电话", ""));
  return docx_package(body);
}

std::string brand_form_docx(const FormValues& v)
{
  auto val = [&](const std::string& key) { return value_or(v, key, ""); };
  std::string rows;
  rows += wml::tr(tc("品牌项目名称") + tc(val("品牌项目名称"), {3, ""}));
  rows += wml::tr(tc("项目单位") + tc(val("项目单位")) + tc("联系电话") + tc(val("联系电话")));
  rows += wml::tr(tc("项目起止时间") + tc(val("项目起止时间")) + tc("活动地点") + tc(val("活动地点")));
  rows += wml::tr(tc("项目受益群体") + tc(val("项目受益群体")) + tc("参与人数（次）") +
                  tc(val("参与人数（次）")));
  rows += wml::tr(tc("获奖情况") + tc(val("获奖情况"), {3, ""}));
  rows += wml::tr(tc("品牌项目基本情况（包含项目主题、主要内容、活动方式、特色、效果等，不少于1500字）") +
                  tc(val("品牌项目基本情况"), {3, ""}));
  rows += wml::tr(tc("宣传展示材料（200字左右）") + tc(val("宣传展示材料"), {3, ""}));
  rows += wml::tr(tc("主办单位\n\n推介意见") + tc(value_or(v, "主办单位推介意见", opinion_hint()), {3, ""}));
  rows += wml::tr(tc("县（市、区）级\n\n教育部门\n\n推介意见") + tc(opinion_hint(), {3, ""}));
  rows += wml::tr(tc("市（地）级\n\n教育部门\n\n推介意见") + tc(opinion_hint(), {3, ""}));
  rows += wml::tr(tc("省级教育部门\n\n推介意见") + tc(opinion_hint(), {3, ""}));
  std::string body = wml::p("附件3") + wml::p("“终身学习品牌项目”推介表") + wml::tbl(4, rows);
  return docx_package(body);
}

std::vector<std::string> star_labels()
{
  return {"姓名",           "性别",         "出生年月",       "民族",         "籍贯",
          "政治面貌",       "参加工作时间", "专业技术职称",   "学历",         "毕业院校及专业",
          "所在单位及职务", "电话",         "手机",           "邮箱",         "个人简历",
          "参加学习情况",   "获奖情况",     "主要事迹和成效", "宣传展示材料", "本人所在单位推介意见",
          "填表人",         "联系电话"};
}

std::vector<std::string> brand_labels()
{
  return {"品牌项目名称",   "项目单位", "联系电话",         "项目起止时间", "活动地点",        "项目受益群体",
          "参与人数（次）", "获奖情况", "品牌项目基本情况", "宣传展示材料", "主办单位推介意见"};
}

FormValues filled_star(std::size_t text_chars)
{
  return {{"姓名", "张三"},
          {"性别", "男"},
          {"出生年月", "1958年3月"},
          {"民族", "汉族"},
          {"籍贯", "北京"},
          {"政治面貌", "中共党员"},
          {"参加工作时间", "1978年9月"},
          {"专业技术职称", "高级工程师"},
          {"学历", "大学本科"},
          {"毕业院校及专业", "北京工业大学\n机械制造"},
          {"所在单位及职务", "海淀区学院路街道 退休"},
          {"电话", "010-62345678"},
          {"手机", "13912345678"},
          {"邮箱", "zhangsan@example.cn"},
          {"个人简历", "1978年参加工作，2018年退休。"},
          {"参加学习情况", "老年大学书法班学员。"},
          {"获奖情况", "2021年区级优秀志愿者。"},
          {"主要事迹和成效", "（不少于1500字）\n" + han_text(text_chars)},
          {"宣传展示材料", "（200字左右）\n" + han_text(200)},
          {"填表人", "王五"},
          {"联系电话", "010-12345678"}};
}

FormValues filled_brand(std::size_t text_chars)
{
  return {{"品牌项目名称", "银龄智慧课堂"},
          {"项目单位", "海淀区社区学院"},
          {"联系电话", "010-82345678"},
          {"项目起止时间", "2019年3月至今"},
          {"活动地点", "海淀区各街道社区教育学校"},
          {"项目受益群体", "社区老年居民"},
          {"参与人数（次）", "年均线下2600人次"},
          {"获奖情况", "2022年北京市终身学习品牌项目"},
          {"品牌项目基本情况", han_text(text_chars)},
          {"宣传展示材料", han_text(200)}};
}

} // namespace nominate::test
