#include <nominate/text/appendix.hpp>

#include <catch2/catch.hpp>

using nominate::text::refers_to_appendix;

TEST_CASE("a field that only points to an appendix or an attachment is told from a text", "[text]")
{
  SECTION("the ways clerks write it, hints and a name allowed")
  {
    for (const char* reference : {"见附页", "（见附页）", "详见附件", "附后", "另附", "(详见附页)",
                                  "（不少于1500字）\n（详见附件：王秀兰主要事迹材料）", "事迹材料附后",
                                  // "see" and what is seen, no 附 at all
                                  "见事迹材料", "（见事迹材料）", "详见《王秀兰同志主要事迹》",
                                  "请参见工作总结", "主要事迹详见事迹材料.docx", "见第2页", "详见下页",
                                  // the template's hint alone, when it says more pages may follow
                                  "（不少于1500字，可另附页）", "（可另附页）", "（此栏不够可另附页）"}) {
      INFO(reference);
      CHECK(refers_to_appendix(reference));
    }
  }
  SECTION("a text, an empty field, a none are not references")
  {
    CHECK_FALSE(refers_to_appendix(""));
    CHECK_FALSE(refers_to_appendix("（不少于1500字）"));
    CHECK_FALSE(refers_to_appendix("无"));
    CHECK_FALSE(refers_to_appendix("见义勇为先进事迹"));
    CHECK_FALSE(refers_to_appendix("见习期满，获评优秀学员，事迹材料整理中"));
    CHECK_FALSE(refers_to_appendix("见到她的人都说她爱学习"));
    CHECK_FALSE(refers_to_appendix("她二十年如一日坚持学习，带动社区居民读书，读书会的活动记录与照片附后，"
                                   "受到街道和区教委的表彰，多次在区里的经验交流会上发言。"));
  }
}
