#pragma once

#include <nominate/core/facts.hpp>
#include <nominate/core/language.hpp>
#include <nominate/report/report.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The pieces of the HTML report that are not layout: escaping, embedding, and facts put into words.
// Private to the report part.
namespace nominate::report::html {

// Text made safe for an element's content and for a double-quoted attribute: & < > " ' escaped, control
// characters (but line feed and tab) replaced by '?', invalid UTF-8 bytes by U+FFFD.
[[nodiscard]] std::string escape(std::string_view text);

// A file's, folder's or package's name as every writer a person reads shows it (core::escape_name_for_text:
// a tab or line break as `\t`/`\n`, a U+202E as `<U+202E>`, so that it neither breaks nor reverses what is
// around it), then escaped as text.
[[nodiscard]] std::string name(std::string_view text);

// "data:image/jpeg;base64,…" for a JPEG's bytes.
[[nodiscard]] std::string jpeg_data_uri(std::span<const std::uint8_t> jpeg);

// A fact by name, when present and of that type.
[[nodiscard]] std::optional<std::string> fact_text(const core::Facts& facts, std::string_view name);
[[nodiscard]] std::optional<std::int64_t> fact_integer(const core::Facts& facts, std::string_view name);
[[nodiscard]] std::optional<double> fact_number(const core::Facts& facts, std::string_view name);
[[nodiscard]] std::optional<bool> fact_flag(const core::Facts& facts, std::string_view name);

// "1.2 MB", "245 KB", "900 B".
[[nodiscard]] std::string describe_bytes(std::int64_t bytes);
// "4:30", "1:02:03".
[[nodiscard]] std::string describe_duration(double seconds);

// A video's facts in one line for the summary table: "mp4 · h264 · 1280×720 · 25 fps 恒定帧率 · 4:30 · 38.2
// MB".
[[nodiscard]] std::string video_line(const core::Facts& facts, core::Language language);

// The page's style sheet: screen and print (A4, one submission per page, no picture cut across pages).
[[nodiscard]] std::string_view style_sheet();

// The IT part of a fix under a heading that already says it is for IT staff: its leading "IT：" / "IT: "
// dropped, and "IT（查看错误）：" / "IT (list the errors): " kept as "查看错误：" / "list the errors: ".
[[nodiscard]] std::string without_it_label(std::string_view text);

} // namespace nominate::report::html
