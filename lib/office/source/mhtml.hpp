#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace nominate::office {

// Whether `bytes` are a web archive (MHTML, RFC 2557): MIME headers, then a multipart/related body. Word and
// WPS save a form so as 单个文件网页 (.mht), and people rename it .doc.
[[nodiscard]] bool is_mhtml(std::span<const std::uint8_t> bytes);

// The archive's first text/html part, its transfer encoding (quoted-printable, base64) undone, with a
// <meta> naming the charset its header gives put before it where the page names none; nullopt when there is
// no such part. The part's images
// are left out: only its text is read.
[[nodiscard]] std::optional<std::string> mhtml_html_part(std::span<const std::uint8_t> bytes);

} // namespace nominate::office
