// Names safe on every archiver and on Windows, and package-name patterns.

#include <nominate/pack/names.hpp>

#include <catch2/catch.hpp>

namespace nominate::pack {

TEST_CASE("a name Windows cannot keep is renamed deterministically", "[pack]")
{
  CHECK(safe_component("推介表.docx").value() == "推介表.docx");
  CHECK(safe_component("事迹:视频?.mp4").value() == "事迹_视频_.mp4");
  CHECK(safe_component("a<b>c\"d|e*f\\g").value() == "a_b_c_d_e_f_g");
  CHECK(safe_component("照片\t1.jpg").value() == "照片_1.jpg");
  CHECK(safe_component("说明. . ").value() == "说明");
  CHECK(safe_component("...").value() == "_");
  CHECK(safe_component("CON").value() == "_CON");
  CHECK(safe_component("con.txt").value() == "_con.txt");
  CHECK(safe_component("COM1.jpg").value() == "_COM1.jpg");
  CHECK(safe_component("COM10.jpg").value() == "COM10.jpg");
  CHECK(safe_component("CONSOLE.txt").value() == "CONSOLE.txt");
}

TEST_CASE("what shows as nothing in a name is left out; other control characters become _", "[pack]")
{
  CHECK(safe_component("生活照\u2764\uFE0F.jpg").value() == "生活照\u2764.jpg"); // a phone's emoji
  CHECK(safe_component("张\u200B三.jpg").value() == "张三.jpg");                 // zero-width space
  CHECK(safe_component("\u202Egpj.exe").value() == "gpj.exe");                   // right-to-left override
  CHECK(safe_component("\uFEFF推介表.docx").value() == "推介表.docx");           // a byte-order mark
  CHECK(safe_component("a\u0085b").value() == "a_b");                            // C1 control
  CHECK(safe_component("\u200D").value() == "_");
}

TEST_CASE("names are NFC, and a name that is not UTF-8 cannot be made safe", "[pack]")
{
  CHECK(safe_component("Cafe\xCC\x81.txt").value() == "Caf\xC3\xA9.txt");
  auto gbk = safe_component("\xD5\xC5\xC8\xFD.jpg"); // 张三 in GBK
  REQUIRE_FALSE(gbk);
  CHECK(gbk.error().code == core::ErrorCode::bad_encoding);
}

TEST_CASE("a path too long for Windows is shortened in the file's stem, keeping its extension", "[pack]")
{
  std::string stem(200, 'x');
  auto safe = safe_path("01-张三/" + stem + ".mp4", 100);
  REQUIRE(safe);
  CHECK(utf16_units(*safe) == 100);
  CHECK(safe->starts_with("01-张三/xxx"));
  CHECK(safe->ends_with(".mp4"));
  CHECK_FALSE(safe_path(std::string(120, 'd') + "/a.jpg", 100));
  CHECK(utf16_units("张三😀") == 4);
}

TEST_CASE("a rename says why: a reserved name, a name shortened to fit, or characters", "[pack]")
{
  CHECK(rename_reason("01-张三/生活照:春节.jpg", "01-张三/生活照_春节.jpg") == RenameReason::characters);
  CHECK(rename_reason("01-张三/con.txt", "01-张三/_con.txt") == RenameReason::reserved);
  // An emoji's variation selector or a zero-width space is left out; nothing Windows refuses was there.
  CHECK(rename_reason("01-张三/说明\u2764\uFE0F.txt", "01-张三/说明\u2764.txt") == RenameReason::invisible);
  CHECK(rename_reason("01-张三/王\u200B秀兰.txt", "01-张三/王秀兰.txt") == RenameReason::invisible);
  CHECK(rename_reason("01-张三/a\u200B:b.txt", "01-张三/a_b.txt") == RenameReason::characters);
  CHECK(rename_reason("COM1/照片.jpg", "_COM1/照片.jpg") == RenameReason::reserved);
  const std::string long_name = "01-张三/" + std::string(200, 'x') + ".mp4";
  auto shortened = safe_path(long_name, 100);
  REQUIRE(shortened);
  CHECK(rename_reason(long_name, *shortened) == RenameReason::length);
  const std::string long_and_bad = "01-张三/" + std::string(200, 'x') + "?.mp4";
  auto both = safe_path(long_and_bad, 100);
  REQUIRE(both);
  CHECK(rename_reason(long_and_bad, *both) == RenameReason::length);
}

TEST_CASE("package names follow the pattern", "[pack]")
{
  std::map<std::string, std::string> values{{"district", "海淀区"},
                                            {"kind_zh", "百姓学习之星"},
                                            {"date", "2024-05-01"},
                                            {"title", "张三"},
                                            {"seq", "1"}};
  CHECK(expand_name(k_district_pattern, values).value() == "海淀区-百姓学习之星-2024-05-01.zip");
  CHECK(expand_name(k_submission_pattern, values).value() == "01-张三.zip");
  values["title"] = "王/五?";
  CHECK(expand_name(k_submission_pattern, values).value() == "01-王_五_.zip");
  CHECK_FALSE(expand_name("{nope}.zip", values));
  CHECK_FALSE(expand_name("{district.zip", values));
}

} // namespace nominate::pack
