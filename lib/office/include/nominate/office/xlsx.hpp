#pragma once

#include <nominate/core/error.hpp>
#include <nominate/office/archive.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace nominate::office {

// A worksheet as text, the way a person reads it in Excel or WPS: rows[r][c] is the cell at row r + 1,
// column c + 1 (A1 is rows[0][0]); rows end at their last non-empty cell, the sheet at its last row that
// has one.
//   - strings: shared, inline and rich text (runs joined, phonetic guides left out), `_xHHHH_` escapes
//     decoded;
//   - numbers: their exact digits, never scientific for a whole number (13912345678 stored as
//     1.3912345678E10 → "13912345678"), else up to Excel's 15 significant digits;
//   - dates (built-in formats 14–22 and the Chinese ones 27–36, 50–58, and custom formats with y/m/d):
//     "YYYY-MM-DD", or "YYYY-MM" when the format shows no day (`yyyy"年"m"月"`); serials follow the 1900
//     system with its leap-year bug (serial 60 is 1900-02-29) or the 1904 system the workbook declares;
//     times as "HH:MM:SS"; a cell typed as an ISO date (t="d") by its date part;
//   - booleans "TRUE"/"FALSE", errors as written ("#N/A").
struct Sheet {
  std::string name;
  std::vector<std::vector<std::string>> rows;
  bool hidden = false; // state="hidden" or "veryHidden"
};

struct Workbook {
  std::vector<Sheet> sheets; // in the workbook's tab order; chart and macro sheets left out
};

// What a merged range shows in the cells it covers besides its top-left one.
enum class MergedCells {
  repeated, // the top-left value copied into every covered cell (a vertically merged 单位 applies to
            // every row it spans)
  top_left, // only the top-left cell holds the value, as stored
};

// The largest number of cells (filled or padding) a workbook may expand to.
inline constexpr std::size_t k_max_sheet_cells = 4'000'000;

// The most rows with data a sheet may have (a registration table or a past-winner list holds hundreds, a
// national list a few thousand): past it the workbook is refused (limit_exceeded) before its cells are kept,
// so a million-row sheet costs its XML, not half a gigabyte of cells. The same cap holds for a CSV past list.
inline constexpr std::size_t k_max_table_rows = 50'000;

// Reads an .xlsx held in memory: sheets are found through the workbook's relationships. Errors:
// unreadable (not a zip, damaged XML, a DOCTYPE, a shared string index out of range), encrypted,
// unsupported (a legacy .xls), limit_exceeded (zip limits, more than k_max_sheet_cells).
[[nodiscard]] core::Result<Workbook> read_xlsx(std::span<const std::uint8_t> bytes,
                                               const ZipLimits& limits = {},
                                               MergedCells merged = MergedCells::repeated);
// The same, from a file; the error names the file.
[[nodiscard]] core::Result<Workbook> read_xlsx_file(const std::filesystem::path& path,
                                                    MergedCells merged = MergedCells::repeated);

// "L5" for row 4, column 11 (0-based), as the report's location shows a spreadsheet cell.
[[nodiscard]] std::string cell_reference(std::size_t row, std::size_t column);

} // namespace nominate::office
