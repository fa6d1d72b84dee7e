#pragma once

#include <nominate/check/check.hpp>
#include <nominate/core/error.hpp>

#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

namespace nominate::pipeline::detail {

// Reads a past-winner list (nominate.yaml's `past_winners`): a CSV (UTF-8 or GB18030) or an .xlsx whose
// header row has a column 名称, 姓名 or 项目名称, and optionally 单位 and 年份. A list that cannot be read
// stops the job: the district asked for the check, so skipping it silently would claim more than was checked.
[[nodiscard]] core::Result<std::vector<check::PastEntry>> read_past_list(const std::filesystem::path& file);

// Reads each list once, whatever the number of submissions and threads that ask for it.
class PastListCache {
public:
  [[nodiscard]] core::Result<std::vector<check::PastEntry>> get(const std::filesystem::path& file);

private:
  std::mutex m_mutex;
  std::map<std::filesystem::path, core::Result<std::vector<check::PastEntry>>> m_lists;
};

} // namespace nominate::pipeline::detail
