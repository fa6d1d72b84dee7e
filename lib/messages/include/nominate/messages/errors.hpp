#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/language.hpp>

#include <string>
#include <string_view>

namespace nominate::messages {

// What a person reads when a job could not be done (exit 2), in one line and in the language: where (the
// file, its line and column), what went wrong, and what to do. In Chinese the code decides the sentence and
// the place is written out (第3行第5列); the library's own detail (core::Error::message, English for logs)
// is kept where it names something the sentence cannot (a key, a value), quoted after 详情. In English it is
// core::describe's `file:line:column: message`.
[[nodiscard]] std::string render_error(const core::Error& error, core::Language language);

// The code as scripts see it in reports: "invalid_rules", "not_found", …
[[nodiscard]] std::string_view error_code_name(core::ErrorCode code);

} // namespace nominate::messages
