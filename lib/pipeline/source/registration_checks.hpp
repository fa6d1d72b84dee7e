#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/office/registration_table.hpp>

#include <string>
#include <vector>

namespace nominate::pipeline::detail {

// A registration table read from a district folder.
struct LoadedTable {
  std::string file; // relative to the district folder
  office::RegistrationTable table;
};

// The notice: 登记表和推介表填写的有关内容需一致；请按推介顺序填写登记表. For each table, against the
// district's submissions of its kind: a nominee in the table without a folder (batch.registration, unknown),
// a folder not in the table (missing), a column that disagrees with the form (mismatch: each column the rule
// set maps to a field through its labels and aliases), and a folder number that disagrees with 推介序号
// (batch.order, a warning: numbering folders is a convention, not the notice's).
void check_registrations(const std::vector<const folder::LoadedSubmission*>& submissions,
                         const std::vector<LoadedTable>& tables, std::vector<core::Finding>& out);

} // namespace nominate::pipeline::detail
