#include "content_type.hpp"

#include <nominate/folder/discover.hpp>
#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <fstream>

namespace nominate::folder {

namespace {

bool contains_any(const std::string& haystack, std::initializer_list<std::string_view> needles)
{
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view needle) { return haystack.find(needle) != std::string::npos; });
}

std::string lower_ascii(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return text;
}

// What content_type() needs of a file: its first bytes, or all of a document container (a zip's directory
// is at its end, an OLE2 file's directory anywhere) up to k_whole_document_bytes.
std::vector<std::uint8_t> read_head(const std::filesystem::path& path, std::uintmax_t size)
{
  std::vector<std::uint8_t> head(k_sniff_bytes);
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  bool container =
      head.size() >= 4 && ((head[0] == 'P' && head[1] == 'K') ||
                           (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0));
  if (container && size > head.size() && size <= k_whole_document_bytes) {
    head.resize(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(head.data()) + k_sniff_bytes,
            static_cast<std::streamsize>(size - k_sniff_bytes));
    head.resize(k_sniff_bytes + static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  }
  return head;
}

} // namespace

bool is_junk_name(const std::string& name)
{
  auto lower = lower_ascii(name);
  return name.empty() || name.front() == '.' || name.starts_with("~$") || lower == "thumbs.db" ||
         lower == "desktop.ini" || lower == "__macosx" || name.ends_with("~") || lower.ends_with(".tmp");
}

bool names_form(const std::string& file_name)
{
  return office::names_nomination_form(file_name);
}

bool names_registration(const std::string& file_name)
{
  return file_name.find("登记表") != std::string::npos;
}

bool names_id_photo(const std::string& file_name, const std::vector<std::string>& keywords)
{
  auto lower = lower_ascii(file_name);
  if (contains_any(lower, {"证件照", "免冠", "1寸", "一寸", "2寸", "二寸", "寸照", "id_photo", "idphoto"})) {
    return true;
  }
  return std::any_of(keywords.begin(), keywords.end(), [&](const std::string& keyword) {
    return !keyword.empty() && lower.find(keyword) != std::string::npos;
  });
}

bool names_scan(const std::string& file_name)
{
  return contains_any(file_name, {"盖章", "扫描", "签字", "签章"});
}

bool names_summary(const std::string& file_name)
{
  return file_name.find("总结") != std::string::npos;
}

Discovery discover_files(const std::filesystem::path& folder)
{
  Discovery found;
  std::error_code error;
  std::filesystem::recursive_directory_iterator walk(
      folder, std::filesystem::directory_options::skip_permission_denied, error);
  for (auto end = std::filesystem::recursive_directory_iterator(); !error && walk != end;
       walk.increment(error)) {
    const auto& entry = *walk;
    auto relative = text::nfc(std::filesystem::relative(entry.path(), folder, error).generic_string());
    auto name = text::nfc(entry.path().filename().string());
    if (is_junk_name(name)) {
      found.ignored.push_back(relative);
      if (entry.is_directory(error)) {
        walk.disable_recursion_pending();
      }
      continue;
    }
    if (entry.is_symlink(error) || !entry.is_regular_file(error)) {
      continue;
    }
    FoundFile file;
    file.path = entry.path();
    file.file = relative;
    auto extension = entry.path().extension().string();
    file.extension = lower_ascii(extension.empty() ? std::string() : extension.substr(1));
    file.size = entry.file_size(error);
    file.modified = entry.last_write_time(error);
    file.content_type =
        file.size == 0 ? "empty" : content_type(read_head(file.path, file.size), file.extension);
    found.files.push_back(std::move(file));
  }
  std::sort(found.files.begin(), found.files.end(),
            [](const FoundFile& a, const FoundFile& b) { return a.file < b.file; });
  std::sort(found.ignored.begin(), found.ignored.end());
  return found;
}

} // namespace nominate::folder
