// The nomination.yaml that `nominate init` writes (config.hpp): it lives beside the reader so the two
// cannot drift; tests/unit/folder/test_config.cpp reads every shipped rule set's template back.

#include <nominate/folder/config.hpp>

namespace nominate::folder {

std::string submission_config_template(const rules::RuleSet& rule_set, core::Language language)
{
  const bool zh = language == core::Language::zh;
  std::string out;
  out += "# " + rule_set.title + " — " + rule_set.reference() + '\n';
  out +=
      zh ? "# 推介表（推介表.docx）填好后放在本文件夹即可，下面的字段不必填写。没有Word推介表时，去掉字段前的“#”并填写；此处填写的值优先于推介表。\n"
         : "# Put the filled form (推介表.docx) in this folder; the fields below need not be filled. Without a Word form, remove a field's '#' and fill it in: a value here overrides the form's.\n";
  out +=
      zh ? "# 照片、视频、工作总结等也放在本文件夹。检查：nominate check 本文件夹\n"
         : "# Photos, the video and a work summary go in this folder too. Check with: nominate check THIS_FOLDER\n";
  out += "rules: " + rule_set.id + '\n';
  out += "kind: " + rule_set.kind + '\n';
  out += std::string("special: false   # ") +
         (zh ? "事迹特别感人/特别受百姓喜爱：true" : "true for the special list") + '\n';
  out += "fields:\n";
  for (const auto& field : rule_set.fields) {
    // Commented out: an empty key would say nothing, but a block (`deeds: |`) would take the comment below
    // it as its text.
    out += "#  " + field.id + ":" + (field.text ? " |" : "") + "   # " + field.label;
    if (field.required) {
      out += zh ? "（必填）" : " (required)";
    }
    out += '\n';
  }
  out += std::string("waivers: []   # ") +
         (zh ? "例外：{rule, file 或 field, reason, approved_by, date}"
             : "exceptions: {rule, file or field, reason, approved_by, date}") +
         '\n';
  return out;
}

} // namespace nominate::folder
