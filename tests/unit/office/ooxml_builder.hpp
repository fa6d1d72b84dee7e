#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nominate::test {

// Zip packages built with libzip, in memory: the fixtures are true OOXML packages, not byte strings.
class ZipBuilder {
public:
  enum class Compression { deflate, store };
  enum class Encryption { none, aes256 };

  ZipBuilder& add(std::string name, std::string content, Compression compression = Compression::deflate,
                  Encryption encryption = Encryption::none);
  [[nodiscard]] std::string build() const;

private:
  struct Entry {
    std::string name;
    std::string content;
    Compression compression;
    Encryption encryption;
  };
  std::vector<Entry> m_entries;
};

[[nodiscard]] std::span<const std::uint8_t> as_bytes(std::string_view bytes);
[[nodiscard]] std::string escape_xml(std::string_view text);

// WordprocessingML pieces, written as Word writes them.
namespace wml {

[[nodiscard]] std::string run(std::string_view text); // <w:r><w:t xml:space="preserve">…</w:t></w:r>
[[nodiscard]] std::string p(std::string_view text);   // one paragraph of one run ("" → empty paragraph)
[[nodiscard]] std::string p_xml(std::string_view runs_xml);  // a paragraph around the given runs
[[nodiscard]] std::string paragraphs(std::string_view text); // one paragraph per '\n'-separated line

struct CellSpec {
  int span = 1;
  std::string vmerge; // "", "restart", "continue", or "bare" (<w:vMerge/>)
};
[[nodiscard]] std::string tc_xml(std::string_view content_xml, const CellSpec& spec = {});
[[nodiscard]] std::string tc(std::string_view text, const CellSpec& spec = {}); // paragraphs(text)
[[nodiscard]] std::string tr(std::string_view cells_xml, int grid_before = 0, int grid_after = 0);
[[nodiscard]] std::string tbl(int columns, std::string_view rows_xml);

} // namespace wml

// A whole .docx around a body (paragraphs and tables): [Content_Types].xml, _rels/.rels, word/document.xml
// with the namespaces Word declares, word/styles.xml.
[[nodiscard]] std::string docx_package(std::string_view body_xml);

// An .xlsx from crafted parts: workbook, sheets (name → sheetData XML inside <worksheet>), optional
// sharedStrings and styles XML. For what libxlsxwriter cannot write (inline strings, escapes, 1904).
struct XlsxParts {
  std::vector<std::pair<std::string, std::string>> sheets; // name, the worksheet's inner XML
  std::string shared_strings;                              // <sst> inner XML, or empty
  std::string styles;                                      // <styleSheet> inner XML, or empty
  bool date1904 = false;
};
[[nodiscard]] std::string xlsx_package(const XlsxParts& parts);

// A compound file (MS-CFB version 3: 512-byte sectors, one FAT sector, one directory sector) holding the
// streams a password-protected Office 2007+ file has: EncryptionInfo and EncryptedPackage (each `size`
// bytes, at least 4096 so they live in regular sectors). The streams' content is not a real cipher text:
// this checks that the package is recognised by its structure, which is all a reader can do without the
// password.
[[nodiscard]] std::string encrypted_package_cfb(std::size_t size = 4096);

// The same layout with two streams of other names, the first starting with `first_head` (a FIB, a BOF).
[[nodiscard]] std::string compound_file(std::u16string_view first, std::string_view first_head,
                                        std::u16string_view second, std::size_t size = 4096);

} // namespace nominate::test
