#pragma once

#include <nominate/report/report.hpp>

#include <ostream>
#include <string_view>

namespace nominate::report {

// Each writer renders the same Report; none of them decides pass or fail.
void write_text(std::ostream& out, const Report& report, const WriteOptions& options);
void write_json(std::ostream& out, const Report& report, const WriteOptions& options);   // schema 1
void write_sarif(std::ostream& out, const Report& report, const WriteOptions& options);  // SARIF 2.1.0
void write_junit(std::ostream& out, const Report& report, const WriteOptions& options);  // JUnit XML
void write_github(std::ostream& out, const Report& report, const WriteOptions& options); // ::error workflow commands

enum class Format { text, json, sarif, junit, github };

// "text", "json", … → Format; nullopt for an unknown name.
[[nodiscard]] std::optional<Format> parse_format(std::string_view name);
void write(Format format, std::ostream& out, const Report& report, const WriteOptions& options);

}  // namespace nominate::report
