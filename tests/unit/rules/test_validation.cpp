// Strict validation: each way a rule file can be wrong, on a small broken file, reported as file:line:column.
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <temp_dir.hpp>

using namespace nominate::rules;
using nominate::core::ErrorCode;

namespace {

// A valid rule set's head; each test appends what it breaks.
const std::string k_head = "id: test/set\n"        // 1
                           "edition: \"1\"\n"      // 2
                           "kind: star\n"          // 3
                           "fields:\n"             // 4
                           "  - id: deeds\n"       // 5
                           "    label: 事迹\n"     // 6
                           "  - id: period\n"      // 7
                           "    label: 起止时间\n" // 8
                           "materials:\n"          // 9
                           "  - role: video\n";    // 10

// The error of loading `text`, rendered as the CLI shows it: "broken.yaml:line:column: message".
std::string error_of(const std::string& text, ErrorCode code = ErrorCode::invalid_rules)
{
  const auto result = parse_rule_set(text, "broken.yaml", RuleSource{});
  if (result.has_value()) {
    FAIL("the rule set loaded, but should have been refused:\n" << text);
  }
  CHECK(result.error().code == code);
  return describe(result.error());
}

} // namespace

TEST_CASE("the valid head loads", "[rules]")
{
  const auto result = parse_rule_set(k_head, "ok.yaml", RuleSource{});
  REQUIRE(result.has_value());
  CHECK(result->fields.size() == 2);
}

TEST_CASE("unknown keys are refused with the nearest known key", "[rules]")
{
  SECTION("at the top")
  {
    CHECK(error_of("id: test/set\nedtion: \"1\"\n") ==
          "broken.yaml:2:1: unknown key 'edtion' in a rule set (did you mean 'edition'?)");
  }
  SECTION("in a field")
  {
    CHECK_THAT(
        error_of(k_head + "  - role: form\n    lable: x\n"),
        Catch::StartsWith("broken.yaml:12:5: unknown key 'lable' in a material; expected one of: role, "));
    CHECK(error_of("id: test/set\nfields:\n  - id: name\n    lable: 姓名\n") ==
          "broken.yaml:4:5: unknown key 'lable' in a field (did you mean 'label'?)");
  }
  SECTION("far from any key, the known keys are listed")
  {
    CHECK_THAT(
        error_of("id: test/set\nzzzzzzzzzz: 1\n"),
        Catch::StartsWith("broken.yaml:2:1: unknown key 'zzzzzzzzzz' in a rule set; expected one of: id, "));
  }
}

TEST_CASE("wrong types are refused at the value", "[rules]")
{
  SECTION("a list where text belongs")
  {
    CHECK(error_of("id: [a, b]\n") == "broken.yaml:1:5: 'id' must be text, not a list");
  }
  SECTION("text where a whole number belongs")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n    min: many\n") ==
          "broken.yaml:14:10: 'min' must be a whole number, not text 'many'");
  }
  SECTION("a quoted number is text")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n    min: \"1500\"\n") ==
          "broken.yaml:14:10: 'min' must be a whole number, not text '1500'");
  }
  SECTION("an empty value points at its key")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n    min:\n") ==
          "broken.yaml:14:5: 'min' must be a whole number, not nothing");
  }
  SECTION("a mapping where a list belongs")
  {
    CHECK(error_of("id: test/set\nfields: {a: 1}\n") ==
          "broken.yaml:2:9: 'fields' must be a list, not a mapping");
  }
  SECTION("a flag")
  {
    CHECK(error_of("id: test/set\nfields:\n  - {id: a, label: b, required: yes}\n") ==
          "broken.yaml:3:33: 'required' must be true or false, not text 'yes'");
  }
}

TEST_CASE("unknown rules, parameters, fields and roles are refused", "[rules]")
{
  SECTION("an unknown rule id, with the nearest one")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.lenght\n    field: deeds\n") ==
          "broken.yaml:12:11: unknown rule 'text.lenght' (did you mean 'text.length'?)");
  }
  SECTION("a parameter the rule does not take")
  {
    CHECK(
        error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n    mn: 3\n") ==
        "broken.yaml:14:5: unknown parameter 'mn' for rule text.length (did you mean 'min'?); its parameters "
        "are: min, max, about, band, count");
  }
  SECTION("a parameter for a rule that takes none")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.audio\n    material: video\n    max: 3\n") ==
          "broken.yaml:14:5: unknown key 'max' in a check; rule video.audio takes no parameters");
  }
  SECTION("a field id the rule set does not define")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deedz\n    min: 3\n") ==
          "broken.yaml:13:12: check text.length field=deedz names field 'deedz', which the rule set does not "
          "define under 'fields' (did you mean 'deeds'?)");
  }
  SECTION("a parameter naming an unknown field")
  {
    CHECK(
        error_of(k_head + "checks:\n  - rule: eligibility.participants\n    field: period\n"
                          "    offline_min: 1000\n    period_field: peroid\n") ==
        "broken.yaml:15:19: check eligibility.participants field=period names field 'peroid', which the rule "
        "set does not define under 'fields' (did you mean 'period'?)");
  }
  SECTION("an unknown material role in materials")
  {
    CHECK(error_of(k_head + "  - role: photos\n") ==
          "broken.yaml:11:11: unknown material role 'photos' (did you mean 'photo'?)");
  }
  SECTION("an unknown material role in a check")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.codec\n    material: vidoe\n") ==
          "broken.yaml:13:15: unknown material role 'vidoe' (did you mean 'video'?)");
  }
  SECTION("a role the rule does not check")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.codec\n    material: form\n") ==
          "broken.yaml:13:15: rule video.codec checks the video material, not 'form'");
  }
  SECTION("a material the rule set does not declare")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: photo.color\n    material: id_photo\n") ==
          "broken.yaml:13:15: check photo.color material=id_photo names material 'id_photo', which the rule "
          "set does not declare under 'materials'");
  }
  SECTION("a field given to a rule about a material")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.audio\n    field: deeds\n") ==
          "broken.yaml:13:5: rule video.audio applies to a material; name it with 'material:'");
  }
  SECTION("a value outside a parameter's choices")
  {
    CHECK(error_of(k_head +
                   "checks:\n  - rule: text.length\n    field: deeds\n    max: 9\n    count: chars\n") ==
          "broken.yaml:15:12: 'count' cannot be 'chars'; expected one of: words, all, han");
  }
  SECTION("an unknown field format")
  {
    CHECK(error_of("id: test/set\nfields:\n  - {id: m, label: 手机, format: mobil}\n") ==
          "broken.yaml:3:32: unknown format 'mobil' (did you mean 'mobile'?)");
  }
}

TEST_CASE("a field's 'after' names another field of the rule set", "[rules]")
{
  const std::string fields = "id: test/set\nedition: \"1\"\nkind: star\nfields:\n"
                             "  - {id: filler, label: 填表人}\n";
  CHECK_THAT(
      error_of(fields + "  - {id: filler_phone, label: 联系电话, after: filer}\n"),
      Catch::Contains("field 'filler_phone' has 'after: filer', which is no other field of the rule set "
                      "(did you mean 'filler'?)"));
  CHECK_THAT(error_of(fields + "  - {id: filler_phone, label: 联系电话, after: filler_phone}\n"),
             Catch::Contains("which is no other field"));
  auto loaded = parse_rule_set(fields + "  - {id: filler_phone, label: 联系电话, after: filler}\n", "ok.yaml",
                               RuleSource{});
  REQUIRE(loaded);
  CHECK(loaded->field("filler_phone")->after == std::optional<std::string>("filler"));
  CHECK(loaded->field_by_label("联系电话") == nullptr); // no other field has the label
  CHECK(loaded->field_by_label("联系电话", "填表人")->id == "filler_phone");
}

TEST_CASE("impossible bounds are refused", "[rules]")
{
  SECTION("min greater than max")
  {
    CHECK(error_of(k_head +
                   "checks:\n  - rule: text.length\n    field: deeds\n    min: 2000\n    max: 1500\n") ==
          "broken.yaml:15:10: 'max' (1500) is less than 'min' (2000): no value can pass");
  }
  SECTION("a negative bound")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n    min: -5\n") ==
          "broken.yaml:14:10: 'min' must be at least 0, not -5");
  }
  SECTION("a band outside 0–1")
  {
    CHECK(error_of(k_head +
                   "checks:\n  - rule: text.length\n    field: deeds\n    about: 200\n    band: 1.5\n") ==
          "broken.yaml:15:11: 'band' must be between 0 and 1, not 1.5");
  }
  SECTION("a duration whose range is empty")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.duration\n    material: video\n    min_s: 300\n"
                            "    max_s: 240\n") ==
          "broken.yaml:15:12: 'max_s' (240) is less than 'min_s' (300): no value can pass");
  }
  SECTION("a material count whose range is empty")
  {
    CHECK(error_of("id: test/set\nmaterials:\n  - {role: photo, min: 3, max: 2}\n") ==
          "broken.yaml:3:32: 'max' (2) must be at least 1 and at least 'min' (3)");
  }
  SECTION("a required parameter left out")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.resolution\n    material: video\n    width: 1280\n") ==
          "broken.yaml:12:5: rule video.resolution needs 'height': the height in pixels");
  }
  SECTION("a length check with no bound at all")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: text.length\n    field: deeds\n") ==
          "broken.yaml:12:5: rule text.length needs at least one of: min, max, about");
  }
}

TEST_CASE("severities, dates and other values are checked", "[rules]")
{
  SECTION("a severity that is not error, warning or info")
  {
    CHECK(error_of(k_head + "checks:\n  - rule: video.audio\n    material: video\n    severity: fatal\n") ==
          "broken.yaml:14:15: 'severity' must be error, warning or info, not 'fatal'");
  }
  SECTION("a date that does not exist")
  {
    CHECK(error_of("id: test/set\nas_of: 2018-02-30\n") ==
          "broken.yaml:2:8: 'as_of' must be a date written YYYY-MM-DD, not '2018-02-30'");
  }
  SECTION("a date written another way")
  {
    CHECK(error_of("id: test/set\ndeadline: 2018年4月27日\n") ==
          "broken.yaml:2:11: 'deadline' must be a date written YYYY-MM-DD, not '2018年4月27日'");
  }
  SECTION("a rule set id that is not a name")
  {
    CHECK(error_of("id: National Star\n") == "broken.yaml:1:5: a rule set id is lower-case words joined by "
                                             "'/', such as national/star, not 'National "
                                             "Star'");
  }
  SECTION("a check listed twice")
  {
    CHECK(error_of(k_head + "checks:\n  - {rule: video.audio, material: video}\n"
                            "  - {rule: video.audio, material: video}\n") ==
          "broken.yaml:13:5: 'checks' lists check video.audio material=video twice (first at line 12)");
  }
  SECTION("a rule set that is not abstract needs an edition and a kind")
  {
    CHECK(
        error_of("id: test/set\nkind: star\n") ==
        "broken.yaml:1:5: rule set test/set needs 'edition' (or 'abstract: true' if it is only a parent for "
        "others)");
  }
  SECTION("an empty file")
  {
    CHECK(error_of("") == "broken.yaml:1:1: the rule file is empty");
  }
  SECTION("a YAML syntax error keeps its own code")
  {
    CHECK(error_of("id: test/set\nid: again\n", ErrorCode::yaml_syntax) ==
          "broken.yaml:2:1: duplicate key 'id'");
  }
  SECTION("'disabled' without a parent")
  {
    CHECK(error_of(k_head + "checks:\n  - {rule: video.audio, material: video, disabled: true}\n") ==
          "broken.yaml:12:5: 'disabled: true' on check 'video.audio material=video', but there is no parent "
          "rule "
          "set to remove it from (no 'extends')");
  }
}

TEST_CASE("mangled rule files are refused and never crash", "[rules]")
{
  const auto original =
      nominate::test::read_file(std::filesystem::path{NOMINATE_SOURCE_DIR} / "rules/national/star.yaml");
  REQUIRE_FALSE(original.empty());
  const RuleSource shipped{{std::filesystem::path{NOMINATE_SOURCE_DIR} / "rules"}};
  unsigned state = 2024;
  const auto next = [&] {
    state = state * 1103515245U + 12345U;
    return (state >> 8) & 0xFFFFFFU;
  };
  int refused = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = original;
    for (int edit = 0; edit < 3; ++edit) {
      const std::size_t at = next() % text.size();
      switch (next() % 3) {
      case 0:
        text[at] = "-:[]{}#&*! \n\"'9x"[next() % 16];
        break;
      case 1:
        text.erase(at, 1 + next() % 20);
        break;
      default:
        text.insert(at, text.substr(next() % text.size(), 1 + next() % 30));
        break;
      }
    }
    const auto result = parse_rule_set(text, "mangled.yaml", shipped);
    if (!result) {
      ++refused;
      CHECK_FALSE(result.error().message.empty());
    }
  }
  CHECK(refused > 100); // most edits break something; the rest still validate
}

TEST_CASE("waiver_requires names approved_by and date, and nothing else", "[rules]")
{
  const auto loaded =
      parse_rule_set(k_head + "waiver_requires: [approved_by, date]\n", "ok.yaml", RuleSource{});
  REQUIRE(loaded.has_value());
  CHECK(loaded->waiver_requires.approved_by);
  CHECK(loaded->waiver_requires.date);

  const auto plain = parse_rule_set(k_head, "ok.yaml", RuleSource{});
  REQUIRE(plain.has_value());
  CHECK_FALSE(plain->waiver_requires.approved_by);
  CHECK_FALSE(plain->waiver_requires.date);

  CHECK(error_of(k_head + "waiver_requires: [approved, date]\n")
            .find("not 'approved'; expected one of: approved_by, date") != std::string::npos);
}
