#!/usr/bin/env python3
"""Generates the example folders under examples/, deterministically, from the texts and drawings below.

    python3 scripts/make-examples.py [--out DIR] [--only NAME ...] [--no-verify]

Needs python3 (standard library only), ffmpeg (libx264, aac) and ImageMagick's `convert`; LibreOffice's
`soffice` makes legacy-doc/推介表.doc and checks that every .docx, .doc and .xlsx opens. The output is
committed, so users get the examples without running this; what each example must produce is in
examples/README.md, and tests/cli asserts it.

Forms follow the notice's templates (seed 000: 附件1 “百姓学习之星”推介表, 附件3 “终身学习品牌项目”推介表,
附表2 推介登记表) as clerks fill them: labels split by line breaks, the hints （不少于1500字） left in place,
（盖章） and 年 月 日 in the opinion cells. Texts are counted as design.md counts (Word's 字数) and the counts
are asserted, so an edit cannot silently move an example across a bound.
"""
import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ZIP_TIME = (2024, 4, 18, 9, 30, 0)  # every zip entry's timestamp: the same bytes on every run

# -- Counting, as design.md "Counting characters" ------------------------------------------------------

HAN = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x323AF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
# Han; kana; Hangul; Bopomofo; CJK Symbols and Punctuation, Fullwidth Forms; Enclosed CJK, CJK Compatibility;
# Vertical Forms, CJK Compatibility Forms.
EAST_ASIAN = HAN + [(0x3040, 0x30FF), (0x31F0, 0x31FF), (0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F),
                    (0xAC00, 0xD7FF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0x3000, 0x303F), (0xFF00, 0xFFEF),
                    (0x3200, 0x33FF), (0x1F200, 0x1F2FF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F)]


def _within(char, ranges):
    return any(low <= ord(char) <= high for low, high in ranges)


def word_count(text):
    """Word's 字数: one per East Asian character, one per run of other non-space characters."""
    count, in_run = 0, False
    for char in text:
        if char.isspace():
            in_run = False
        elif _within(char, EAST_ASIAN):
            count, in_run = count + 1, False
        else:
            count, in_run = count + (0 if in_run else 1), True
    return count


def han_count(text):  # the Han-only count design.md shows beside 字数
    return sum(1 for char in text if _within(char, HAN))


assert [word_count(t) for t in ("中文测试", "Hello 世界", "Hello、World。", "１２３４５", "東京2024オリンピック")] == [4, 3, 4, 5, 9]

# -- The texts. Written for these examples; people, units and numbers are invented. ---------------------

# 王秀兰 (star-compliant, legacy-doc): a retired textile worker, open-university graduate, reading circle.
WANG_DEEDS = [
    "王秀兰同志1957年4月出生，1975年进入北京第二毛纺织厂工作，在挡车工岗位上一干就是三十多年，2012年光荣退休。退休之前，她的全部学历只是一张高中毕业证书；退休之后，她却像换了一个人，把“学习”两个字当成了晚年生活的头等大事。十多年来，她从社区学校的电脑班起步，读完了国家开放大学的专科课程，又牵头成立了社区“银发读书会”，带着三百多位老邻居一起读书、上网、学新本事，被居民们亲切地称为“领读人”。",
    "刚退休的那段时间，王秀兰也有过失落。孩子在外地工作，老伴身体不好，每天除了买菜做饭，她不知道还能做些什么。2013年春天，社区学校开设了老年人电脑入门班，她第一个报了名。第一次上课，她连鼠标都握不稳，双击总是变成单击，急得满头大汗。回到家，她把键盘画在一张硬纸板上，每天晚上对着纸板练指法；遇到不懂的词，就记在一个蓝皮本子上，第二天课间再去问志愿者。三个月后，她不仅学会了打字、收发邮件，还用电子表格给全楼做了一份“水电费记账表”。这个小小的成功让她第一次体会到，年龄并不是学习的障碍，怕难才是。",
    "2015年，在社区教育工作者的鼓励下，王秀兰报读了国家开放大学行政管理专业（专科）。白天照顾老伴，晚上等家里安静下来再登录学习平台听课、做作业，是她那几年的生活常态。为了弄懂“公共政策”“组织行为”这些陌生的概念，她把教材里的案例改写成身边的故事讲给老伴听，讲明白了，自己也就记住了。每逢形成性考核，她总是提前半个月开始准备，把每一道题的思路写在卡片上随身带着。2018年1月，六十一岁的她以全部课程合格、平均成绩86分的成绩拿到了毕业证书，毕业论文《老旧小区居民议事会运行情况调查》还被辅导员推荐给街道参考。",
    "自己学有所得，王秀兰更想让身边的老姐妹们也尝到学习的甜头。2016年9月，她在社区党委的支持下发起成立了“银发读书会”，最初只有七名成员，活动地点就在社区活动室的一张长桌旁。她给读书会定下了三条规矩：每月共读一本书，每次活动人人发言，每年办一场成果展。为了选好书目，她常常跑到区图书馆，请馆员帮忙推荐适合老年人阅读的大字本；为了让发言不冷场，她提前把每章内容整理成三五个小问题，打印出来分给大家。从《平凡的世界》到《红岩》，从中医养生常识到家庭急救知识，八年来读书会累计开展共读活动九十余次，成员发展到一百二十多人，还分出了诗词、养生、手机摄影三个兴趣小组。",
    "2020年以后，健康码、网上挂号、移动支付成了日常生活绕不开的事，不少老人因为不会用智能手机而处处碰壁。王秀兰看在眼里、急在心里，主动找到社区，提出办一个“手机课堂”。她自己先把常用的十几项操作逐一摸索清楚，用大号字体写成图文步骤，再配上自己的语音讲解，做成了一本《老年人智能手机使用口袋书》。课堂每周二、周五下午开课，一次只讲一个功能，讲完当场练习，练会了才算下课。对行动不便的独居老人，她就带着两名志愿者上门“一对一”辅导。四年来，手机课堂累计开课二百一十多次，受益老人超过两千人次，其中有八十多位老人学会了视频通话，能够和远在外地的子女“面对面”聊天。",
    "在教手机的过程中，王秀兰发现有的老人接到过冒充客服的诈骗电话，差点上当。她又和社区民警一起，把近年来发生在老年人身边的二十多个典型案例编成快板和情景小品，在读书会和居民议事会上反复演出。她还学会了剪辑短视频，把防诈知识录成一分钟左右的小片子，发到社区的十几个居民群里，单条视频最高播放量超过一万次。邻居们说，听王秀兰讲一遍，比看十遍宣传单还管用。",
    "学习的路上，王秀兰始终保持着一份认真劲儿。十多年来，她写下了二十多本学习笔记，从电脑操作步骤到读书摘抄，从课堂要点到活动记录，每一本都工工整整。2019年，她又报名参加了区老年大学的摄影班和短视频制作班，学会用手机记录读书会的每一次活动，再配上文字发到居民群里。她说，学新东西就像爬楼梯，一天上一级，回头一看，已经爬得很高了。",
    "王秀兰的坚持也感染了身边的人。读书会的老成员李大爷七十岁开始学写作，两年写出了五万多字的回忆录；曾经足不出户的赵阿姨，如今成了手机课堂的志愿讲解员。在她的带动下，社区先后有三十多位老人报读老年大学或开放教育课程，“比学习、比进步”渐渐成了社区里的新风尚。近年来，王秀兰先后被评为海淀区“终身学习先进个人”、学院路街道“优秀志愿者”，她的读书会被评为区级“优秀学习共同体”。",
    "谈起这些年的变化，王秀兰常说：“学习让我的退休生活有了奔头，带着大家一起学，我心里更踏实。”从挡车工到开放大学毕业生，从读书会的发起人到邻里信赖的“数字向导”，她用十多年的坚持诠释了“活到老、学到老”的朴素道理，也让更多老年人在学习中找回了自信、收获了快乐。",
]
WANG_PROMO = "王秀兰，退休纺织女工，国家开放大学毕业生，社区“银发读书会”发起人。她五十六岁学电脑，六十一岁拿到大专文凭，退休十余年坚持读书学习从未间断。她带领一百多位老邻居每月共读一本好书，开办“手机课堂”二百多次，编写老年人智能手机口袋书，帮助两千多人次老人跨越“数字鸿沟”。她用自己的经历告诉大家：学习没有年龄的门槛，只要肯迈出第一步，晚年生活同样可以精彩纷呈，而带着大家一起学，快乐就会加倍。"

# 张三 (海淀区/01-张三): a veteran, property-management electrician, free repair class.
ZHANG_DEEDS = [
    "张三同志1968年7月出生，1986年12月应征入伍，在部队服役期间先后担任通信兵、电工班长，三次受到嘉奖。1998年退役后，他来到XX物业服务有限公司当了一名普通的维修电工，一干就是二十多年。从部队到社区，从会接线到懂原理，再到带着居民一起学用电安全知识，张三始终把学习当作立身之本，用一身过硬的本领和一颗热心肠，赢得了小区居民的信任和尊重。他常说，当过兵的人最懂得“本领”二字的分量，岗位再平凡，也要干出个样子来。",
    "刚到物业公司时，张三只有部队里学到的一些基础电工知识。面对小区里越来越多的智能电表、变频空调和电梯控制柜，他深感“本领恐慌”。为了补上短板，他报读了北京广播电视大学机电一体化技术专业，利用夜班间隙和节假日啃下了《电工基础》《可编程控制器原理》等十多门课程，2009年顺利毕业。此后他又陆续考取了中级电工、高级电工职业资格证书，还自学了电梯安全管理知识，取得了相应的作业证书。同事们发现，班长的工具包里除了电笔和万用表，总还装着一本卷了边的笔记本，上面密密麻麻记满了线路图和故障处理要点。",
    "学到的知识很快在工作中派上了用场。2016年，小区地下车库照明线路老化，频繁跳闸，张三带着维修班逐段排查，提出了分区控制加声光感应的改造方案，改造后车库照明用电量下降了四成。2019年，他针对老旧楼房电动自行车“飞线充电”的隐患，和同事们一起设计了集中充电棚的布线和计费方案，既方便了居民，又消除了安全隐患。几年来，他牵头完成的小改小革有十余项，其中两项获得公司“合理化建议”一等奖。",
    "张三的学习从不满足于“会干”，还要弄清“为什么”。他给自己定了一个规矩：每处理一个新故障，都要查资料、画图纸、写总结。二十多年来，他整理的维修记录有厚厚十几本，其中不少被公司汇编成《物业设备常见故障处理手册》，成为新员工培训的必读材料。2021年，公司引进智能化楼宇管理系统，不少老员工对电脑操作有畏难情绪，五十多岁的张三主动报名参加厂家的技术培训，白天跟着工程师调试设备，晚上回家对照说明书反复练习，一个月后就能独立完成系统的日常维护，还手把手教会了班组里的其他同事。",
    "在入户维修中，张三发现许多居民尤其是老年人对家用电器的安全使用知之甚少：插线板串联使用、空调线路私拉乱接、电热毯整夜通电等现象屡见不鲜。他想，修好一个电器只能帮一户人家，把安全知识教给大家，才能真正防患于未然。2017年起，他利用每月第一个周六，在小区广场办起了“家电义修课堂”，一边免费为居民检修小家电，一边讲解安全用电常识。为了讲得通俗易懂，他把常见隐患拍成照片做成展板，把复杂的原理编成顺口溜，比如“插座不串联，功率要看全；人走断电源，安全记心间”。七年来，义修课堂从未间断，累计开展活动八十多场，义务维修小家电两千余件，听课居民超过四千人次。不少居民听完课回家，第一件事就是把家里的插线板重新检查一遍。2023年，他的“家电义修课堂”被街道评为社区治理创新项目，他本人也受邀到区里多个社区分享经验。",
    "近几年，张三又迷上了网络学习。他在手机上下载了多个职业技能学习平台，系统学习了光伏发电、新能源汽车充电设施和智能家居等新知识，每年线上学习时长都在一百小时以上。学了新东西，他总想着分享给别人。他主动承担起公司新员工的带教任务，先后带出十二名徒弟，其中五人取得了高级电工证书。他还把自己多年积累的维修经验整理成三十多个短视频，发布在公司内部学习群和社区居民群中，内容从更换灯具到排查漏电，简单实用，深受欢迎。2022年，他又利用业余时间学习了电气制图软件，能够自己绘制配电线路图，小区几次线路改造的图纸都出自他手。",
    "作为一名退役军人和共产党员，张三把服务群众当成自己的分内事。他是社区“红色物业”志愿服务队的骨干，每逢暴雨、大风等极端天气，总是第一个赶到现场排查配电设施；疫情期间，他主动承担了社区临时检测点的供电保障任务，连续值守四十多天。他还和社区学校合作，面向退役军人和待业青年开设了电工基础培训班，帮助二十多名学员掌握了一技之长，有的已经在物业、家装等行业找到了稳定的工作。每年暑假，他还走进社区“四点半课堂”，用小实验给孩子们讲电的原理和安全常识，孩子们都亲切地叫他“电工爷爷”。",
    "凭着不断学习、乐于奉献的精神，张三先后获得公司“十佳员工”、区“最美退役军人”、街道“优秀志愿者”等荣誉。面对这些荣誉，他总是说：“技术在变，生活在变，只有学习不能停。只要大家用电安全、生活方便，我就觉得这份学习值了。”",
]
ZHANG_PROMO = "张三，退役军人，物业维修班班长。他从部队电工成长为高级电工，坚持学习二十余年，考取多项职业资格证书，牵头完成十余项技术革新。他七年如一日在小区开办“家电义修课堂”，义务维修小家电两千余件，向四千多人次居民普及安全用电知识；他带出十二名徒弟，还为退役军人和待业青年开设电工培训班。他常说：“技术在变，学习不能停。”他用一技之长守护万家灯火，是居民身边可亲可敬的“学习型工匠”和“安全守护人”。"

# 李四 (海淀区/02-李四): from domestic helper to trainer, a study group of 400 domestic workers.
LI_DEEDS = [
    "李四同志1979年11月出生于安徽六安的一个农村家庭，1998年来到北京务工，从一名普通的家政服务员做起，如今是XX家政服务有限公司的培训主管。二十多年来，她从只有初中文化的“小保姆”成长为拥有本科学历和多项职业技能证书的培训骨干，并发起成立“家政姐妹学习小组”，带动数百名家政服务人员通过学习提升技能、改变命运，在行业内外产生了良好影响。",
    "刚来北京时，李四在一户人家做保姆，照顾一位瘫痪在床的老人。因为不懂护理知识，老人生了褥疮，她既自责又着急。从那时起，她下定决心一定要学习专业知识。她省吃俭用买来护理书籍，晚上等老人睡下后，就在厨房的小桌上一页一页地读。遇到看不懂的医学名词，她就向社区医生请教，或者抄在纸上，周末到书店查资料。两年后，她考取了养老护理员证书，照顾的老人再也没有出现过压疮，雇主家特意送来了感谢信。",
    "尝到了学习的甜头，李四给自己定下了“每两年学一门新本事”的目标。她先后考取了育婴员、营养配餐员、高级养老护理员证书和家政培训师资格，学习内容从婴幼儿早期发展到老年人膳食营养，从心理沟通技巧到家庭急救技能。2012年，她通过成人高考取得了专科学历；2018年，她又报读了北京开放大学社会工作专业本科，一边工作一边学习，三年里没有落下一门课程，2021年顺利毕业并获得学士学位。她说：“别人觉得做家政不需要文凭，我偏要证明，干家政的也能把书读好。”",
    "在学习中，李四格外注重把经验变成方法。她坚持每天写工作日志，记录服务中遇到的难题和解决办法，十多年积累下来的日志有三十多本。她把其中典型的案例整理成《家政服务一百问》，用问答的形式解答雇主和家政员最关心的问题，在学习小组中广为流传，还被区家政服务行业协会印发给会员单位参考。",
    "2015年，李四被公司提拔为培训主管，负责新入职家政员的岗前培训。她发现，很多来自农村的姐妹文化程度不高，对培训有畏难情绪，有的甚至听课听到一半就打起了退堂鼓。她结合自己的经历，把培训内容改编成一个个生活中的小场景，用“演一演、练一练、比一比”的方式组织教学，让学员在动手操作中掌握要领。她还编写了《家政服务实用手册》，用图片加口诀的形式讲解服务规范，方便学员随时翻阅。",
    "2020年疫情期间，线下培训一度停摆，李四没有让学习中断。她从零开始学习视频剪辑和直播软件，把岗前培训搬到了网上：早上录制操作示范视频，下午在线答疑，晚上批改学员上传的练习视频。为了让线上课程更直观，她在自己家里布置了一间“模拟家庭”，从婴儿抚触到老人助浴，一个动作一个动作地示范、讲解。那一年，她在线培训新员工六百多人次，制作的二十多节微课被公司纳入正式培训课程，至今仍在使用。",
    "为了让更多家政姐妹坚持学习，2017年，李四自发组建了“家政姐妹学习小组”。小组每周日晚上在线上集中学习一个小时，内容包括职业技能、法律常识、普通话和手机应用等；每月组织一次线下交流，请优秀学员分享服务经验，请律师讲解劳动合同和权益保护。考虑到姐妹们工作时间不固定，她把每次学习内容录制下来，整理成文字要点，方便大家回看。七年来，学习小组成员从最初的十几人发展到四百多人，累计开展学习活动三百余次，先后有一百八十多名姐妹考取了各类职业技能证书，六十多人通过成人教育提升了学历。",
    "学习小组里有不少年纪偏大的姐妹，不会用智能手机上网课，李四就利用休息日把她们请到公司培训室，从下载软件、注册账号教起，一遍不会教两遍，两遍不会教三遍。五十三岁的王大姐刚来时连拼音都不会，在李四的鼓励下，她从认字、打字学起，一年后不仅能独立完成线上学习，还考取了中级育婴员证书。王大姐逢人便说：“是李四让我这个年纪的人也敢学、能学了。”",
    "李四还热心公益，把学到的本领用在服务社会上。她定期到社区开展“家庭照护公益讲堂”，为失能老人家属讲解翻身、喂食、防跌倒等照护技巧；她参与编写的社区《居家养老照护指南》发放到了辖区一千多户家庭。在她的带动下，学习小组的姐妹们组成志愿服务队，每年为社区孤寡老人提供上门保洁和陪护服务数百小时。",
    "李四的学习故事激励了很多人。她先后荣获区“三八红旗手”、市家政服务职业技能竞赛二等奖、公司“优秀培训师”等荣誉。谈起未来，她说：“家政是一份需要用心、也需要用脑的工作。我要继续学下去，也要带着更多姐妹一起学，让大家都能靠本事过上更好的日子。”",
]
LI_PROMO = "李四，家政服务员出身的培训主管。她从初中文化起步，边工作边学习，先后考取养老护理、育婴、营养配餐等多项职业证书，四十二岁拿到开放大学本科文凭。她发起“家政姐妹学习小组”，七年来带动四百多名家政姐妹坚持学习，一百八十多人考取了技能证书。她还走进社区开设家庭照护公益讲堂，把专业知识送到千家万户。她用学习改变了自己的命运，也照亮了更多家政姐妹的人生道路，让“家政也能有学问”成为大家的共识。"

# 陈建国 (star-faults): deeds cut to 1203 字 — short of 不少于1500字.
CHEN_DEEDS = [
    "陈建国同志1959年2月出生，1977年3月进入XX钢铁厂工作，先后当过炉前工、质检员，2019年退休。在钢厂的四十多年里，他见证了老厂区的搬迁与转型；退休以后，他拿起相机，自学摄影和图片编辑，用镜头记录社区的变化，并把自己的学习心得分享给周围的老邻居，成为社区里小有名气的“摄影达人”。",
    "陈建国年轻时就喜欢摆弄照相机，但因为工作繁忙，一直没有机会系统学习。退休后，他报名参加了区老年大学的摄影基础班，从光圈、快门、感光度这些最基本的概念学起。每次上课，他都坐在第一排，笔记记得比谁都认真，课后还常常请教。为了弄清构图的道理，他把课上讲到的经典作品一张张打印出来贴在墙上，反复揣摩；为了拍好晨光中的街景，他常常清晨五点就背着相机出门。两年下来，他不仅完成了基础班和提高班的全部课程，还自学了图片后期处理软件，能够熟练地进行调色、修复和排版。",
    "学有所成之后，陈建国把目光投向了身边的社区。他所在的社区是老钢厂的职工宿舍区，许多老楼正在进行改造。他意识到，这些即将消失的老建筑、老街巷承载着几代人的记忆，应该用影像留存下来。从2020年开始，他走遍了社区的每一条胡同、每一栋老楼，拍摄照片三万多张，并走访了四十多位老职工，记录下他们讲述的厂区往事。他把这些照片和口述材料整理编排，制作成《钢城记忆》影像集，在社区文化活动中心展出后，引起了居民的强烈共鸣，不少老人在照片前驻足良久，找寻当年的自己。",
    "为了给照片配上准确的文字说明，陈建国又开始学习写作。他到社区图书室借阅地方志和厂史资料，把老厂的建厂时间、主要车间和重大事件一一核对清楚；遇到说法不一的地方，他就登门请教当年的老领导、老师傅，直到弄明白为止。两年间，他为影像集撰写了四万多字的图片说明，还在区文化馆专业人员的指导下，学会了用排版软件制作画册。",
    "看到越来越多的邻居对摄影感兴趣，陈建国又在社区办起了“手机摄影沙龙”。考虑到大多数老人没有专业相机，他专门研究了手机拍摄的技巧，把构图、用光、抓拍等要领编成简单易记的口诀，每周三下午在社区活动室给大家讲解。沙龙还经常组织外拍活动，到公园、河畔采风，回来后一起点评作品、交流心得。几年来，沙龙累计开展活动一百多次，参与居民一千五百多人次，学员作品多次在区级摄影比赛中获奖。",
    "在沙龙里，陈建国特别注意照顾基础薄弱的学员。七十八岁的刘奶奶视力不好，看不清手机屏幕上的小图标，他就把操作步骤画成大字卡片，一步一步陪她练习；有的老人担心把手机弄坏，不敢随便点按，他就先用自己的旧手机让大家放心尝试。慢慢地，越来越多的老人拿起手机，学会了记录生活中的美好瞬间。",
    "陈建国说，学习让他的退休生活变得充实而有意义。他打算把《钢城记忆》继续做下去，争取在老厂区改造完成前，把每一处值得记住的角落都留在照片里，也把学习和分享的快乐带给更多的人。他还准备在社区开设一门“影像里的社区史”课程，带着更多年轻人走街串巷，听老人讲故事，用镜头和文字把社区的变化记录下去。",
]

# XX社区学院“乐龄课堂” (brand-compliant): an elderly-education project running since 2019.
LELING_DESCRIPTION = [
    "一、项目主题。“乐龄课堂”是XX区社区学院于2019年3月创办的老年教育品牌项目，以“乐享学习、智慧养老、老有所为”为主题，面向辖区60岁以上老年人提供线下课堂、社区学习点和线上直播相结合的终身学习服务。项目立足老年人最迫切的学习需求，把智能技术应用、健康素养、传统文化和社会参与四类内容有机结合，努力让老年人在家门口就能学、在手机上随时学，在学习中融入数字社会、丰富精神生活。",
    "二、主要内容。项目课程分为四个模块。“智慧助老”模块开设智能手机基础、移动支付与网上就医、防范电信网络诈骗、短视频拍摄与剪辑等课程，采用“一课一技能”的小步教学，每节课只解决一个实际问题。“健康生活”模块与区卫生健康委、社区卫生服务中心合作，开设慢病管理、合理膳食、居家康复和心理调适等讲座。“文化传承”模块开设书法、国画、京剧唱腔、剪纸和经典诵读，邀请非遗传承人和社区文化能人授课。“社会参与”模块组织学员参加社区议事、垃圾分类宣传和邻里互助服务，引导老年人从“学习者”成长为“服务者”。课程内容每学期更新一次，确保与老年人的生活实际紧密贴合。",
    "三、活动方式。项目形成了“一个中心课堂、十二个社区学习点、一个线上平台”的布局。中心课堂设在社区学院教学楼，每学期开设常规班二十四个；社区学习点依托街道文化站和社区活动室设立，由学院统一配送课程和师资，方便行动不便的老人就近学习；线上平台依托区域学习网和微信视频号，每周直播两次，课后提供回放和图文讲义。为解决老年人“学得快、忘得也快”的难题，项目组建了由大学生志愿者、低龄老人和社区工作者组成的助学团队，在课后开展“一对一”答疑和入户辅导。每学期末举办学习成果展，展出学员的书画作品、摄影作品和短视频作品。",
    "四、项目特色。一是需求导向。项目每年开展两次学员需求调查，根据调查结果调整课程，近三年新增了网上挂号、适老化出行、家庭医生签约等实用课程。二是分层教学。按照学员的基础将智能手机课程分为“入门、提高、应用”三个层级，学员可按需选择，学完一级再进一级。三是以老助老。项目从优秀学员中培养了六十余名“乐龄学习带头人”，由他们在楼门院开展小范围辅导，学习从课堂延伸到了社区的各个角落。四是资源开放。项目自主开发的《老年人智能手机使用》《居家安全用电》等十二门微课已在区域学习网免费开放，并提供给周边兄弟区的社区学校使用。",
    "五、保障措施。学院将“乐龄课堂”列入年度重点工作，成立由分管副院长牵头的项目工作组，制定了课程管理、志愿者管理和安全管理等七项制度。项目经费纳入区财政社区教育专项经费，每年保障课程开发、师资和设备支出；街道和社区无偿提供活动场地。项目现有专兼职授课人员三十八名、志愿者一百二十余名，每年组织两次教学研讨和志愿者培训，保证了教学质量和服务水平。学院每学期邀请学员代表参加座谈，听取意见建议，并对授课质量进行评估，评估结果与课酬挂钩；对社区学习点实行年度考核，考核优秀的学习点在课程配送上予以倾斜。",
    "六、取得的成效。项目运行五年来，累计开设各类课程八百六十余班次，线下参与学员年均两千六百人次，线上直播和回放观看年均五千二百人次。学员满意度调查显示，百分之九十七的学员对课程内容和服务表示满意，百分之八十六的学员表示能够独立使用手机完成挂号、缴费和视频通话。不少学员从“不敢用”变成了“教别人用”，在社区里带动形成了互帮互学的良好氛围。项目先后被评为市级“老年教育优秀学习项目”和区级“社区教育特色品牌”，相关做法被区教育信息网和地方媒体报道。下一步，项目将进一步拓展线上课程资源，完善学习记录和学习成果认定，把“乐龄课堂”打造成老年人身边可感可及的终身学习品牌。",
    "七、典型案例。七十二岁的刘阿姨是项目的第一批学员。2019年刚来上课时，她只会用手机接打电话，去医院挂号要天不亮就出门排队。在智能手机入门班和网上就医专题课上，她跟着助学志愿者一步步练习，学会了预约挂号、查看检查报告和在线缴费。后来，她又报名参加了短视频班，用手机记录社区里的好人好事，拍摄的作品在区里的比赛中获了奖。如今，刘阿姨已经成为一名“乐龄学习带头人”，每周在自己居住的楼门院里给邻居们讲手机使用的小窍门。像刘阿姨这样从学员成长为带头人的老人，项目里已经有六十多位。",
]
LELING_PROMO = "“乐龄课堂”是XX区社区学院面向辖区老年人打造的终身学习品牌。五年来，项目以智慧助老为重点，开设智能手机、健康生活、文化传承和社会参与四大模块课程，形成了中心课堂、社区学习点和线上平台相结合的学习网络，年均线下服务两千六百人次、线上服务五千二百人次。一大批老年人在这里学会了网上就医、移动支付和视频通话，有的还成为楼门院里的学习带头人，让“老有所学、老有所乐、老有所为”在社区落地生根。"
LELING_SUMMARY_TITLE = "XX社区学院“乐龄课堂”项目2023年度工作总结"
LELING_SUMMARY = [
    "2023年，XX社区学院“乐龄课堂”项目在区教委的领导和各街道、社区的大力支持下，紧紧围绕“积极应对人口老龄化、办好家门口的老年教育”这一目标，坚持需求导向、质量为先，不断完善课程体系、拓展学习阵地、创新服务方式，较好地完成了年度各项任务。现将全年工作总结如下。",
    "一、主要工作",
    "（一）优化课程设置，满足多样化学习需求。年初，项目组通过线上问卷和座谈会的方式开展学员需求调查，共收回有效问卷一千二百余份。根据调查结果，全年新开设“网上就医全流程”“适老化出行服务”“家庭医生签约与使用”等六门实用课程，调整合并了两门报名人数偏少的课程。全年共开设中心课堂班级四十八个、社区学习点班级九十六个，基本实现了“一个社区至少一个常设班级”的目标。",
    "（二）加强学习点建设，把课堂办到老人家门口。在原有十个社区学习点的基础上，新建两个学习点，并为全部学习点配备了投影设备和无线网络。学院制定了学习点课程配送清单，每月由学习点根据居民需求“点单”，学院统一安排授课人员“送课”。全年共配送课程五百四十余节次。",
    "（三）办好线上课堂，扩大优质资源覆盖面。项目依托区域学习网和微信视频号，全年开展直播课程九十六场，录制上线微课二十四门。针对部分老人不会观看直播的问题，各学习点组织志愿者开展“观看直播手把手”活动，帮助三百多位老人学会了在线学习。直播课后，授课人员在留言区逐条答复学员提问，并把共性问题整理成图文讲义，方便老人反复查看。",
    "（四）培育学习带头人，推动以老助老。全年举办“乐龄学习带头人”培训班两期，新培养带头人十八名。带头人在楼门院开展小组辅导二百余次，成为课堂教学的有力补充。",
    "（五）加强队伍建设，提升服务质量。组织授课人员开展教学研讨四次、公开课展示十二节，选派五人参加市级老年教育师资培训。对一百二十余名志愿者进行了服务礼仪和安全防护培训，建立了志愿服务积分制度，志愿者的服务时长可以兑换学习课程和文化活动名额。",
    "（六）加强安全管理，守住安全底线。项目修订了教学场所安全管理办法，为每个学习点配备了急救药箱，组织授课人员和志愿者参加急救知识培训；雨雪天气及时调整线下课程安排，改为线上授课。全年各项活动安全有序，未发生一起安全事故。",
    "二、工作成效",
    "全年项目线下参与学员两千七百余人次，线上直播及回放观看五千四百余人次，学员满意度达到百分之九十七。年底举办的学习成果展共展出学员书画、摄影和短视频作品三百余件，吸引了近千名居民参观。学员刘阿姨在学习中从“手机小白”成长为楼门院里的学习带头人，她拍摄的社区短视频在区里的比赛中获奖，成为项目以老助老的一个缩影。项目被评为区级“社区教育特色品牌”，地方媒体对项目做法进行了报道。",
    "三、经验体会",
    "一年来的实践让我们体会到：老年教育要贴近生活，课程越实用，老人越愿意学；要就近便利，把课堂办到社区，才能让更多行动不便的老人参与进来；要发挥学员的主体作用，以老助老的方式既提高了学习效果，也让老年人在服务他人中实现了自身价值；要整合各方资源，依靠街道、社区和社会力量的共同支持，项目才能长期稳定地运行下去。",
    "四、存在的不足",
    "一是部分学习点师资力量不足，个别课程只能隔周开设；二是线上课程的互动性还不够强，老年学员的参与度有待提高；三是学员学习成果的记录和认定办法还不完善。",
    "五、2024年工作打算",
    "一是扩充师资队伍，从辖区退休专业人员中选聘一批兼职授课人员；二是开发互动性更强的线上课程，探索直播答疑和线上学习小组等方式；三是建立学员学习档案，试行学习成果积分认定；四是总结提炼项目经验，力争在更大范围推广应用，让更多老年人在家门口享受到优质的学习服务。",
]

# XX区社区学院 (brand-faults): a young digital-skills project named as its unit.
XINSHIMIN_DESCRIPTION = [
    "一、项目概况。为帮助辖区新市民提升数字技能、更好地融入城市生活，XX区社区学院于2023年9月启动新市民数字技能提升项目，面向辖区外来务工人员、灵活就业人员和随迁家属，开展计算机办公、电子商务、网络营销和数字生活等方面的培训。项目立足新市民“工学矛盾突出、学习基础薄弱、就业需求迫切”的特点，采取夜校、周末班和线上微课相结合的方式，力求让学员学得进、用得上、有收获。",
    "二、主要内容。项目课程分为三个板块。“数字办公”板块开设文字处理、电子表格、演示文稿和网络协同办公课程，帮助学员适应岗位对信息化能力的要求；“数字创业”板块开设网店开设与运营、短视频制作、直播带货基础和农产品网络营销课程，邀请电商企业的一线运营人员授课；“数字生活”板块开设网上政务办理、社保医保查询、子女入学网上报名和网络安全防护课程，帮助新市民更便捷地办理生活中的各类事项。每门课程设置八到十二课时，学员可以按需选学，修满规定课时后由学院颁发结业证明。课程内容每学期根据企业用工变化和学员反馈调整一次，及时补充新技术、新平台的操作方法。",
    "三、活动方式。项目以学院计算机教室为主阵地，每周一、三、五晚上和周六全天开课，晚上课程从七点开始，方便学员下班后参加。针对部分学员居住分散、往返不便的问题，学院在两个新市民较为集中的社区设立了流动课堂，由授课人员带着笔记本电脑上门授课。同时，项目把主要课程录制成十分钟左右的微课，上传到学院学习平台，学员可以利用碎片时间反复观看，遇到不懂的地方还可以在平台上留言提问，授课人员会在当天晚上统一解答。每期课程结束后，学院组织技能展示活动，邀请用人单位现场观摩，为学员和企业搭建交流平台。对于基础特别薄弱的学员，学院还开设了零起点预备班，从开机、打字和上网等最基础的操作教起，帮助他们跟上正式课程的进度。",
    "四、项目特色。一是精准对接需求。项目启动前，学院走访了辖区十六家用工企业和三个新市民聚居社区，发放调查问卷五百余份，根据调查结果确定课程内容，做到“企业要什么、学员缺什么，我们就教什么”。二是学用结合。课程以真实工作任务为案例，学员在课堂上完成的电子表格、宣传海报和短视频可以直接用于工作或创业。三是多方协同。学院与区人力资源和社会保障局、区妇联和多家电商企业建立合作，在师资、场地和就业信息方面实现资源共享。四是跟踪服务。学员结业后仍可加入学院的线上交流群，遇到工作中的实际问题可以随时向授课人员请教，学院每季度还组织一次返校交流活动。",
    "五、保障措施。学院成立了项目领导小组，由院长任组长，教务处具体负责课程安排和教学管理。项目经费由学院年度预算统筹安排，主要用于教材编写、设备维护和外聘讲师课酬。学院现有专兼职授课人员十五名，其中具有计算机、电子商务专业背景的八名，另从合作企业聘请兼职讲师六名。学院还建立了学员档案，对每位学员的学习情况和结业后的就业情况进行跟踪记录，为改进课程提供依据。学院定期召开项目推进会，研究解决教学中遇到的困难和问题。",
    "六、初步成效。项目启动以来，已开设培训班二十二期，年均线下参与学员六百人次，学员结业率达到百分之八十五以上。据回访统计，已有四十多名学员通过培训实现转岗或提升了收入，十余名学员开设了自己的网店。学员小周原来在餐馆做服务员，参加培训后学会了短视频制作，现在在一家电商公司负责产品拍摄，月收入比原来提高了一千多元；学员刘大姐学会了网上开店，把老家的山货卖到了全国各地。下一步，学院将继续丰富课程内容，扩大服务覆盖面，努力把项目办成新市民身边的“数字技能加油站”，让更多外来务工人员通过学习掌握一技之长，在这座城市里安心工作、快乐生活。",
    "七、学员反馈。项目在每期课程结束时开展满意度调查，学员对课程实用性、授课方式和时间安排的总体满意度为百分之九十二。不少学员在反馈中写道，过去觉得电脑和网络离自己很远，现在学会了做表格、开网店，工作和生活都方便了很多。也有学员建议增加更多实操课时和进阶课程，学院已将这些建议纳入下一阶段的课程调整计划。学院还邀请部分优秀学员担任助教，协助授课人员指导新学员上机操作，学员之间互帮互学的氛围越来越浓厚。",
]
XINSHIMIN_PROMO = "XX区社区学院新市民数字技能提升项目面向辖区外来务工人员和灵活就业人员，开设数字办公、数字创业和数字生活三大板块课程，采用夜校、周末班、流动课堂和线上微课相结合的方式，让新市民下班后就能学、在家门口就能学。项目启动以来举办培训班二十二期，四十多名学员实现转岗或增收，十余名学员开起了自己的网店。项目正努力成为新市民身边的“数字技能加油站”，帮助他们掌握新本领，更好地融入城市生活。"
XINSHIMIN_SUMMARY_TITLE = "XX区社区学院新市民数字技能培训工作总结"
XINSHIMIN_SUMMARY = [
    "2023年9月以来，XX区社区学院面向辖区新市民开展数字技能培训，现将工作情况总结如下。",
    "一、开展情况。学院开设了数字办公、数字创业和数字生活三个板块的课程，共举办培训班二十二期，年均线下参训学员六百人次。课程安排在工作日晚上和周六全天，并在两个新市民较为集中的社区设立了流动课堂，方便学员就近学习。",
    "二、主要做法。一是开班前走访用工企业和社区，根据企业和学员的需求确定课程内容；二是采用小班教学，每班不超过三十人，保证每位学员都有上机练习的时间；三是为基础薄弱的学员开设零起点预备班；四是每期结业时组织技能展示，邀请用人单位现场观摩，促进学员就业。",
    "三、主要成效。学员结业率达到百分之八十五以上，四十多名学员实现转岗或提高了收入，十余名学员开设了网店。用人单位对学员的学习成果给予了较高评价，有三家企业与学院签订了定向培训协议，还有两家企业优先录用了结业学员。",
    "四、存在问题。一是项目起步时间较短，宣传力度不够，在新市民中的知晓率还不高；二是授课人员以兼职为主，稳定性不足；三是线上学习资源还比较少，难以满足学员利用碎片时间学习的需要。",
    "五、下一步打算。学院将加强与用工企业和社区的联系，扩大招生范围；充实专职授课队伍，完善课酬和考核办法；加快微课资源建设，方便学员随时随地学习；同时做好学员结业后的跟踪服务，及时了解他们在工作中遇到的新问题，不断改进课程。",
]

# 赵明远 (beijing-star-compliant): a taxi driver who learned English, Japanese and Beijing's history.
ZHAO_DEEDS = [
    "赵明远同志1968年出生，是北京市XX出租汽车公司的一名驾驶员。从业二十五年来，他始终坚持学习，从开车“只认路”的普通司机，成长为能用英语、日语接待外宾，熟悉北京历史文化的“移动导游”，并带动身边上百名的哥的姐参与学习，被乘客和同事称为“学习型的哥”。",
    "2006年，北京全面开展迎奥运市民讲外语活动，公司号召驾驶员学习英语。当时的赵明远连二十六个字母都认不全，但他没有退缩。他买来出租车司机英语口语手册和复读机，把常用句子抄在卡片上，等客间隙就拿出来背；回到家，他让上中学的女儿当“考官”，纠正自己的发音。奥运会期间，他用英语接待了三百多名外国乘客，还收到了两封外国游客寄来的感谢信。奥运会结束后，他没有停下学习的脚步，又报读了夜校英语口语班和日语初级班，至今已能用两门外语进行日常交流。",
    "在接待乘客的过程中，赵明远发现很多游客希望多了解北京的历史文化。于是，他开始系统学习北京史地知识，先后阅读了《燕京岁时记》《帝京景物略》等四十多本书籍，参加了市民文化讲堂和胡同文化讲座一百余场，还考取了导游资格证。他把沿途的历史建筑、胡同故事编成一段段“车载解说词”，乘客上车后，他会根据路线讲上几句。很多乘客说，坐赵师傅的车，就像上了一堂生动的北京文化课。",
    "赵明远有一个习惯：车里总放着一本书。等客的间隙、吃饭的空当，他都会拿出来读上几页。这些年，他读过的书从北京史地到中外名著，从交通法规到心理学常识，每年都有二十多本。他还把读书心得写成短文，发在车队的学习群里，和大家一起交流。在他的影响下，车队里兴起了“车载图书角”，不少司机也养成了随身带书的习惯。",
    "赵明远还是网络学习的积极分子。他利用北京学习型城市网等平台学习了交通安全、急救知识和新能源汽车维护等课程，累计学时超过六百小时。2017年，公司引进新能源出租车，不少老司机对新车型心存顾虑，他主动钻研车辆性能和充电知识，整理出一份《新能源出租车驾驶与充电要点》，在车队例会上逐条讲解，帮助同事们尽快适应了新车。",
    "2015年前后，网络约车兴起，传统出租车行业受到很大冲击，不少老司机感到无所适从。赵明远却把这看成学习的机会。他主动学习手机叫车软件的使用方法和线上服务规范，研究乘客的出行需求，很快就成为车队里乘客评价最高的司机之一。他还把自己摸索出的经验整理成操作要点，手把手教给年纪大的同事，帮助二十多位老司机跟上了行业变化。",
    "一个人学不如大家一起学。2012年，赵明远在车队发起成立了“车轮上的课堂”学习小组，利用交接班时间开展外语、文化和安全知识学习。小组成员轮流当主讲人，每人每月分享一个知识点；他还把学习资料录成音频，方便大家在等客时收听。几年来，学习小组成员发展到一百二十多人，先后有三十多人通过了外语等级考试，十几人取得了导游资格证，车队的服务投诉率明显下降，乘客表扬信逐年增多。",
    "赵明远先后获得公司“优秀驾驶员”“服务标兵”等称号，并被评为行业系统“学习标兵”。他说：“开出租车是个平凡的岗位，但学习能让平凡的工作变得不平凡。我愿意一直学下去，把北京的故事讲给更多的人听。”",
]
# beijing-star-faults: the same nominee's first draft, with everything in it: over 2000字以内.
ZHAO_DRAFT_EXTRA = [
    "在学外语的过程中，赵明远摸索出了一套适合司机的学习方法。他把常用英语按照“问候、问路、计价、景点介绍、应急处理”分成五类，每类整理出二三十个句子，录在手机里反复听；每天出车前背十个单词，收车后复习一遍，雷打不动。遇到外国乘客，他总是主动开口，哪怕说错了也不怕，说完再在本子上把正确的说法记下来。十几年下来，他的学习笔记已经攒了整整十二本。",
    "2014年，北京承办亚太经合组织领导人非正式会议，赵明远被公司选派参加会议期间的出租车服务保障工作。为此，他专门学习了会议接待礼仪和相关国家的风俗习惯，准备了一本中英日三语的服务手册，还把会场周边的道路、酒店和医院位置背得滚瓜烂熟。会议期间，他安全接送中外乘客四百余人次，没有出现一次差错，受到了主办方的表扬。",
    "赵明远还特别重视急救知识的学习。2015年，他参加了红十字会组织的初级救护员培训，系统学习了心肺复苏、止血包扎和骨折固定等技能，并取得了救护员证书。2016年冬天，他在路口遇到一位突发心脏病倒地的老人，立即停车施救，一边做心肺复苏，一边请路人拨打急救电话，为抢救赢得了宝贵时间。事后，他在车队里组织了三期急救知识培训，让更多同事掌握了这项“救命的本领”。",
    "赵明远的家人也被他带动了起来。女儿在他的影响下报考了旅游管理专业，毕业后成为一名导游；妻子退休后参加了社区老年大学的书法班和合唱团。一家人经常围坐在一起交流学习心得，家里的书柜越来越满，2016年，他家被评为区级“学习型家庭”。他说，学习不光改变了自己，也改变了一个家。",
    "在日常工作中，赵明远始终把安全放在第一位。他认真学习道路交通安全法规和车辆维护常识，坚持每天出车前检查车况，二十五年安全行驶一百三十多万公里，没有发生过一次责任事故。他还结合自己的驾驶经验，总结出雨雪天气、夜间行车和高速路段的安全驾驶要点，在车队新驾驶员培训中讲解，深受新同事欢迎。",
    "作为学习小组的带头人，赵明远注重让学习变得轻松有趣。他组织过外语口语比赛、北京历史知识竞赛和“最美解说词”评选，还带着组员利用休息日走读中轴线、探访老字号，把课堂搬到了胡同和街巷里。组员们说，跟着老赵学习，既长了本事，又交了朋友，开车的日子也变得更有滋味了。",
]
ZHAO_DRAFT = ZHAO_DEEDS[:-1] + ZHAO_DRAFT_EXTRA + ZHAO_DEEDS[-1:]


# -- OOXML packages, written as Word and Excel write them ---------------------------------------------

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_package(path, parts, types):
    """An OPC package: `parts` {name: xml}, `types` {part: content type after "…officedocument."}; the
    package relationship points at the first part. Fixed timestamps and order: the same bytes every run."""
    main = next(iter(parts))
    content_types = XML_DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/>' + "".join(
            f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.{kind}"/>'
            for part, kind in types.items()) + "</Types>")
    entries = {"[Content_Types].xml": content_types, "_rels/.rels": relationships({"officeDocument": main}), **parts}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in entries.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, (text if name.endswith(".rels") or name.startswith("[") else XML_DECL + text)
                             .encode("utf-8"))


def relationships(targets):
    """A .rels part: {relationship type after REL_NS/: target}, numbered rId1, rId2, …"""
    return XML_DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(
        f'<Relationship Id="rId{i}" Type="{REL_NS}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets.items(), 1)) + "</Relationships>")


# 宋体 小四 for the body, as the notice's templates are set.
STYLES = (f"<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
          'w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="24"/>'
          '<w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault>'
          '<w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" '
          'w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" '
          'w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" '
          'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
          'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>')
SECTION = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" '
           'w:left="1247" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')  # A4


def write_docx(path, body):
    write_package(path, {"word/document.xml": f"<w:document {W_NS}><w:body>{body}{SECTION}</w:body></w:document>",
                         "word/_rels/document.xml.rels": relationships({"styles": "styles.xml"}),
                         "word/styles.xml": STYLES},
                  {"word/document.xml": "wordprocessingml.document.main+xml",
                   "word/styles.xml": "wordprocessingml.styles+xml"})


def w_run(text, bold=False, size=None, font=None):
    """A run; "\n" in `text` becomes <w:br/>, as Shift+Enter makes it in Word."""
    props = (f'<w:rFonts w:eastAsia="{font}"/>' if font else "") + ("<w:b/><w:bCs/>" if bold else "")
    props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else ""
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(part)}</w:t>' for part in text.split("\n"))
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{body}</w:r>"


def w_p(text="", align=None, indent=False, bold=False, size=None, font=None, runs=None):
    props = ('<w:ind w:firstLine="480"/>' if indent else "") + (f'<w:jc w:val="{align}"/>' if align else "")
    content = runs if runs is not None else (w_run(text, bold, size, font) if text else "")
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{content}</w:p>"


def w_tc(paragraphs, width, span=1, merge=None, valign="center"):
    """A cell; `merge` is "restart" or "continue" (vertically merged; Word writes continue as a bare <w:vMerge/>)."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    props += {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>", None: ""}[merge]
    return f"<w:tc><w:tcPr>{props}<w:vAlign w:val=\"{valign}\"/></w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def w_tr(cells, height=None):
    props = f'<w:trPr><w:trHeight w:val="{height}"/></w:trPr>' if height else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def w_tbl(grid, rows):
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
            f'{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{width}"/>' for width in grid) + f"</w:tblGrid>{''.join(rows)}</w:tbl>")


TITLE = {"align": "center", "bold": True, "size": 44, "font": "方正小标宋简体"}  # 二号 方正小标宋, centred


def label(text):
    return [w_p(text, align="center")]


def text_cell(paragraphs, hint=None, hint_inline=False):
    """A long text cell: the template's hint left at its start (its own paragraph, or run into the text)."""
    if hint and hint_inline and paragraphs:
        first = w_p(runs=w_run(hint) + w_run(paragraphs[0]), indent=True)
        return [first] + [w_p(p, indent=True) for p in paragraphs[1:]]
    return ([w_p(hint)] if hint else []) + [w_p(p, indent=True) for p in paragraphs]


def opinion(paragraphs=()):
    """An opinion cell: what the unit wrote, then the template's （盖章） and 年 月 日 left for the stamp."""
    return [w_p(p, indent=True) for p in paragraphs] + [w_p("（盖章）", align="right"),
                                                       w_p("年     月    日", align="right")]


def star_form(path, f, hint_inline=False):
    """附件1 “百姓学习之星”推介表, filled from the field dict `f`: 照片 merged down four rows, the values
    after the second label of rows 3–4 spanning three columns, every text row spanning six."""
    g = [1260, 1380, 1080, 1380, 1180, 1380, 1750]
    wide, three = sum(g[1:]), g[3] + g[4] + g[5]
    value = lambda key, width, span=1: w_tc([w_p(f[key], align="center")], width, span)  # noqa: E731
    photo = lambda merge: w_tc(label("照   片\n(彩色照片)") if merge == "restart" else [], g[6], merge=merge)  # noqa: E731
    long_row = lambda name, paragraphs, valign="center": w_tr([w_tc(label(name), g[0]),  # noqa: E731
                                                               w_tc(paragraphs, wide, 6, valign=valign)])
    rows = [
        w_tr([w_tc(label("姓    名"), g[0]), value("name", g[1]), w_tc(label("性   别"), g[2]), value("gender", g[3]),
              w_tc(label("出生年月"), g[4]), value("birth", g[5]), photo("restart")], 600),
        w_tr([w_tc(label("民    族"), g[0]), value("ethnicity", g[1]), w_tc(label("籍   贯"), g[2]),
              value("native_place", g[3]), w_tc(label("政治面貌"), g[4]), value("political_status", g[5]),
              photo("continue")], 600),
        w_tr([w_tc(label("参加工作\n时    间"), g[0]), value("work_start", g[1]), w_tc(label("专 业 技\n术 职 称"), g[2]),
              value("title", three, 3), photo("continue")], 600),
        w_tr([w_tc(label("学   历"), g[0]), value("education", g[1]), w_tc(label("毕业院校\n及 专 业"), g[2]),
              value("school_major", three, 3), photo("continue")], 600),
        w_tr([w_tc(label("所在单位\n及 职 务"), g[0]), value("unit_position", wide, 6)], 600),
        long_row("联系方式", [w_p(f"电话：{f['phone']}"), w_p(f"手机：{f['mobile']}"), w_p(f"邮箱：{f['email']}")]),
        long_row("个人简历", [w_p(p) for p in f["resume"]]),
        long_row("参加学习情况", [w_p(p) for p in f["learning"]]),
        long_row("获奖情况", [w_p(p) for p in f["awards"]]),
        long_row("主要事迹和成效", text_cell(f["deeds"], "（不少于1500字）", hint_inline), "top"),
        long_row("宣传展示材料", text_cell([f["promo"]] if f["promo"] else [], "（200字左右）"), "top"),
        long_row("本人所在单位推介意见", opinion(f["unit_opinion"])),
        long_row("县（市、区）级教育行政部门推介意见", opinion()),
        long_row("市（地）级\n教育行政部门推介意见", opinion()),
        long_row("省级教育\n行政部门\n推介意见", opinion()),
    ]
    filler = w_p(f"填表人：{f['filler']}                联系电话：{f['filler_phone']}")
    write_docx(path, w_p("“百姓学习之星”推介表", **TITLE) + w_tbl(g, rows) + filler)


def brand_form(path, f):
    """附件3 “终身学习品牌项目”推介表, filled from the field dict `f`; the hints sit in the label cells."""
    g = [2100, 2700, 1800, 2810]
    wide = sum(g[1:])
    value = lambda key, width, span=1: w_tc([w_p(f[key], align="center")], width, span)  # noqa: E731
    pair = lambda a, key_a, b, key_b: w_tr([w_tc(label(a), g[0]), value(key_a, g[1]), w_tc(label(b), g[2]),  # noqa: E731
                                            value(key_b, g[3])], 640)
    long_row = lambda name, paragraphs, valign="center": w_tr([w_tc(label(name), g[0]),  # noqa: E731
                                                               w_tc(paragraphs, wide, 3, valign=valign)])
    rows = [
        w_tr([w_tc(label("品牌项目名称"), g[0]), value("project_name", wide, 3)], 640),
        pair("项目单位", "unit", "联系电话", "phone"),
        pair("项目起止时间", "period", "活动地点", "location"),
        pair("项目受益群体", "beneficiaries", "参与人数（次）", "participants"),
        long_row("获奖情况", [w_p(p) for p in f["awards"]]),
        long_row("品牌项目基本情况（包含项目主题、主要内容、活动方式、特色、效果等，不少于1500字）",
                 text_cell(f["description"]), "top"),
        long_row("宣传展示材料（200字左右）", text_cell([f["promo"]]), "top"),
        long_row("主办单位\n推介意见", opinion(f["unit_opinion"])),
        long_row("县（市、区）级\n教育部门\n推介意见", opinion()),
        long_row("市（地）级\n教育部门\n推介意见", opinion()),
        long_row("省级教育部门\n推介意见", opinion()),
    ]
    write_docx(path, w_p("“终身学习品牌项目”推介表", **TITLE) + w_tbl(g, rows))


def summary_docx(path, heading, paragraphs):
    """工作总结.docx: a title, then paragraphs; the numbered section headings (一、…) stand alone, bold."""
    body = w_p(heading, align="center", bold=True, size=36)
    for paragraph in paragraphs:
        body += w_p(paragraph, indent=True, bold=len(paragraph) < 16 and paragraph[1] == "、")
    write_docx(path, body)


def write_xlsx(path, sheet_name, rows, merges=(), widths=()):
    """A SpreadsheetML workbook of one sheet; text goes to the shared-string table, as Excel writes it."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    strings = {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(ord('A') + c)}{r}"  # the tables here stay within A–Z
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:
                cells.append(f'<c r="{ref}" t="s"><v>{strings.setdefault(value, len(strings))}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    merged = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    sheet = (f'<worksheet xmlns="{ns}"><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
             f'{"".join(sheet_rows)}</sheetData><mergeCells count="{len(merges)}">{merged}</mergeCells></worksheet>')
    shared = (f'<sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    workbook = (f'<workbook xmlns="{ns}" xmlns:r="{REL_NS}"><sheets><sheet name="{escape(sheet_name)}" '
                'sheetId="1" r:id="rId1"/></sheets></workbook>')
    styles = (f'<styleSheet xmlns="{ns}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
              'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
              '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0" xfId="0"/></cellXfs></styleSheet>')
    sml = "spreadsheetml."
    write_package(path, {"xl/workbook.xml": workbook,
                         "xl/_rels/workbook.xml.rels": relationships({"worksheet": "worksheets/sheet1.xml",
                                                                      "sharedStrings": "sharedStrings.xml",
                                                                      "styles": "styles.xml"}),
                         "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared, "xl/styles.xml": styles},
                  {"xl/workbook.xml": sml + "sheet.main+xml", "xl/worksheets/sheet1.xml": sml + "worksheet+xml",
                   "xl/sharedStrings.xml": sml + "sharedStrings+xml", "xl/styles.xml": sml + "styles+xml"})


# -- Photos (ImageMagick) and videos (ffmpeg) ----------------------------------------------------------

def run(argv):
    result = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"make-examples: {argv[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return result.stdout


def draw(path, width, height, background, shapes, finish=()):
    """Draws `shapes` (MVG primitives, as one -draw argument: the usual policy refuses @file) on a plain
    background; `finish` are the last options (blur, noise, colour space). Metadata and timestamps are
    stripped, so the bytes repeat."""
    run(["convert", "-size", f"{width}x{height}", f"xc:{background}", "-draw", " ".join(shapes), *finish,
         "-strip", "-define", "png:exclude-chunks=date,time", path])


def portrait(width, height, suit="#1F3A5F", shirt="#FFFFFF", tie="#B22222", hair="#222222", long_hair=False):
    """A head-and-shoulders figure as an ID photo frames it, in MVG, scaled to width × height."""
    sx, sy = width / 413, height / 579
    p = lambda x, y: f"{x * sx:.1f},{y * sy:.1f}"  # noqa: E731 - a point or radii on the 413×579 drawing
    return ([f"fill '{hair}'", f"ellipse {p(206, 250)} {p(112, 160)} 0,360"] if long_hair else []) + [
        f"fill '{suit}'", f"ellipse {p(206, 660)} {p(178, 230)} 0,360",
        "fill '#E9B99A'", f"rectangle {p(178, 330)} {p(234, 450)}",
        f"fill '{shirt}'", f"polygon {p(160, 430)} {p(252, 430)} {p(206, 540)}",
        f"fill '{tie}'", f"polygon {p(196, 452)} {p(216, 452)} {p(222, 530)} {p(206, 560)} {p(190, 530)}",
        "fill '#F2CBAE'", f"ellipse {p(206, 250)} {p(86, 112)} 0,360",
        "fill '#E9B99A'", f"ellipse {p(120, 258)} {p(12, 24)} 0,360", f"ellipse {p(292, 258)} {p(12, 24)} 0,360",
        f"fill '{hair}'", f"ellipse {p(206, 190)} {p(92, 62)} 180,360", f"rectangle {p(114, 186)} {p(298, 200)}",
        "fill '#3B2A20'", f"ellipse {p(172, 245)} {p(11, 6)} 0,360", f"ellipse {p(240, 245)} {p(11, 6)} 0,360",
        "stroke '#3B2A20'", f"stroke-width {2.5 * sx:.1f}", f"line {p(156, 226)} {p(188, 224)}",
        f"line {p(224, 224)} {p(256, 226)}", "stroke '#C99A7E'", f"line {p(206, 260)} {p(200, 292)}",
        "stroke none", "fill '#C0504D'", f"ellipse {p(206, 318)} {p(22, 6)} 0,360",
    ]


def id_photo(path, width, height, background, finish=(), **figure):
    draw(path, width, height, background, portrait(width, height, **figure),
         ["-blur", "0x0.6", *finish] + (["-quality", "92"] if str(path).endswith(".jpg") else []))


def person(x, y, s, shirt, hair="#2A2A2A"):
    """A small figure seen from the front, at scale `s`, for scenes."""
    return [f"fill '{shirt}'", f"roundrectangle {x - 34 * s:.0f},{y} {x + 34 * s:.0f},{y + 120 * s:.0f} {14 * s:.0f},"
            f"{14 * s:.0f}", "fill '#EDC3A5'", f"circle {x},{y - 26 * s:.0f} {x + 24 * s:.0f},{y - 26 * s:.0f}",
            f"fill '{hair}'", f"ellipse {x},{y - 38 * s:.0f} {25 * s:.0f},{14 * s:.0f} 180,360"]


SHIRTS = ["#C0392B", "#2E86C1", "#27AE60", "#8E44AD", "#D68910", "#566573", "#E67E22", "#1ABC9C", "#A93226"]
HAIRS = ["#2A2A2A", "#5D4037", "#9E9E9E", "#BDBDBD", "#3E2723"]


def scene_photo(path, seed, kind, width=1600, height=1200):
    """A life or activity photo: a reading room, a classroom or an exhibition, drawn from a seed."""
    rnd = random.Random(seed)
    wall = rnd.choice(["#EDE3D1", "#E3EBF2", "#F1E6DA", "#E6EFE3"])
    shapes = ["fill '#B89B72'", f"rectangle 0,{height * 0.72:.0f} {width},{height}"]  # floor
    if kind == "reading":  # a bookshelf, a table, people with books
        shapes += ["fill '#7B5B3A'", "rectangle 80,120 620,760"]
        for y in range(140, 700, 155):  # four shelves of books
            x = 100
            while x < 590:
                w = rnd.randint(18, 34)
                shapes += [f"fill '{rnd.choice(SHIRTS)}'", f"rectangle {x},{y + rnd.randint(0, 30)} {x + w},{y + 135}"]
                x += w + 3
        shapes += sum((person(820 + i * 230, 560, 1.5, rnd.choice(SHIRTS), rnd.choice(HAIRS)) for i in range(3)), [])
        shapes += ["fill '#8D6E63'", "rectangle 700,760 1520,800", "rectangle 740,800 770,1000",
                   "rectangle 1450,800 1480,1000", "fill '#FAFAFA'", "rectangle 860,730 960,765",
                   "rectangle 1090,730 1190,765", "rectangle 1320,730 1420,765"]
    elif kind == "classroom":  # a screen in front, rows of learners seen from behind
        shapes += ["fill '#2F4F4F'", "rectangle 420,110 1180,520", "fill '#F5F5F5'"]
        shapes += [f"rectangle 480,{y} {480 + rnd.randint(300, 640)},{y + 20}" for y in range(160, 510, 70)]
        shapes += person(1320, 420, 1.7, "#34495E", "#2A2A2A")
        for x, y in ((170 + col * 250 + row * 40, 760 + row * 150) for row in range(3) for col in range(6)):
            shapes += [f"fill '{rnd.choice(SHIRTS)}'", f"ellipse {x},{y + 110} 70,70 180,360",
                       f"fill '{rnd.choice(HAIRS)}'", f"circle {x},{y + 20} {x + 36},{y + 20}"]
    else:  # an exhibition: framed works on the wall, visitors
        for i in range(4):
            x = 120 + i * 370
            shapes += ["fill '#5D4037'", f"rectangle {x},{140} {x + 300},{560}", "fill '#FFFDF5'",
                       f"rectangle {x + 18},{158} {x + 282},{542}", "stroke '#222222'", "stroke-width 6"]
            for stroke in range(rnd.randint(3, 6)):
                sx = x + 60 + stroke * 40
                shapes.append(f"line {sx},{200 + rnd.randint(0, 40)} {sx + rnd.randint(-20, 20)},{420 + rnd.randint(0, 90)}")
            shapes.append("stroke none")
        shapes += sum((person(260 + i * 360 + rnd.randint(-40, 40), 700, 1.9, rnd.choice(SHIRTS), rnd.choice(HAIRS))
                       for i in range(4)), [])
    draw(path, width, height, wall, shapes,
         ["-blur", "0x1.2", "-seed", str(seed), "-attenuate", "0.12", "+noise", "Gaussian", "-quality", "80"])


QUIET_CHIME = "0.01*sin(2*PI*440*t)*lt(mod(t,10),0.4)"
LIVELY_SOUND = "0.12*sin(2*PI*(262+65*mod(floor(2*t),5))*t)*(0.6+0.4*sin(2*PI*3*t))"


def video(path, seconds=270, size="1280x720", fps=25, colour="0x3A6EA5", portrait_png=None, upright=False,
          lively=False):
    """A talking-head stand-in: a plain background, the nominee's drawn portrait, a small test pattern
    that changes every five seconds, and a quiet AAC track (a soft chime every ten seconds). Made cheaply:
    -tune stillimage, CRF 38, no B-frames, 16 kb/s mono audio, bit-exact muxing. `upright`: a phone held
    upright — the picture is drawn portrait, stored on its side as a landscape `size` stream, and the
    display matrix (rotate=90) turns it back, so players show it portrait. `lively`: what passes --deep
    too (video.frozen, video.audio-silent) — a marker steps along the bottom once a second, and the sound
    is a voice-like tone (a note every half second, its loudness swaying), never silent."""
    width, height = (int(v) for v in size.split("x"))
    if upright:
        width, height = height, width
    inputs = ["-f", "lavfi", "-i", f"color=c={colour}:s={width}x{height}:r={fps}:d={seconds}",
              "-f", "lavfi", "-i", f"testsrc2=s={width // 6}x{height // 6}:r=1/5:d={seconds}",
              "-f", "lavfi", "-i", f"aevalsrc='{LIVELY_SOUND if lively else QUIET_CHIME}':s={8000 if lively else 22050}:d={seconds}"]
    graph = f"[1]fps={fps}[pattern];[0][pattern]overlay=x={width // 20}:y={height // 12}[base]"
    if lively:  # a marker stepping along the bottom once a second: no stretch of 2 s stands still, and cheap
        inputs += ["-f", "lavfi", "-i", f"color=c=0xF2C14E:s={width // 16}x{width // 16}:r={fps}:d={seconds}"]
        marker = len([a for a in inputs if a == "-i"]) - 1
        graph = (graph[:-len("[base]")] + f"[plain];[plain][{marker}]overlay="
                 f"x={width // 20}+mod(floor(t)\\,10)*{width // 12}:y=H-h-{height // 12}[base]")
    if portrait_png:  # one still frame, held by overlay to the end (decoding it per frame is slow)
        face = len([a for a in inputs if a == "-i"])
        inputs += ["-i", portrait_png]
        graph += (f";[{face}]scale={min(width, height) // 2}:-2[face];[base][face]overlay=x=W-w-{width // 12}:"
                  f"y=(H-h)/2:eof_action=repeat[base2]")
    else:
        graph += ";[base]null[base2]"
    graph += ";[base2]transpose=clock,format=yuv420p[v]" if upright else ";[base2]format=yuv420p[v]"
    encode = ["-filter_complex", graph, "-map", "[v]", "-map", "2:a", "-c:v", "libx264", "-profile:v", "high",
              "-preset", "veryfast", "-tune", "stillimage", "-crf", "38", "-bf", "0", "-r", str(fps),
              "-c:a", "aac", "-b:a", "8k" if lively else "16k", "-ac", "1", "-t", str(seconds), "-movflags", "+faststart",
              "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]
    ffmpeg = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y"]
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.mp4" if upright else path
        run([*ffmpeg, *inputs, *encode, plain])
        if upright:
            run([*ffmpeg, "-i", plain, "-map", "0", "-c", "copy", "-metadata:s:v:0", "rotate=90", "-movflags",
                 "+faststart", "-map_metadata", "-1", "-fflags", "+bitexact", path])


# -- The nominees' short fields (lists: one paragraph each) --------------------------------------------

FILLER = {"filler": "刘静", "filler_phone": "010-62345678"}
WANG = {
    "name": "王秀兰", "gender": "女", "birth": "1957年4月", "ethnicity": "汉族", "native_place": "河北保定",
    "political_status": "中共党员", "work_start": "1975年9月", "title": "无", "education": "大专",
    "school_major": "国家开放大学 行政管理", "unit_position": "学院路街道XX社区退休居民，社区“银发读书会”负责人",
    "phone": "010-62341287", "mobile": "13910236587", "email": "wangxiulan57@163.com",
    "resume": ["1975.09—1990.12  北京第二毛纺织厂细纱车间挡车工", "1991.01—2012.04  北京第二毛纺织厂细纱车间班组长",
               "2012.04  退休", "2016.09至今  学院路街道XX社区“银发读书会”负责人（志愿）"],
    "learning": ["2013.03—2013.06  学院路街道社区学校老年人电脑入门班", "2015.03—2018.01  国家开放大学行政管理专业（专科），毕业",
                 "2019.09至今  海淀区老年大学摄影班、短视频制作班"],
    "awards": ["2021年  海淀区“终身学习先进个人”", "2022年  学院路街道“优秀志愿者”",
               "2023年  所负责的“银发读书会”获评海淀区“优秀学习共同体”"],
    "deeds": WANG_DEEDS, "promo": WANG_PROMO, **FILLER,
    "unit_opinion": ["王秀兰同志退休后坚持学习十余年，完成开放大学专科学业，发起社区“银发读书会”，开办老年人“手机课堂”，"
                     "带动社区老年人读书学习、学用智能手机，成效显著，群众认可度高。经社区居委会研究，同意推介。"]}
ZHANG = {
    "name": "张三", "gender": "男", "birth": "1968年7月", "ethnicity": "汉族", "native_place": "山东临沂",
    "political_status": "中共党员", "work_start": "1986年12月", "title": "无", "education": "大专",
    "school_major": "北京广播电视大学 机电一体化技术", "unit_position": "XX物业服务有限公司 维修班班长",
    "phone": "010-82317765", "mobile": "13801125634", "email": "zhangsan_wx@126.com",
    "resume": ["1986.12—1998.11  服役，历任通信兵、电工班长", "1998.12—2010.06  XX物业服务有限公司 维修电工",
               "2010.07至今  XX物业服务有限公司 维修班班长"],
    "learning": ["2006.03—2009.01  北京广播电视大学机电一体化技术专业（专科），毕业",
                 "2012年、2016年  先后取得中级电工、高级电工职业资格证书",
                 "2019年至今  在职业技能学习平台学习光伏发电、新能源汽车充电设施等课程"],
    "awards": ["2018年  XX物业服务有限公司“十佳员工”", "2021年  海淀区“最美退役军人”", "2023年  街道“优秀志愿者”"],
    "deeds": ZHANG_DEEDS, "promo": ZHANG_PROMO, **FILLER,
    "unit_opinion": ["张三同志坚持学习二十余年，技术精湛，热心公益，长期开办“家电义修课堂”，带动居民学习安全用电知识，"
                     "在员工和居民中影响广泛。经公司研究，同意推介。"]}
LI = {
    "name": "李四", "gender": "女", "birth": "1979年11月", "ethnicity": "汉族", "native_place": "安徽六安",
    "political_status": "群众", "work_start": "1998年3月", "title": "无", "education": "本科",
    "school_major": "北京开放大学 社会工作", "unit_position": "XX家政服务有限公司 培训主管",
    "phone": "010-62987731", "mobile": "13661207748", "email": "lisi_jz@163.com",
    "resume": ["1998.03—2008.12  在北京从事家政服务工作", "2009.01—2015.02  XX家政服务有限公司 家政服务员、班组长",
               "2015.03至今  XX家政服务有限公司 培训主管"],
    "learning": ["2000年—2014年  先后取得养老护理员、育婴员、营养配餐员、高级养老护理员证书",
                 "2009.09—2012.01  成人高等教育（专科），毕业", "2018.03—2021.07  北京开放大学社会工作专业（本科），获学士学位"],
    "awards": ["2019年  海淀区“三八红旗手”", "2020年  市家政服务职业技能竞赛二等奖", "2022年  公司“优秀培训师”"],
    "deeds": LI_DEEDS, "promo": LI_PROMO, **FILLER,
    "unit_opinion": ["李四同志从一线家政服务员成长为培训骨干，坚持学习二十余年，发起“家政姐妹学习小组”，带动大批家政服务人员"
                     "提升技能和学历，示范作用突出。经公司研究，同意推介。"]}
# star-faults: 民族 left empty, a 10-digit mobile, 宣传展示材料 holding only the template's hint, deeds of 1203字.
CHEN = {
    "name": "陈建国", "gender": "男", "birth": "1959年2月", "ethnicity": "", "native_place": "北京",
    "political_status": "群众", "work_start": "1977年3月", "title": "无", "education": "高中",
    "school_major": "北京市XX中学", "unit_position": "XX钢铁厂退休职工，社区“手机摄影沙龙”负责人",
    "phone": "010-68823415", "mobile": "1391234567", "email": "chenjg1959@sina.com",
    "resume": ["1977.03—1995.06  XX钢铁厂 炉前工", "1995.07—2019.02  XX钢铁厂 质检员", "2019.02  退休"],
    "learning": ["2019.09—2021.07  区老年大学摄影基础班、提高班", "2021年起  自学图片后期处理和排版软件"],
    "awards": ["2022年  区老年摄影比赛三等奖", "2023年  街道“优秀志愿者”"],
    "deeds": CHEN_DEEDS, "promo": "", **FILLER,
    "unit_opinion": ["陈建国同志退休后坚持学习摄影，用镜头记录社区变迁，带动居民参与学习。同意推介。"]}
LELING = {
    "project_name": "XX社区学院“乐龄课堂”", "unit": "XX区社区学院", "phone": "010-82345678",
    "period": "2019年3月至今", "location": "XX区社区学院教学楼、12个社区学习点及线上平台",
    "beneficiaries": "辖区60岁以上老年人", "participants": "年均线下2600人次，线上5200人次",
    "awards": ["2021年  市级“老年教育优秀学习项目”", "2022年  区级“社区教育特色品牌”"],
    "description": LELING_DESCRIPTION, "promo": LELING_PROMO,
    "unit_opinion": ["“乐龄课堂”项目运行五年来，课程体系完善，组织保障有力，年均服务老年人线下2600人次、线上5200人次，"
                     "社会反响良好，具有较强的示范作用。同意推介。"]}
# brand-faults: named as its unit (不以单位或院校名称上报), started 2023年9月 (不少于两年), 600人次 a year (不少于1000).
XINSHIMIN = {
    "project_name": "XX区社区学院", "unit": "XX区社区学院", "phone": "010-82345678",
    "period": "2023年9月至今", "location": "XX区社区学院计算机教室及两个社区流动课堂",
    "beneficiaries": "辖区新市民（外来务工人员、灵活就业人员及随迁家属）", "participants": "年均线下600人次",
    "awards": ["无"], "description": XINSHIMIN_DESCRIPTION, "promo": XINSHIMIN_PROMO,
    "unit_opinion": ["该项目面向新市民开展数字技能培训，课程实用，学员反响良好。同意推介。"]}

# -- The example folders --------------------------------------------------------------------------------

def star_folder(folder, person, seed, suit="#1F3A5F", hint_inline=False, gray_id_photo=False,
                heic_life_photo=False, video_format=("1280x720", 25), lively_video=False):
    """A national star: 推介表.docx, 证件照.jpg (2寸 413×579), 生活照.jpg (1600×1200), 事迹视频.mp4."""
    folder.mkdir(parents=True)
    star_form(folder / "推介表.docx", person, hint_inline)
    female = person["gender"] == "女"
    id_photo(folder / "证件照.jpg", 413, 579, "#E3EEF8", finish=["-colorspace", "Gray"] if gray_id_photo else [],
             suit=suit, long_hair=female, tie=suit if female else "#B22222")
    if heic_life_photo:  # a phone's HEIC photo renamed by hand: HEIC inside, .jpg outside
        with tempfile.TemporaryDirectory() as tmp:
            scene_photo(Path(tmp) / "life.png", seed, "reading")
            run(["convert", Path(tmp) / "life.png", "-quality", "35", Path(tmp) / "life.heic"])
            shutil.copyfile(Path(tmp) / "life.heic", folder / "生活照.jpg")
    else:
        scene_photo(folder / "生活照.jpg", seed, "reading")
    video(folder / "事迹视频.mp4", size=video_format[0], fps=video_format[1], portrait_png=folder / "证件照.jpg",
          lively=lively_video)


def brand_folder(folder, project, summary_title, summary, photos, seed, as_of=None):
    """A national brand project: 推介表.docx, 工作总结.docx, and its activity photos."""
    folder.mkdir(parents=True)
    if as_of:  # the national notice names no date: the district's date, so the project's age does not drift
        (folder / "nomination.yaml").write_text(
            "# 通知未注明日期：按区里收到通知的日期判断“项目启动或创建时间不少于两年”。\n"
            "# The notice names no date: the project's age is judged against the date the district set.\n"
            f"as_of: {as_of}\n", encoding="utf-8")
    brand_form(folder / "推介表.docx", project)
    summary_docx(folder / "工作总结.docx", summary_title, summary)
    for i in range(photos):
        scene_photo(folder / f"活动照片{i + 1}.jpg", seed + i, ["classroom", "reading", "exhibition"][i % 3])


def beijing_folder(folder, keys, deeds, faulty):
    """A Beijing capital star (seed 004): registered online, so the fields live in nomination.yaml."""
    folder.mkdir(parents=True)
    name_key, gender_key, deeds_key, opinion_key = keys
    (folder / "nomination.yaml").write_text(
        "# 第九批“首都市民学习之星”（京学习办〔2018〕1号）：网上申报，没有Word推介表，字段写在这里。\n"
        "# Beijing registers online: there is no Word form, so the fields are given here (keys: field ids or labels).\n"
        f"rules: beijing/capital-star-2018\nkind: star\nfields:\n  {name_key}: 赵明远\n  {gender_key}: 男\n"
        f"  {opinion_key}: 赵明远同志坚持学习二十余年，以学促干，带动身边驾驶员共同学习，群众公认度高。同意推荐。\n"
        f"  {deeds_key}: |\n" + "".join(f"    {p}\n" for p in deeds), encoding="utf-8")
    if faulty:  # a studio's blue background, 3000×4200, over 2 MB; a phone video held upright
        id_photo(folder / "证件照.jpg", 3000, 4200, "#2F6FD0",
                 finish=["-seed", "11", "-attenuate", "0.17", "+noise", "Gaussian"])
        video(folder / "事迹视频.mp4", colour="0x5A7D4F", portrait_png=folder / "证件照.jpg", upright=True)
    else:  # 一寸白底彩色: 295×413 on pure white
        id_photo(folder / "证件照.png", 295, 413, "white", finish=["-depth", "8"])
        video(folder / "事迹视频.mp4", colour="0x5A7D4F", portrait_png=folder / "证件照.png")


def district_folder(folder):
    """海淀区: two compliant stars in an experimental zone, which may send 1–2 (实验区推介1—2名); and 附表2
    推介登记表 as the district keeps it in Excel, one row per nominee in 推介序号 order, agreeing with the forms."""
    folder.mkdir(parents=True)
    (folder / "nominate.yaml").write_text(
        "# 海淀区教育局：国家“百姓学习之星”“终身学习品牌项目”征集推介（社区教育实验区推介1—2名）。\n"
        "district: 海淀区\nzone: experimental\nrules: national\n"
        "as_of: 2024-05-01   # 区里的报送截止日：项目“不少于两年”按此日计算，材料包也以此日期命名\n"
        "root: true\n", encoding="utf-8")
    star_folder(folder / "01-张三", ZHANG, 301, hint_inline=True)
    star_folder(folder / "02-李四", LI, 302, suit="#7A3B5C")
    rows = [["附表2"], ["海淀区“百姓学习之星”推介登记表"],
            ["推介序号", "姓名", "单位", "职务", "专业职称", "性别", "民族", "出生年月日", "学历", "地址", "有无视频材料",
             "联系电话", "备注"]]
    for order, (p, unit, position, address) in enumerate(
            [(ZHANG, "XX物业服务有限公司", "维修班班长", "海淀区XX街道XX小区"),
             (LI, "XX家政服务有限公司", "培训主管", "海淀区XX街道XX家园")], start=1):
        rows.append([order, p["name"], unit, position, p["title"], p["gender"], p["ethnicity"], p["birth"],
                     p["education"], address, "有", p["mobile"], ""])
    rows += [[], ["（盖章）", "", "", "", "", "", "", "", "", "填表时间：2024年4月20日"],
             ["填表联系人：刘静", "", "", "", "", "", "", "", "", "联系电话：010-62345678"]]
    write_xlsx(folder / "登记表.xlsx", "登记表", rows, merges=["A2:M2"],
               widths=[9, 8, 24, 12, 9, 5, 6, 11, 6, 22, 12, 13, 8])


def soffice(profile):  # with its own profile, so it runs beside a user's LibreOffice or another soffice
    return ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless"]


def legacy_folder(folder, source):
    """A star whose form is the old binary .doc: star-compliant's form, saved by LibreOffice as Word 97."""
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        run([*soffice(Path(tmp) / "profile"), "--convert-to", "doc", "--outdir", tmp, source / "推介表.docx"])
        shutil.copyfile(Path(tmp) / "推介表.doc", folder / "推介表.doc")
    for name in ("证件照.jpg", "生活照.jpg", "事迹视频.mp4"):
        shutil.copyfile(source / name, folder / name)


EXAMPLES = {
    "star-compliant": lambda out: star_folder(out / "star-compliant", WANG, 101, suit="#2E5E4E",
                                                     lively_video=True),  # passes --deep as well
    "brand-compliant": lambda out: brand_folder(out / "brand-compliant", LELING, LELING_SUMMARY_TITLE, LELING_SUMMARY, 3, 201),
    "beijing-star-compliant": lambda out: beijing_folder(out / "beijing-star-compliant",
                                                         ("name", "gender", "deeds", "unit_opinion"), ZHAO_DEEDS, False),
    "star-faults": lambda out: star_folder(out / "star-faults", CHEN, 111, gray_id_photo=True, heic_life_photo=True,
                                           video_format=("1920x1080", 30)),
    "brand-faults": lambda out: brand_folder(out / "brand-faults", XINSHIMIN, XINSHIMIN_SUMMARY_TITLE, XINSHIMIN_SUMMARY, 2, 211,
                                             as_of="2024-05-01"),
    "beijing-star-faults": lambda out: beijing_folder(out / "beijing-star-faults", ("姓名", "性别", "个人先进事迹", "推荐意见"),
                                                      ZHAO_DRAFT, True),
    "legacy-doc": lambda out: legacy_folder(out / "legacy-doc", out / "star-compliant"),  # after star-compliant
    "海淀区": lambda out: district_folder(out / "海淀区"),
}


# -- Self-checks: the counts the examples stand on, the media as ffprobe sees them, LibreOffice opens all ----

def check_texts():
    """Asserts every text sits where its example needs it; returns {name: (字数, Han-only, code points)}."""
    texts = {"star-compliant deeds": WANG_DEEDS, "海淀区/01-张三 deeds": ZHANG_DEEDS, "海淀区/02-李四 deeds": LI_DEEDS,
             "star-faults deeds": CHEN_DEEDS, "brand-compliant description": LELING_DESCRIPTION,
             "brand-faults description": XINSHIMIN_DESCRIPTION, "beijing-star-compliant deeds": ZHAO_DEEDS,
             "beijing-star-faults deeds": ZHAO_DRAFT, "star-compliant promo": [WANG_PROMO],
             "张三 promo": [ZHANG_PROMO], "李四 promo": [LI_PROMO], "brand-compliant promo": [LELING_PROMO],
             "brand-faults promo": [XINSHIMIN_PROMO],
             "brand-compliant 工作总结": [LELING_SUMMARY_TITLE] + LELING_SUMMARY,
             "brand-faults 工作总结": [XINSHIMIN_SUMMARY_TITLE] + XINSHIMIN_SUMMARY}
    counts = {name: (word_count("\n".join(t)), han_count("\n".join(t)), len("\n".join(t))) for name, t in texts.items()}
    for name, (words, han, _) in counts.items():
        if name.endswith(("deeds", "description")) and "faults" not in name and "beijing" not in name:
            assert words >= 1500 and han >= 1500, (name, words, han)  # 不少于1500字, by Han alone too
        elif name.endswith("promo"):
            assert 180 <= words <= 220, (name, words)  # 200字左右
    assert counts["brand-faults description"][1] >= 1500  # that example's faults lie elsewhere
    assert counts["star-faults deeds"][0] == 1203
    assert 1400 <= counts["brand-compliant 工作总结"][0] <= 1600 and 550 <= counts["brand-faults 工作总结"][0] <= 650
    assert counts["beijing-star-compliant deeds"][2] <= 1900  # 2000字以内 by every character, line breaks too
    assert counts["beijing-star-faults deeds"][0] > 2050  # over even by Word's count, the least inclusive
    return counts


def check_media(out):
    for path in sorted(out.rglob("*.mp4")):
        info = json.loads(run(["ffprobe", "-v", "error", "-of", "json", "-show_entries", "stream=codec_type,codec_name,"
                               "profile,width,height,avg_frame_rate:stream_side_data=rotation:format=duration,size", path]))
        v = next(s for s in info["streams"] if s["codec_type"] == "video")
        rotation, size = next((d["rotation"] for d in v.get("side_data_list", []) if "rotation" in d), 0), int(info["format"]["size"])
        print(f"  {path.relative_to(out)}: {v['codec_name']} {v['profile']} {v['width']}x{v['height']} "
              f"{v['avg_frame_rate']} fps, rotation {rotation}, {float(info['format']['duration']):.1f} s, {size} bytes")
        assert v["codec_name"] == "h264" and v["profile"] == "High" and size < 1_500_000, path
        assert any(s["codec_type"] == "audio" and s["codec_name"] == "aac" for s in info["streams"]), path
    for path in sorted(p for p in out.rglob("*") if p.suffix.lower() in (".jpg", ".png")):
        print(f"  {path.relative_to(out)}: {run(['identify', '-format', '%m %wx%h %[colorspace] %B bytes', path])}")
    big, heic = out / "beijing-star-faults" / "证件照.jpg", out / "star-faults" / "生活照.jpg"
    assert not big.exists() or big.stat().st_size > 2 * 1024 * 1024 + 100_000, "must be over 2M however counted"
    assert not heic.exists() or heic.read_bytes()[4:12] == b"ftypheic", "生活照.jpg must be HEIC inside"


def verify_office(out):
    """Opens every .docx, .doc and .xlsx in LibreOffice: to PDF, and to text to see that the content survived."""
    files = sorted(p for p in out.rglob("*") if p.suffix in (".docx", ".doc", ".xlsx"))
    if not files or shutil.which("soffice") is None:
        print("  soffice not found: the documents were not opened in LibreOffice", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        copies = [shutil.copyfile(path, tmp / "in" / f"f{i:02d}{path.suffix}") for i, path in enumerate(files)]
        run([*soffice(tmp / "profile"), "--convert-to", "pdf", "--outdir", tmp / "pdf", *copies])
        run([*soffice(tmp / "profile"), "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp / "txt",
             *[c for c in copies if c.suffix != ".xlsx"]])
        run([*soffice(tmp / "profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
             tmp / "txt", *[c for c in copies if c.suffix == ".xlsx"]])
        for path, copy in zip(files, copies):
            pdf = tmp / "pdf" / f"{copy.stem}.pdf"
            text = tmp / "txt" / f"{copy.stem}.{'csv' if copy.suffix == '.xlsx' else 'txt'}"
            content = text.read_text(encoding="utf-8-sig") if text.exists() else ""
            marker = {"推介表": "推介表", "工作总结": "工作总结", "登记表": "推介登记表"}[path.stem]
            assert pdf.exists() and pdf.stat().st_size > 1000 and marker in content, f"LibreOffice failed on {path}"
            print(f"  LibreOffice opened {path.relative_to(out)}: {pdf.stat().st_size} bytes of PDF")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "examples", help="where to write (default: examples/)")
    parser.add_argument("--only", nargs="+", choices=list(EXAMPLES), help="make only these examples")
    parser.add_argument("--no-verify", action="store_true", help="do not open the documents in LibreOffice")
    args = parser.parse_args()
    for tool in ("ffmpeg", "ffprobe", "convert", "identify"):
        if shutil.which(tool) is None:
            sys.exit(f"make-examples: {tool} is required (scripts/install-deps.sh installs it)")
    counts = check_texts()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only or list(EXAMPLES):
        if name == "legacy-doc" and shutil.which("soffice") is None:
            print("make-examples: soffice not found; legacy-doc left as it was", file=sys.stderr)
            continue
        print(f"making {name}")
        shutil.rmtree(args.out / name, ignore_errors=True)
        EXAMPLES[name](args.out)
    print("texts: 字数 as Word counts them / Han only / code points\n" + "".join(
        f"  {name}: {' / '.join(str(v) for v in value)}\n" for name, value in counts.items()) + "media:")
    check_media(args.out)
    if not args.no_verify:
        verify_office(args.out)
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"examples/ holds {total} bytes")  # keep it under about 8 MB
    assert total < 8_400_000, total


if __name__ == "__main__":
    main()
