#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/yaml/node.hpp>
#include <nominate/yaml/parse.hpp>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::folder::detail {

// Strict reading of a config's YAML tree: every error names the file, line and column.
class ConfigReader {
public:
  explicit ConfigReader(std::filesystem::path file) : m_file(std::move(file)) {}

  [[nodiscard]] core::Error error_at(const yaml::Node& node, std::string message) const;
  // The same, with the reason (core::Error::reason) the messages part words in each language and what it
  // names: the key or the value written.
  [[nodiscard]] core::Error error_at(const yaml::Node& node, std::string message, std::string reason,
                                     const std::string& subject, const std::string& also = {}) const;
  // The map's keys must be among `known`; else an error naming the key (and the nearest known one).
  [[nodiscard]] core::Result<void> only_keys(const yaml::Node& map,
                                             std::initializer_list<std::string_view> known) const;
  [[nodiscard]] core::Result<std::string> scalar(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<bool> boolean(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<std::vector<Waiver>> waivers(const yaml::Node& node) const;
  [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

private:
  std::filesystem::path m_file;
};

} // namespace nominate::folder::detail
