#include "read_error_of.hpp"

#include <nominate/office/legacy.hpp>

namespace nominate::folder::detail {

ReadError read_error(ReadErrorKind kind, std::optional<std::string> detail)
{
  ReadError error;
  error.kind = kind;
  error.detail = std::move(detail);
  return error;
}

ReadError unconverted(std::string format, std::string command)
{
  ReadError error;
  error.kind = ReadErrorKind::legacy_format;
  error.format = std::move(format);
  error.command = std::move(command);
  return error;
}

ReadError read_error_of(const core::Error& error, const std::filesystem::path& path)
{
  switch (error.code) {
  case core::ErrorCode::encrypted:
    return read_error(ReadErrorKind::encrypted);
  case core::ErrorCode::not_a_table:
    return read_error(ReadErrorKind::not_a_table);
  case core::ErrorCode::limit_exceeded:
    // A safety limit, not damage: a file Word or Excel may open all the same (a 100,000-cell table).
    return read_error(ReadErrorKind::too_large, error.message);
  case core::ErrorCode::missing_library:
    // A reader loaded on first use (the PDF module) could not be: not the file's fault.
    return read_error(ReadErrorKind::no_reader, error.message);
  case core::ErrorCode::unsupported: {
    auto target = path.extension() == ".xls" || path.extension() == ".XLS" ? office::ConvertTarget::xlsx
                                                                           : office::ConvertTarget::docx;
    return unconverted(path.extension().string(), office::convert_command(path, target));
  }
  default: {
    auto damaged = read_error(ReadErrorKind::damaged, error.message);
    damaged.reason = error.reason;
    return damaged;
  }
  }
}

} // namespace nominate::folder::detail
