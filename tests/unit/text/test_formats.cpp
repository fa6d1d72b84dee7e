#include "random_text.hpp"

#include <nominate/text/formats.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <utility>

using namespace nominate::text;

TEST_CASE("recognizes mainland mobile numbers", "[text]")
{
  for (const char* good :
       {"13812345678", "138 1234 5678", "138-1234-5678", "+86 13812345678", "+8613812345678",
        "86-138-1234-5678", "１３８１２３４５６７８", " 19912345678 ", "0086 13812345678",
        // as forms annotate them: a note after, a label before, the country code in brackets
        "13910236587（本人）", "13910236587 (手机)", "手机：13910236587", "电话:139-1023-6587",
        "（86）13910236587", "(+86) 139 1023 6587"}) {
    INFO(good);
    CHECK(is_mobile(good));
    CHECK(is_phone(good));
  }
  for (const char* bad : {"", "1381234567", "138123456789", "12812345678", "23812345678", "138 1234 567a",
                          "138--1234-5678", "+87 13812345678", "010-12345678", "１３８１２３４５６７",
                          "（本人）", "13910236587（13910236588）", "手机：无"}) {
    INFO(bad);
    CHECK_FALSE(is_mobile(bad));
  }
}

TEST_CASE("recognizes landline numbers", "[text]")
{
  for (const char* good :
       {"010-62251234", "0755-8765432", "(010)62251234", "（010）62251234", "010 6225 1234", "01062251234",
        "62251234", "6225123", "010-62251234转123", "010-62251234-123", "+86 10 62251234", "400-123-4567",
        "０１０－６２２５１２３４", "010-62251234（办）"}) {
    INFO(good);
    CHECK(is_landline(good));
    CHECK(is_phone(good));
  }
  for (const char* bad : {"", "010-1234", "010-123456789", "12345678", "01062251234567", "010-6225123x",
                          "电话", "010-62251234转", "0-62251234", "abc-62251234"}) {
    INFO(bad);
    CHECK_FALSE(is_landline(bad));
  }
  CHECK_FALSE(is_phone("12345"));
}

TEST_CASE("recognizes practical e-mail addresses", "[text]")
{
  for (const char* good : {"zhangsan@163.com", "zhang.san+nominate@example.edu.cn", "12345678@qq.com",
                           " li_si@sub-domain.example.org "}) {
    INFO(good);
    CHECK(is_email(good));
  }
  for (const char* bad : {"", "zhangsan", "zhangsan@", "@163.com", "zhangsan@163", "zhangsan＠163.com",
                          "zhangsan@163．com", "zhang san@163.com", "zhangsan@@163.com", ".zhangsan@163.com",
                          "zhang..san@163.com", "zhangsan@-163.com", "zhangsan@163.c", "张三@163.com"}) {
    INFO(bad);
    CHECK_FALSE(is_email(bad));
  }
}

TEST_CASE("canonicalizes gender", "[text]")
{
  CHECK(canonical_gender("男") == "男");
  CHECK(canonical_gender(" 女性 ") == "女");
  CHECK(canonical_gender("男性") == "男");
  CHECK_FALSE(canonical_gender("未知"));
  CHECK_FALSE(canonical_gender(""));
  SECTION("a form's tick boxes: the one ticked option")
  {
    for (const char* ticked : {"□男 ☑女", "☐男  ☒女", "男□ 女√", "○男 ●女", "□ 男   ■ 女", "☑女□男",
                               // brackets typed as boxes, and a tick beside one word of two
                               "男（ ）女（√）", "男( ) 女(√)", "男[ ] 女[✓]", "男【　】女【√】",
                               "（√）女 （ ）男", "男（）女（ √ ）", "√女 男", "男 女√"}) {
      INFO(ticked);
      CHECK(canonical_gender(ticked) == "女");
    }
    for (const char* unclear : {"□男 □女", "☑男 ☑女", "☑ □男 □女", "男 女", "男（ ）女（ ）", "男(√)女(√)"}) {
      INFO(unclear);
      CHECK_FALSE(canonical_gender(unclear));
    }
    CHECK(canonical_political_status("☑中共党员 □群众") == "中国共产党党员");
  }
}

TEST_CASE("canonicalizes the 56 ethnic groups of GB 3304, full and short", "[text]")
{
  const char* groups[] = {
      "汉族",     "蒙古族",   "回族",       "藏族",     "维吾尔族",   "苗族",   "彝族",     "壮族",
      "布依族",   "朝鲜族",   "满族",       "侗族",     "瑶族",       "白族",   "土家族",   "哈尼族",
      "哈萨克族", "傣族",     "黎族",       "傈僳族",   "佤族",       "畲族",   "高山族",   "拉祜族",
      "水族",     "东乡族",   "纳西族",     "景颇族",   "柯尔克孜族", "土族",   "达斡尔族", "仫佬族",
      "羌族",     "布朗族",   "撒拉族",     "毛南族",   "仡佬族",     "锡伯族", "阿昌族",   "普米族",
      "塔吉克族", "怒族",     "乌孜别克族", "俄罗斯族", "鄂温克族",   "德昂族", "保安族",   "裕固族",
      "京族",     "塔塔尔族", "独龙族",     "鄂伦春族", "赫哲族",     "门巴族", "珞巴族",   "基诺族",
  };
  REQUIRE(std::size(groups) == 56);
  for (const std::string full : groups) {
    const std::string short_form = full.substr(0, full.size() - std::string("族").size());
    INFO(full);
    CHECK(canonical_ethnicity(full) == full);
    CHECK(canonical_ethnicity(short_form) == full);
    CHECK(canonical_ethnicity(" " + full + "\u3000") == full);
  }
  CHECK(canonical_ethnicity("汉 族") == "汉族");
  for (const char* other : {"穿青人", "", "族", "汉人", "美国", "汉族人"}) {
    INFO(other);
    CHECK_FALSE(canonical_ethnicity(other));
  }
}

TEST_CASE("canonicalizes political status per GB/T 4762", "[text]")
{
  const std::pair<const char*, const char*> cases[] = {
      {"中国共产党党员", "中国共产党党员"},
      {"中共党员", "中国共产党党员"},
      {"党员", "中国共产党党员"},
      {"中共预备党员", "中国共产党预备党员"},
      {"预备党员", "中国共产党预备党员"},
      {"共青团员", "中国共产主义青年团团员"},
      {"团员", "中国共产主义青年团团员"},
      {"民革会员", "中国国民党革命委员会会员"},
      {"民革党员", "中国国民党革命委员会会员"},
      {"民盟盟员", "中国民主同盟盟员"},
      {"民建会员", "中国民主建国会会员"},
      {"民进会员", "中国民主促进会会员"},
      {"农工党党员", "中国农工民主党党员"},
      {"致公党党员", "中国致公党党员"},
      {"九三学社社员", "九三学社社员"},
      {"台盟盟员", "台湾民主自治同盟盟员"},
      {"无党派人士", "无党派民主人士"},
      {"无党派民主人士", "无党派民主人士"},
      {"群众", "群众"},
      {" 中共 党员 ", "中国共产党党员"},
  };
  for (const auto& [text, full] : cases) {
    INFO(text);
    CHECK(canonical_political_status(text) == full);
  }
  for (const char* other : {"", "共产党", "积极分子", "入党积极分子", "国民党"}) {
    INFO(other);
    CHECK_FALSE(canonical_political_status(other));
  }
}

TEST_CASE("canonicalizes education levels", "[text]")
{
  const std::pair<const char*, const char*> cases[] = {
      {"博士研究生", "博士研究生"},
      {"博士", "博士研究生"},
      {"硕士研究生", "硕士研究生"},
      {"硕士", "硕士研究生"},
      {"研究生", "硕士研究生"},
      {"研究生学历", "硕士研究生"},
      {"大学本科", "大学本科"},
      {"本科", "大学本科"},
      {"本科在读", "大学本科"},
      {"函授本科", "大学本科"},
      {"大学专科", "大学专科"},
      {"大专", "大学专科"},
      {"专科", "大学专科"},
      {"中等专科", "中等专科"},
      {"中专", "中等专科"},
      {"中职", "中等专科"},
      {"职高", "中等专科"},
      {"技校", "中等专科"},
      {"高中", "高中"},
      {"高中毕业", "高中"},
      {"初中", "初中"},
      {"小学", "小学"},
      {"小学文化", "小学"},
      {"博士在读", "博士研究生"},
      // With the degree, as a 学历（学位） cell asks for it.
      {"本科（学士）", "大学本科"},
      {"本科/学士", "大学本科"},
      {"大学本科 学士学位", "大学本科"},
      {"研究生（硕士）", "硕士研究生"},
      {"研究生/博士", "博士研究生"},
      {"硕士研究生（硕士）", "硕士研究生"},
      {"博士", "博士研究生"},
  };
  for (const auto& [text, full] : cases) {
    INFO(text);
    CHECK(canonical_education(text) == full);
  }
  for (const char* other : {"", "文盲", "幼儿园", "学历", "学士", "大专/本科"}) {
    INFO(other);
    CHECK_FALSE(canonical_education(other));
  }
}

TEST_CASE("checks formats of random input without failing", "[text]")
{
  nominate::test::RandomText random(4);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random.next();
    if (is_mobile(text)) {
      CHECK(is_phone(text));
    }
    (void)is_email(text);
    (void)canonical_ethnicity(text);
    (void)canonical_political_status(text);
    (void)canonical_education(text);
  }
  CHECK_FALSE(is_phone(std::string(100000, '1')));
  CHECK_FALSE(is_email(std::string(100000, 'a') + "@example.com"));
}
