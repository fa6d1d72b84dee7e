// A web archive (MHTML, RFC 2557: Word's and WPS's 单个文件网页, often saved or renamed as .doc): a MIME
// message whose text/html part is the document. LibreOffice opens that part as HTML, not the message.

#include "mhtml.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace nominate::office {

namespace {

std::string lower(std::string_view text)
{
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A MIME header block: each header's lower-case name and its value, folded lines joined.
struct Headers {
  std::string content_type;      // as written, parameters included
  std::string transfer_encoding; // lower case
};

// Reads the headers at `at`; `at` is left at the first byte of the body (past the blank line).
std::optional<Headers> read_headers(std::string_view text, std::size_t& at)
{
  Headers headers;
  std::string name;
  std::string* value = nullptr;
  std::string ignored;
  while (at < text.size()) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) {
      return std::nullopt; // no body
    }
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      return headers;
    }
    if (line.front() == ' ' || line.front() == '\t') { // a folded line goes on with the header above
      if (const auto first = line.find_first_not_of(" \t");
          value != nullptr && first != std::string_view::npos) {
        *value += ' ';
        *value += line.substr(first);
      }
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
      return std::nullopt; // not a header: no MIME message
    }
    name = lower(line.substr(0, colon));
    value = name == "content-type"                ? &headers.content_type
            : name == "content-transfer-encoding" ? &headers.transfer_encoding
                                                  : &ignored;
    value->assign(line.substr(colon + 1));
  }
  return std::nullopt;
}

// The value of parameter `name` (lower case) in a Content-Type, quotes removed; empty when absent.
std::string parameter(std::string_view content_type, std::string_view name)
{
  const std::string folded = lower(content_type);
  for (std::size_t at = folded.find(';'); at != std::string::npos; at = folded.find(';', at + 1)) {
    auto start = folded.find_first_not_of(" \t", at + 1);
    if (start == std::string::npos || folded.compare(start, name.size(), name) != 0) {
      continue;
    }
    auto equals = folded.find_first_not_of(" \t", start + name.size());
    if (equals == std::string::npos || folded[equals] != '=') {
      continue;
    }
    auto value_start = folded.find_first_not_of(" \t", equals + 1);
    if (value_start == std::string::npos) {
      return {};
    }
    if (content_type[value_start] == '"') {
      auto close = content_type.find('"', value_start + 1);
      return std::string(content_type.substr(value_start + 1, close == std::string_view::npos
                                                                  ? std::string_view::npos
                                                                  : close - value_start - 1));
    }
    auto value_end = content_type.find_first_of("; \t", value_start);
    return std::string(content_type.substr(
        value_start, value_end == std::string_view::npos ? std::string_view::npos : value_end - value_start));
  }
  return {};
}

int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string quoted_printable(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '=') {
      out += text[at];
      continue;
    }
    if (at + 1 < text.size() && (text[at + 1] == '\n' || text[at + 1] == '\r')) { // a soft line break
      at += text[at + 1] == '\r' && at + 2 < text.size() && text[at + 2] == '\n' ? 2 : 1;
      continue;
    }
    const int high = at + 2 < text.size() ? hex_value(text[at + 1]) : -1;
    const int low = at + 2 < text.size() ? hex_value(text[at + 2]) : -1;
    if (high < 0 || low < 0) {
      out += '='; // not an escape: kept as written, as mail readers do
      continue;
    }
    out += static_cast<char>(high * 16 + low);
    at += 2;
  }
  return out;
}

std::string base64(std::string_view text)
{
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    const auto value = k_alphabet.find(c);
    if (value == std::string_view::npos) {
      continue; // line breaks, padding
    }
    bits = (bits << 6U) | static_cast<unsigned>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> static_cast<unsigned>(count)) & 0xFFU);
    }
  }
  return out;
}

} // namespace

bool is_mhtml(std::span<const std::uint8_t> bytes)
{
  std::string head = lower(std::string_view(reinterpret_cast<const char*>(bytes.data()),
                                            std::min<std::size_t>(bytes.size(), 4096)));
  // A byte-order mark and blank lines before the headers, as some editors save it.
  if (head.starts_with("\xEF\xBB\xBF")) {
    head.erase(0, 3);
  }
  head.erase(0, std::min(head.size(), head.find_first_not_of(" \t\r\n")));
  return head.find("multipart/related") != std::string::npos &&
         (head.starts_with("mime-version:") || head.starts_with("content-type:") ||
          head.starts_with("from:") || head.starts_with("subject:") || head.starts_with("date:"));
}

std::optional<std::string> mhtml_html_part(std::span<const std::uint8_t> bytes)
{
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  std::size_t at = 0;
  auto top = read_headers(text, at);
  if (!top) {
    return std::nullopt;
  }
  const std::string boundary = parameter(top->content_type, "boundary");
  if (boundary.empty()) {
    return std::nullopt;
  }
  const std::string delimiter = "--" + boundary;
  for (auto part = text.find(delimiter, at); part != std::string_view::npos;
       part = text.find(delimiter, part + delimiter.size())) {
    std::size_t start = text.find('\n', part);
    if (start == std::string_view::npos || text.compare(part + delimiter.size(), 2, "--") == 0) {
      break; // the closing delimiter
    }
    ++start;
    auto headers = read_headers(text, start);
    if (!headers || !lower(headers->content_type).contains("text/html")) {
      continue;
    }
    auto end = text.find(delimiter, start);
    std::string_view body =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const std::string encoding = lower(headers->transfer_encoding);
    std::string html = encoding.contains("quoted-printable") ? quoted_printable(body)
                       : encoding.contains("base64")         ? base64(body)
                                                             : std::string(body);
    // The charset the part's header names, for a page whose own <meta> does not say it (UTF-16 aside: a
    // line in single bytes before it would not read).
    const auto charset = parameter(headers->content_type, "charset");
    const bool says_charset = lower(std::string_view(html).substr(0, 2048)).contains("charset");
    const bool safe = std::ranges::all_of(
        charset, [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '_'; });
    if (!charset.empty() && !says_charset && safe && !lower(charset).starts_with("utf-16")) {
      html.insert(0, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n");
    }
    return html;
  }
  return std::nullopt;
}

} // namespace nominate::office
