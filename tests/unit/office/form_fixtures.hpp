#pragma once

#include <map>
#include <string>
#include <vector>

namespace nominate::test {

// The notice's forms as Word packages, laid out as the templates lay them out (seed 000, 附件1 and 附件3):
// labels spaced and split over lines as printed, the photo cell merged down four rows, value cells
// spanning the grid, the template's hints in the cells a person has not filled.
//
// `values` are keyed by the template's label without spaces (姓名, 出生年月, 主要事迹和成效, 电话, 填表人,
// …). A label that is absent keeps the template's content (empty, or its hint); a given value replaces the
// whole cell's content ('\n' separates paragraphs). 电话/手机/邮箱 are written after their printed
// `电话：` prefix, 填表人/联系电话 after theirs in the line under the table.
using FormValues = std::map<std::string, std::string>;

[[nodiscard]] std::string star_form_docx(const FormValues& values); // 附件1 “百姓学习之星”推介表
[[nodiscard]] std::string brand_form_docx(const FormValues& values); // 附件3 “终身学习品牌项目”推介表

// The labels a rule set would pass to read_form for each kind (labels and aliases).
[[nodiscard]] std::vector<std::string> star_labels();
[[nodiscard]] std::vector<std::string> brand_labels();

// A filled star form / brand form, every field with plausible content; the 事迹 and 基本情况 as long as
// `text_chars` Han characters, written after the template's hint the way people type under it.
[[nodiscard]] FormValues filled_star(std::size_t text_chars = 1600);
[[nodiscard]] FormValues filled_brand(std::size_t text_chars = 1600);

// `count` Han characters of plausible prose.
[[nodiscard]] std::string han_text(std::size_t count);

} // namespace nominate::test
