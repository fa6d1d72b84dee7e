#include <nominate/core/display_name.hpp>
#include <nominate/office/archive.hpp>

#include <zip.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace nominate::office {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle()
  {
    if (zip != nullptr) {
      zip_discard(zip);
    }
  }
};

namespace {

bool same_part_name(std::string_view a, std::string_view b)
{
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

std::string_view without_leading_slash(std::string_view name)
{
  while (!name.empty() && name.front() == '/') {
    name.remove_prefix(1);
  }
  return name;
}

// The first part name held twice, compared as OPC compares part names (ASCII case folded, without a leading
// '/'): two "word/document.xml" entries are a package two programs may read differently. Folder entries
// ("word/") are not parts and may repeat.
std::optional<std::string> first_duplicate(const std::vector<std::string>& names)
{
  std::vector<std::string> folded;
  folded.reserve(names.size());
  for (const auto& name : names) {
    if (name.empty() || name.back() == '/') {
      continue;
    }
    std::string key;
    for (char c : without_leading_slash(name)) {
      key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    folded.push_back(std::move(key));
  }
  std::ranges::sort(folded);
  const auto twice = std::ranges::adjacent_find(folded);
  if (twice == folded.end()) {
    return std::nullopt;
  }
  return *twice;
}

core::Error zip_failure(int code, std::string_view what)
{
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = std::string(what) + ": " + zip_error_strerror(&error);
  zip_error_fini(&error);
  if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) {
    return core::Error{core::ErrorCode::encrypted, message, {}, {}};
  }
  return core::Error{core::ErrorCode::unreadable, message, {}, {}};
}

bool over_ratio(std::uint64_t size, std::uint64_t compressed, const ZipLimits& limits)
{
  if (size <= limits.ratio_threshold) {
    return false;
  }
  return compressed == 0 || size / compressed >= limits.ratio;
}

} // namespace

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, std::vector<std::string> names, ZipLimits limits)
    : m_handle(std::move(handle)), m_names(std::move(names)), m_limits(limits)
{
}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

core::Result<ZipArchive> ZipArchive::open(std::span<const std::uint8_t> bytes, const ZipLimits& limits)
{
  if (bytes.empty()) {
    return core::fail(core::ErrorCode::unreadable, "empty file, not a zip");
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return core::fail(core::ErrorCode::io, "cannot create a zip source");
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (zip == nullptr) {
    zip_source_free(source);
    auto failure = zip_failure(zip_error_code_zip(&error), "not a readable zip");
    if (failure.code == core::ErrorCode::unreadable) {
      failure.reason = "not-zip"; // an Office file is a zip: most often one cut short in a download or a copy
    }
    zip_error_fini(&error);
    return std::unexpected(failure);
  }
  zip_error_fini(&error);
  auto handle = std::make_unique<Handle>();
  handle->zip = zip;

  zip_int64_t count = zip_get_num_entries(zip, 0);
  if (count < 0) {
    return core::fail(core::ErrorCode::unreadable, "damaged zip directory");
  }
  if (static_cast<std::uint64_t>(count) > limits.entries) {
    return core::fail(core::ErrorCode::limit_exceeded, "zip holds " + std::to_string(count) +
                                                           " entries, over the limit of " +
                                                           std::to_string(limits.entries));
  }
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(count));
  std::uint64_t declared_total = 0;
  for (zip_int64_t index = 0; index < count; ++index) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || stat.name == nullptr) {
      return core::fail(core::ErrorCode::unreadable, "damaged zip entry " + std::to_string(index));
    }
    names.emplace_back(stat.name);
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0) {
      if (stat.size > limits.entry) {
        return core::fail(core::ErrorCode::limit_exceeded,
                          "zip entry " + names.back() + " claims " + std::to_string(stat.size) + " bytes");
      }
      if (over_ratio(stat.size, stat.comp_size, limits)) {
        return core::fail(core::ErrorCode::limit_exceeded,
                          "zip entry " + names.back() + " compresses beyond the ratio limit (a zip bomb)");
      }
      declared_total += stat.size;
    }
  }
  if (auto twice = first_duplicate(names)) {
    return core::fail(
        core::ErrorCode::unreadable,
        "the zip holds two entries named " + core::quote_excerpt(*twice, 80) +
            " (Word and Excel report such a file as damaged, and which one a program reads differs)");
  }
  if (declared_total > limits.total) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "zip entries claim " + std::to_string(declared_total) + " bytes in all");
  }
  return ZipArchive(std::move(handle), std::move(names), limits);
}

std::optional<std::uint64_t> ZipArchive::index_of(std::string_view name) const
{
  name = without_leading_slash(name);
  for (std::size_t index = 0; index < m_names.size(); ++index) {
    if (m_names[index] == name) {
      return index;
    }
  }
  for (std::size_t index = 0; index < m_names.size(); ++index) {
    if (same_part_name(m_names[index], name)) {
      return index;
    }
  }
  return std::nullopt;
}

bool ZipArchive::contains(std::string_view name) const
{
  return index_of(name).has_value();
}

core::Result<std::string> ZipArchive::read(std::string_view name)
{
  auto index = index_of(name);
  if (!index) {
    return core::fail(core::ErrorCode::unreadable, "the package has no part " + std::string(name));
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(m_handle->zip, *index, 0, &stat) != 0) {
    return core::fail(core::ErrorCode::unreadable, "damaged zip entry " + std::string(name));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return core::fail(core::ErrorCode::encrypted, "zip entry " + std::string(name) + " is encrypted");
  }
  zip_file_t* file = zip_fopen_index(m_handle->zip, *index, 0);
  if (file == nullptr) {
    return std::unexpected(zip_failure(zip_error_code_zip(zip_get_error(m_handle->zip)),
                                       "cannot open zip entry " + std::string(name)));
  }
  // The declared size may lie: read in chunks and stop at the limits whatever the directory claims.
  std::string content;
  std::array<char, std::size_t{64} * 1024> buffer{};
  std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
  for (;;) {
    zip_int64_t got = zip_fread(file, buffer.data(), buffer.size());
    if (got < 0) {
      auto failure = zip_failure(zip_error_code_zip(zip_file_get_error(file)),
                                 "cannot read zip entry " + std::string(name));
      zip_fclose(file);
      return std::unexpected(failure);
    }
    if (got == 0) {
      break;
    }
    content.append(buffer.data(), static_cast<std::size_t>(got));
    if (content.size() > m_limits.entry || m_read_total + content.size() > m_limits.total) {
      zip_fclose(file);
      return core::fail(core::ErrorCode::limit_exceeded,
                        "zip entry " + std::string(name) + " expands beyond the size limit");
    }
    if (over_ratio(content.size(), compressed, m_limits)) {
      zip_fclose(file);
      return core::fail(core::ErrorCode::limit_exceeded,
                        "zip entry " + std::string(name) + " compresses beyond the ratio limit (a zip bomb)");
    }
  }
  int closed = zip_fclose(file);
  if (closed != 0) {
    return std::unexpected(zip_failure(closed, "damaged zip entry " + std::string(name)));
  }
  m_read_total += content.size();
  return content;
}

} // namespace nominate::office
