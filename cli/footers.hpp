#pragma once

// Each command's examples, as its --help ends, in both languages: the English (bilingual where a clerk may
// meet it) is the command's footer; ChineseHelp shows the Chinese under --lang zh. The top level's own is in
// app.cpp and help_zh.cpp.

#include <array>
#include <string_view>

namespace nominate::cli {

struct Footer {
  std::string_view en;
  std::string_view zh;
};

inline constexpr Footer k_check_footer{
    "\nExamples / 示例:\n"
    "  nominate check ./01-张三                         one nomination folder\n"
    "  nominate check ./海淀区 --format html:报告.html   a district, and a web page for reviewers\n"
    "  nominate check ./01-张三 --deep                  also decode every video frame (slower)\n"
    "  nominate check ./01-张三 --format json:r.json -q  a report for scripts, the exit code only\n",
    "\n示例：\n"
    "  nominate check ./01-张三                         检查一份推介材料\n"
    "  nominate check ./海淀区 --format html:报告.html   检查整个区县，另存一份给审核人员看的网页报告\n"
    "  nominate check ./01-张三 --deep                  同时逐帧解码视频（较慢）\n"
    "  nominate check ./01-张三 --format json:r.json -q  为脚本生成 JSON 报告，只看退出码\n"};

inline constexpr Footer k_fix_footer{
    "\nExamples / 示例:\n"
    "  nominate fix ./01-张三 --dry-run    what would be repaired, nothing written\n"
    "  nominate fix ./01-张三              the repaired copy: ./01-张三-已修正\n"
    "  nominate fix ./海淀区 -o ./修正      a whole district, into ./修正\n",
    "\n示例：\n"
    "  nominate fix ./01-张三 --dry-run    只列出要修正什么，不写任何文件\n"
    "  nominate fix ./01-张三              修正后的副本：./01-张三-已修正\n"
    "  nominate fix ./海淀区 -o ./修正      修正整个区县，写到 ./修正\n"};

inline constexpr Footer k_pack_footer{
    "\nExamples / 示例:\n"
    "  nominate pack ./海淀区 -o 上报                 one package for the district / 全区打一个包\n"
    "  nominate pack ./海淀区 --per submission -o 上报  one package per nomination / 每份推介一个包\n"
    "  nominate pack ./01-张三 --max-size 50M          warn when the zip is too big for e-mail\n"
    "  SOURCE_DATE_EPOCH=1714521600 nominate pack ./海淀区   Bagging-Date 2024-05-01 (else as_of)\n",
    "\n示例：\n"
    "  nominate pack ./海淀区 -o 上报                 全区打一个包\n"
    "  nominate pack ./海淀区 --per submission -o 上报  每份推介一个包\n"
    "  nominate pack ./01-张三 --max-size 50M          材料包超过 50 MB（邮件附件常见上限）时提醒\n"
    "  SOURCE_DATE_EPOCH=1714521600 nominate pack ./海淀区   包的日期定为 2024-05-01（否则按 as_of）\n"};

inline constexpr Footer k_table_footer{
    "\nExamples / 示例:\n"
    "  nominate table ./海淀区 -o 登记表.xlsx    附表2 (stars); with projects also 登记表-附表4.xlsx\n",
    "\n示例：\n"
    "  nominate table ./海淀区 -o 登记表.xlsx    附表2（百姓学习之星）；有品牌项目时另写 登记表-附表4.xlsx\n"};

inline constexpr Footer k_upload_footer{
    "\nExamples / 示例:\n"
    "  nominate upload ./01-张三 -o 网上申报     一寸照片.jpg (national: 二寸照片), 个人视频.mp4, 填报内容.txt\n",
    "\n示例：\n"
    "  nominate upload ./01-张三 -o 网上申报     按网上申报的要求写出一寸（全国为二寸）照片、个人视频和 填报内容.txt\n"};

inline constexpr Footer k_verify_footer{
    "\nExamples / 示例:\n"
    "  nominate verify 海淀区-百姓学习之星-2024-05-01.zip          safety, integrity, then the rules\n"
    "  nominate verify *.zip --format json:验证.json --lang zh      every package received, one report\n"
    "  nominate verify 海淀区.zip --extract ./收件                  unzip to ./收件/海淀区/ only if it verified\n"
    "  nominate verify ./收件/海淀区-百姓学习之星-2024-05-01         a package already unzipped, checked in place\n"
    "Exit codes: 0 verified, 1 a finding (an unsafe, damaged or altered zip, or a rule), 2 could not run.",
    "\n示例：\n"
    "  nominate verify 海淀区-百姓学习之星-2024-05-01.zip          先查安全、完整，再按规则检查材料\n"
    "  nominate verify *.zip --format json:验证.json --lang zh      收到的全部材料包，一份报告\n"
    "  nominate verify 海淀区.zip --extract ./收件                  验证通过才解压到 ./收件/海淀区/\n"
    "  nominate verify ./收件/海淀区-百姓学习之星-2024-05-01         已解压的材料包，就地检查\n"
    "退出码：0 验证通过；1 有问题（压缩包不安全、损坏或被改动，或材料不符合规则）；2 无法运行。"};

inline constexpr std::array k_footers{k_check_footer, k_fix_footer,    k_pack_footer,
                                      k_table_footer, k_upload_footer, k_verify_footer};

} // namespace nominate::cli
