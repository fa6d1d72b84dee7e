#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace nominate::test {

// Converts `content` (written as a file named `input_name`) with LibreOffice — `soffice --headless
// --convert-to <convert_to>` — and returns the produced file, cached in fixture_cache() by the content's
// hash so later runs skip LibreOffice. Fails the test (REQUIRE) when soffice is missing or produces
// nothing: the project's install script installs it.
[[nodiscard]] std::filesystem::path soffice_convert(std::string_view content, const std::string& input_name,
                                                    const std::string& convert_to,
                                                    const std::string& infilter = {});

// Opens `content` (named `input_name`) in LibreOffice and saves it with the password "secret" through
// `filter` ("MS Word 97"), as File > Save As > "Save with password" does: a Basic macro in a private
// profile runs loadComponentFromURL / storeToURL. Returns the file, cached like soffice_convert.
[[nodiscard]] std::filesystem::path soffice_save_with_password(std::string_view content,
                                                               const std::string& input_name,
                                                               const std::string& filter,
                                                               const std::string& extension);

// A scanned page as a PDF: a page image (a PNG made by ImageMagick, lines of "text" drawn as bars) and no
// text layer, placed in an HTML page that LibreOffice Writer exports to PDF (ImageMagick's security policy
// forbids writing PDF). Cached like soffice_convert.
[[nodiscard]] std::filesystem::path scanned_pdf();

} // namespace nominate::test
