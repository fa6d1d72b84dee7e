#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/folder/read_error.hpp>
#include <nominate/office/registration_table.hpp>

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace nominate::folder {

// One line of a district's list of earlier winners or nominees (a CSV/XLSX with 名称/姓名/项目名称, 单位,
// 年份).
struct PastEntry {
  std::string name; // a person's or a project's name
  std::string unit; // may be empty: then only the name can match
  std::optional<int> year;
};

// A registration table (附表2/附表4) read from a district folder. One file may give two (a workbook with a
// sheet for each kind): two entries of one `file`, their tables' `sheet` telling them apart.
struct RegistrationFile {
  std::string file; // relative to the district folder
  office::RegistrationTable table;
};

// A district folder as read: its configs, its registration tables, and what reading them found.
struct District {
  std::filesystem::path folder;         // on disk
  std::string path;                     // as the user gave it (the report's batch[].path)
  std::vector<DistrictConfig> configs;  // nominate.yaml files that apply, nearest first
  std::vector<RegistrationFile> tables; // in name order, a file's tables in its own order
  // Tables that could not be read (damaged, encrypted, an unconverted legacy format): the checks make a
  // finding of each, never an error that stops the run.
  std::vector<UnreadableFile> unreadable;
  // What reading the tables found besides read errors: a legacy table converted (material.legacy-format).
  std::vector<core::Finding> intake_findings;
  std::vector<Waiver> waivers; // of the configs: they may waive batch findings

  // The zone of the nearest config that names one ("demonstration", "experimental", "other").
  [[nodiscard]] std::optional<std::string> zone() const;
  // Whether a registration table of `kind` marks the nominee or project named `title` special: its 备注 says
  // 事迹特别感人 or 特别受百姓喜爱 (附表2/附表4 注4: "如推介…，请在备注栏注明").
  [[nodiscard]] bool marks_special(const std::string& kind, const std::string& title) const;
};

// How to read a district's legacy (.xls) tables: LibreOffice, and a private folder to convert in.
struct DistrictOptions {
  std::optional<std::filesystem::path> soffice; // none: a .xls is material.legacy-format with how to convert
  std::filesystem::path work_dir;
  std::optional<std::filesystem::path> config_ceiling; // as LoadOptions::config_ceiling
  bool received = false;                               // as LoadOptions::received
};

// Reads a district folder's configs and the registration tables at its top (.xlsx or .docx named 登记表; a
// legacy .xls converted by LibreOffice). Errors: an invalid nominate.yaml.
[[nodiscard]] core::Result<District> load_district(const std::filesystem::path& folder, std::string path,
                                                   const DistrictOptions& options = {});

// Reads a past-winner list (nominate.yaml's `past_winners`): a CSV (UTF-8 or GB18030) or an .xlsx whose
// header row has a column 名称, 姓名 or 项目名称, and optionally 单位 and 年份. A list that cannot be read
// stops the job: the district asked for the check, so skipping it silently would claim more than was checked.
[[nodiscard]] core::Result<std::vector<PastEntry>> read_past_list(const std::filesystem::path& file);

// Reads each list once, whatever the number of submissions and threads that ask for it.
class PastListCache {
public:
  [[nodiscard]] core::Result<std::vector<PastEntry>> get(const std::filesystem::path& file);

private:
  std::mutex m_mutex;
  std::map<std::filesystem::path, core::Result<std::vector<PastEntry>>> m_lists;
};

} // namespace nominate::folder
