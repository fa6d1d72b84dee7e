#include <nominate/folder/read_error.hpp>
#include <nominate/office/legacy.hpp>

namespace nominate::folder {

core::Finding read_error_finding(const core::Error& error, const std::filesystem::path& path,
                                 const std::string& file)
{
  switch (error.code) {
  case core::ErrorCode::encrypted:
    return core::make_finding("material.encrypted", "material.encrypted.document", core::Severity::error,
                              file);
  case core::ErrorCode::unsupported: {
    auto target = path.extension() == ".xls" || path.extension() == ".XLS" ? office::ConvertTarget::xlsx
                                                                           : office::ConvertTarget::docx;
    return core::make_finding(
        "material.legacy-format", "material.legacy-format.unconverted", core::Severity::error, file,
        {{"format", path.extension().string()}, {"command", office::convert_command(path, target)}});
  }
  default:
    return core::make_finding("material.unreadable", "material.unreadable.damaged", core::Severity::error,
                              file, {{"detail", error.message}});
  }
}

} // namespace nominate::folder
