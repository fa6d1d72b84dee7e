#pragma once

#include <nominate/folder/load.hpp>
#include <nominate/rules/rule_set.hpp>

namespace nominate::folder::detail {

// Gives each long text field whose cell in the form only refers elsewhere (见附件, 详见附件材料) and that
// no appendix after the form's table answered the text of the separate document attached for it in the
// folder (事迹材料.docx, 王秀兰主要事迹.pdf), as design.md's folder conventions say: a Word, WPS or PDF file
// whose name says 事迹 (for a field about 事迹), names the field, or only says 附件/附页 (when one field
// refers elsewhere). The field's source becomes "attachment" and its file that document's; a document that
// is found but cannot be read as text is named in FieldValue::attachment and the field keeps its cell's
// words. Each document answers one field, and its text is not also a material's: nothing is counted twice.
// Runs after classify_materials.
void read_attachments(const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission);

} // namespace nominate::folder::detail
