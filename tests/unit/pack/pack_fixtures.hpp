#pragma once

#include <nominate/pipeline/check_paths.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace nominate::pack::test {

// examples/<name> copied into `destination` (created); returns the copy.
std::filesystem::path copy_example(const std::string& name, const std::filesystem::path& destination);

// check_paths over `paths` with the shipped rule sets, `jobs` at a time, a private work folder under `work`.
pipeline::CheckOutcome check(const std::vector<std::filesystem::path>& paths,
                             const std::filesystem::path& work, unsigned jobs = 1);

// The names of a zip's entries, in the order they are stored (Python's zipfile).
std::vector<std::string> entry_names(const std::filesystem::path& zip);

// A member of a zip, as Python's zipfile reads it.
std::string read_member(const std::filesystem::path& zip, const std::string& name);

} // namespace nominate::pack::test
