#include "ooxml_builder.hpp"

#include <zip.h>

#include <stdexcept>

namespace nominate::test {

ZipBuilder& ZipBuilder::add(std::string name, std::string content, Compression compression,
                            Encryption encryption)
{
  m_entries.push_back(Entry{std::move(name), std::move(content), compression, encryption});
  return *this;
}

std::string ZipBuilder::build() const
{
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(out);
  zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  if (zip == nullptr) {
    throw std::runtime_error("zip_open_from_source failed");
  }
  for (const auto& entry : m_entries) {
    zip_source_t* source = zip_source_buffer(zip, entry.content.data(), entry.content.size(), 0);
    zip_int64_t index = zip_file_add(zip, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      throw std::runtime_error("zip_file_add failed");
    }
    auto at = static_cast<zip_uint64_t>(index);
    // A fixed time (2024-01-01 00:00 UTC), so that the same fixture gives the same bytes run after run.
    zip_file_set_mtime(zip, at, 1704067200, 0);
    zip_set_file_compression(zip, at, entry.compression == Compression::store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                             9);
    if (entry.encryption == Encryption::aes256 &&
        zip_file_set_encryption(zip, at, ZIP_EM_AES_256, "secret") != 0) {
      throw std::runtime_error("zip_file_set_encryption failed");
    }
  }
  if (zip_close(zip) != 0) {
    throw std::runtime_error("zip_close failed");
  }
  zip_source_open(out);
  zip_source_seek(out, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(out);
  zip_source_seek(out, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  zip_source_read(out, bytes.data(), bytes.size());
  zip_source_close(out);
  zip_source_free(out);
  zip_error_fini(&error);
  return bytes;
}

std::span<const std::uint8_t> as_bytes(std::string_view bytes)
{
  return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

std::string escape_xml(std::string_view text)
{
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

namespace wml {

std::string run(std::string_view text)
{
  return "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" +
         escape_xml(text) + "</w:t></w:r>";
}

std::string p(std::string_view text)
{
  return p_xml(text.empty() ? std::string() : run(text));
}

std::string p_xml(std::string_view runs_xml)
{
  return "<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr>" + std::string(runs_xml) + "</w:p>";
}

std::string paragraphs(std::string_view text)
{
  std::string out;
  for (;;) {
    auto newline = text.find('\n');
    out += p(text.substr(0, newline));
    if (newline == std::string_view::npos) {
      return out;
    }
    text.remove_prefix(newline + 1);
  }
}

std::string tc_xml(std::string_view content_xml, const CellSpec& spec)
{
  std::string properties = "<w:tcW w:w=\"1200\" w:type=\"dxa\"/>";
  if (spec.span > 1) {
    properties += "<w:gridSpan w:val=\"" + std::to_string(spec.span) + "\"/>";
  }
  if (spec.vmerge == "bare") {
    properties += "<w:vMerge/>";
  } else if (!spec.vmerge.empty()) {
    properties += "<w:vMerge w:val=\"" + spec.vmerge + "\"/>";
  }
  properties += "<w:vAlign w:val=\"center\"/>";
  std::string content(content_xml);
  if (content.empty()) {
    content = "<w:p/>"; // a cell always ends with a paragraph
  }
  return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + content + "</w:tc>";
}

std::string tc(std::string_view text, const CellSpec& spec)
{
  return tc_xml(paragraphs(text), spec);
}

std::string tr(std::string_view cells_xml, int grid_before, int grid_after)
{
  std::string properties;
  if (grid_before > 0) {
    properties += "<w:gridBefore w:val=\"" + std::to_string(grid_before) + "\"/>";
  }
  if (grid_after > 0) {
    properties += "<w:gridAfter w:val=\"" + std::to_string(grid_after) + "\"/>";
  }
  properties += "<w:trHeight w:val=\"600\"/>";
  return "<w:tr><w:trPr>" + properties + "</w:trPr>" + std::string(cells_xml) + "</w:tr>";
}

std::string tbl(int columns, std::string_view rows_xml)
{
  std::string grid;
  for (int i = 0; i < columns; ++i) {
    grid += "<w:gridCol w:w=\"1200\"/>";
  }
  return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" "
         "w:sz=\"4\"/></w:tblBorders></w:tblPr>"
         "<w:tblGrid>" +
         grid + "</w:tblGrid>" + std::string(rows_xml) + "</w:tbl>";
}

} // namespace wml

std::string docx_package(std::string_view body_xml)
{
  const std::string document =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      "\n"
      R"(<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" )"
      R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
      R"(xmlns:o="urn:schemas-microsoft-com:office:office" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
      R"(xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" )"
      R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
      R"(xmlns:w10="urn:schemas-microsoft-com:office:word" )"
      R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
      R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" )"
      R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
      R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14">)"
      "<w:body>" +
      std::string(body_xml) +
      R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" )"
      R"(w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>)";
  const std::string content_types =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/word/document.xml" )"
      R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
      R"(<Override PartName="/word/styles.xml" )"
      R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>)";
  const std::string package_rels =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" )"
      R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
      R"(Target="word/document.xml"/></Relationships>)";
  const std::string document_rels =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
      R"(Target="styles.xml"/></Relationships>)";
  const std::string styles =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>)";
  return ZipBuilder()
      .add("[Content_Types].xml", content_types)
      .add("_rels/.rels", package_rels)
      .add("word/document.xml", document)
      .add("word/_rels/document.xml.rels", document_rels)
      .add("word/styles.xml", styles)
      .build();
}

std::string xlsx_package(const XlsxParts& parts)
{
  const std::string main_ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string r_ns = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
  std::string content_types =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/xl/workbook.xml" )"
      R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)";
  std::string sheets;
  std::string workbook_rels =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  ZipBuilder zip;
  for (std::size_t i = 0; i < parts.sheets.size(); ++i) {
    std::string number = std::to_string(i + 1);
    sheets += "<sheet name=\"" + escape_xml(parts.sheets[i].first) + "\" sheetId=\"" + number +
              "\" r:id=\"rId" + number + "\"/>";
    workbook_rels +=
        R"(<Relationship Id="rId)" + number +
        R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
        R"(Target="worksheets/sheet)" +
        number + R"(.xml"/>)";
    content_types +=
        R"(<Override PartName="/xl/worksheets/sheet)" + number +
        R"(.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)";
    zip.add("xl/worksheets/sheet" + number + ".xml",
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet )" + main_ns + " " + r_ns +
                ">" + parts.sheets[i].second + "</worksheet>");
  }
  if (!parts.shared_strings.empty()) {
    workbook_rels +=
        R"(<Relationship Id="rIdS" )"
        R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" )"
        R"(Target="sharedStrings.xml"/>)";
    zip.add("xl/sharedStrings.xml", R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst )" +
                                        main_ns + ">" + parts.shared_strings + "</sst>");
  }
  if (!parts.styles.empty()) {
    workbook_rels += R"(<Relationship Id="rIdT" )"
                     R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
                     R"(Target="/xl/styles.xml"/>)";
    zip.add("xl/styles.xml", R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet )" +
                                 main_ns + ">" + parts.styles + "</styleSheet>");
  }
  workbook_rels += "</Relationships>";
  content_types += "</Types>";
  std::string workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook )" + main_ns +
                         " " + r_ns + ">" + (parts.date1904 ? R"(<workbookPr date1904="1"/>)" : "") +
                         "<sheets>" + sheets + "</sheets></workbook>";
  zip.add("[Content_Types].xml", content_types)
      .add("_rels/.rels",
           R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           R"(<Relationship Id="rId1" )"
           R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
           R"(Target="xl/workbook.xml"/></Relationships>)")
      .add("xl/workbook.xml", workbook)
      .add("xl/_rels/workbook.xml.rels", workbook_rels);
  return zip.build();
}

namespace {

void put32(std::string& out, std::size_t at, std::uint32_t value)
{
  for (int i = 0; i < 4; ++i) {
    out[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
  }
}

void put16(std::string& out, std::size_t at, std::uint16_t value)
{
  out[at] = static_cast<char>(value & 0xFF);
  out[at + 1] = static_cast<char>(value >> 8);
}

void directory_entry(std::string& out, std::size_t at, std::u16string_view name, int type,
                     std::uint32_t right, std::uint32_t child, std::uint32_t start, std::uint32_t size)
{
  for (std::size_t i = 0; i < name.size(); ++i) {
    put16(out, at + 2 * i, name[i]);
  }
  put16(out, at + 0x40, static_cast<std::uint16_t>((name.size() + 1) * 2));
  out[at + 0x42] = static_cast<char>(type);
  out[at + 0x43] = 1;                // black
  put32(out, at + 0x44, 0xFFFFFFFF); // left sibling
  put32(out, at + 0x48, right);
  put32(out, at + 0x4C, child);
  put32(out, at + 0x74, start);
  put32(out, at + 0x78, size);
}

} // namespace

std::string encrypted_package_cfb(std::size_t size)
{
  // EncryptionInfo's version (4.4, agile); the package's stream starts with its plain size.
  return compound_file(u"EncryptionInfo", std::string("\x04\x00\x04\x00", 4), u"EncryptedPackage", size);
}

std::string compound_file(std::u16string_view first, std::string_view first_head, std::u16string_view second,
                          std::size_t size)
{
  constexpr std::uint32_t k_free = 0xFFFFFFFF;
  constexpr std::uint32_t k_end = 0xFFFFFFFE;
  const auto stream_sectors = static_cast<std::uint32_t>((size + 511) / 512);
  const std::uint32_t total_sectors = 2 + 2 * stream_sectors; // FAT, directory, two streams
  std::string file(512 * (1 + total_sectors), '\0');
  // Header.
  const std::string signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  file.replace(0, 8, signature);
  put16(file, 0x18, 0x003E);
  put16(file, 0x1A, 0x0003);
  put16(file, 0x1C, 0xFFFE);
  put16(file, 0x1E, 9);
  put16(file, 0x20, 6);
  put32(file, 0x2C, 1);     // FAT sectors
  put32(file, 0x30, 1);     // first directory sector
  put32(file, 0x38, 4096);  // mini stream cutoff
  put32(file, 0x3C, k_end); // no mini FAT
  put32(file, 0x44, k_end); // no DIFAT sectors
  put32(file, 0x4C, 0);     // DIFAT[0]: the FAT is sector 0
  for (std::size_t i = 1; i < 109; ++i) {
    put32(file, 0x4C + 4 * i, k_free);
  }
  // FAT (sector 0, at offset 512).
  std::size_t fat = 512;
  for (std::size_t i = 0; i < 128; ++i) {
    put32(file, fat + 4 * i, k_free);
  }
  put32(file, fat + 0, 0xFFFFFFFD); // the FAT itself
  put32(file, fat + 4, k_end);      // the directory
  for (std::uint32_t stream = 0; stream < 2; ++stream) {
    std::uint32_t start = 2 + stream * stream_sectors;
    for (std::uint32_t i = 0; i < stream_sectors; ++i) {
      put32(file, fat + 4 * (start + i), i + 1 < stream_sectors ? start + i + 1 : k_end);
    }
  }
  // Directory (sector 1): the root, then the two streams as siblings.
  std::size_t directory = 1024;
  directory_entry(file, directory, u"Root Entry", 5, k_free, 1, k_end, 0);
  directory_entry(file, directory + 128, first, 2, 2, k_free, 2, static_cast<std::uint32_t>(size));
  directory_entry(file, directory + 256, second, 2, k_free, k_free, 2 + stream_sectors,
                  static_cast<std::uint32_t>(size));
  file.replace(512 * 3, first_head.size(), first_head);
  return file;
}

} // namespace nominate::test
