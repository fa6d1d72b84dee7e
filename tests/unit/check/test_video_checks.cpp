#include "builders.hpp"
#include "run_tool.hpp"

#include <nominate/check/check.hpp>
#include <nominate/media/video.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace nominate;
using test::of_rule;

namespace {

// The national notice's video: MP4格式，编码：H．264，分辨率：1280＊720P，帧率：25，视频时间4-5分钟.
rules::RuleSet national_video_rules()
{
  rules::RuleSet rules;
  auto on_video = [](std::string rule) {
    return test::on_material(test::check_spec(std::move(rule)), "video");
  };
  rules.checks = {
      test::with(on_video("video.container"), "formats", std::vector<std::string>{"mp4"}),
      test::with(on_video("video.codec"), "codecs", std::vector<std::string>{"h264"}),
      test::with(test::with(on_video("video.resolution"), "width", std::int64_t{1280}), "height",
                 std::int64_t{720}),
      test::with(on_video("video.frame-rate"), "equals", 25.0),
      test::with(test::with(on_video("video.duration"), "min_s", std::int64_t{240}), "max_s",
                 std::int64_t{300}),
      test::with(on_video("video.file-size"), "max_bytes", std::int64_t{52428800}),
      on_video("video.audio"),
      on_video("video.corrupt"),
  };
  return rules;
}

media::VideoFacts good_facts()
{
  media::VideoFacts facts;
  facts.container = media::Container::mp4;
  facts.major_brand = "isom";
  facts.file_size = 40'000'000;
  facts.codec = "h264";
  facts.width = facts.coded_width = 1280;
  facts.height = facts.coded_height = 720;
  facts.fps = 25;
  facts.fps_text = "25";
  facts.duration_s = 270;
  facts.has_audio = true;
  return facts;
}

folder::Material video_material(const std::string& file, const media::VideoFacts& facts)
{
  auto out = test::material(file, folder::Role::video);
  out.size = facts.file_size;
  out.video = facts;
  return out;
}

std::vector<core::Finding> video_findings(const folder::Material& video, const rules::RuleSet& rules)
{
  auto submission = test::submission_with_form();
  submission.materials.push_back(video);
  auto findings = check::check_submission(submission, rules, {});
  std::erase_if(findings, [](const auto& f) {
    return !f.rule.starts_with("video.") && f.rule != "material.unreadable";
  });
  return findings;
}

// A real video made by ffmpeg (cached across runs), probed by media.
folder::Material made_by_ffmpeg(const std::string& name, const std::vector<std::string>& args)
{
  std::vector<std::string> argv{"-y", "-v", "error"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.emplace_back("{out}");
  const auto path = test::cached_tool_output(test::fixture_cache(), "ffmpeg", "check-" + name, argv);
  auto facts = media::probe_video_file(path);
  REQUIRE(facts.has_value());
  auto material = video_material(name, *facts);
  material.size = std::filesystem::file_size(path);
  return material;
}

} // namespace

TEST_CASE("video checks judge the probe's facts against the notice's specs", "[check]")
{
  auto rules = national_video_rules();

  SECTION("a 4:30 MP4, H.264, 1280×720 at 25 fps with sound passes")
  {
    CHECK(video_findings(video_material("事迹视频.mp4", good_facts()), rules).empty());
  }
  SECTION("a MOV is video.container.wrong; a MOV named .mp4 is video.container.misnamed")
  {
    auto mov = good_facts();
    mov.container = media::Container::mov;
    auto found = video_findings(video_material("IMG_1234.MOV", mov), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.container.wrong");
    CHECK(found[0].actual == "mov");
    found = video_findings(video_material("事迹视频.mp4", mov), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.container.misnamed");
    CHECK(found[0].args.at("command").starts_with("ffmpeg -i \"事迹视频.mp4\" -c:v libx264"));
  }
  SECTION("a MOV right but for its container offers IT a copy into MP4; one that needs more, a re-encode")
  {
    auto mov = good_facts();
    mov.container = media::Container::mov;
    mov.audio_codec = "aac";
    mov.pixel_format = "yuv420p";
    auto found = video_findings(video_material("IMG_1234.MOV", mov), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("command") ==
          "ffmpeg -i \"IMG_1234.MOV\" -c copy -sn -dn -movflags +faststart \"IMG_1234-转码.mp4\"");
    for (auto needs_more : {std::string("pcm_s16le"), std::string("rotated"), std::string("30 fps"),
                            std::string("variable"), std::string("anamorphic")}) {
      auto other = mov;
      if (needs_more == "pcm_s16le") {
        other.audio_codec = needs_more; // a camera's sound: MP4 players do not take it
      } else if (needs_more == "rotated") {
        other.rotation = 90;
      } else if (needs_more == "30 fps") {
        other.fps = 30;
      } else if (needs_more == "variable") {
        other.variable_frame_rate = true;
      } else {
        other.sar_num = 4; // 960×720 coded, shown 1280 wide
        other.sar_den = 3;
      }
      INFO(needs_more);
      found = video_findings(video_material("IMG_1234.MOV", other), rules);
      REQUIRE_FALSE(found.empty());
      CHECK(found[0].args.at("command").find("-c:v libx264") != std::string::npos);
    }
  }
  SECTION("an MP4 named .MOV is a warning to rename it, with the name to give; .m4v is MP4's own name")
  {
    auto found = video_findings(video_material("事迹视频.MOV", good_facts()), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.container.extension");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("renamed") == "事迹视频.mp4");
    CHECK(found[0].args.at("command") == "mv \"事迹视频.MOV\" \"事迹视频.mp4\"");
    CHECK(video_findings(video_material("事迹视频.m4v", good_facts()), rules).empty());
    CHECK(video_findings(video_material("事迹视频.MP4", good_facts()), rules).empty());
  }
  SECTION("where a notice accepts MOV too, an MP4 named .mov is not told to be renamed")
  {
    auto both = national_video_rules();
    for (auto& check : both.checks) {
      if (check.rule == "video.container") {
        check.params["formats"] = rules::Param{std::vector<std::string>{"mp4", "mov"}};
      }
    }
    CHECK(video_findings(video_material("事迹视频.mov", good_facts()), both).empty());
    auto named_mkv = video_findings(video_material("事迹视频.mkv", good_facts()), both);
    REQUIRE(named_mkv.size() == 1);
    CHECK(named_mkv[0].message_id == "video.container.extension");
  }
  SECTION("HEVC from a phone is video.codec.hevc with a ready ffmpeg command meeting every spec")
  {
    auto hevc = good_facts();
    hevc.codec = "hevc";
    auto found = video_findings(video_material("事迹视频.mp4", hevc), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.codec.hevc");
    CHECK(found[0].args.at("command") ==
          "ffmpeg -i \"事迹视频.mp4\" -c:v libx264 -profile:v high -pix_fmt yuv420p -colorspace bt709 "
          "-color_primaries bt709 -color_trc bt709 -vf "
          "\"scale=1280:720:in_color_matrix=bt709:out_color_matrix=bt709:out_range=tv,setsar=1,fps=25\" "
          "-b:v 1270k -maxrate 1270k -bufsize 2540k -c:a aac -b:a 128k "
          "-movflags +faststart \"事迹视频-转码.mp4\"");
    auto fix = messages::render(found[0], core::Language::zh).fix;
    CHECK(fix.find("设置分辨率 720P、帧率 25、格式 MP4") != std::string::npos);
  }
  SECTION("a portrait phone video (as displayed) must be landscape; the command pads rather than stretches")
  {
    auto portrait = good_facts();
    portrait.width = 720;
    portrait.height = 1280;
    portrait.rotation = 90;
    auto found = video_findings(video_material("事迹视频.mp4", portrait), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.resolution.portrait");
    CHECK(found[0].actual == "720×1280");
    CHECK(found[0].args.at("command").find(
              "scale=1280:720:force_original_aspect_ratio=decrease:force_divisible_by=2:in_color_matrix="
              "bt709:out_color_matrix=bt709:out_range=tv,pad=1280:720:(ow-iw)/2:(oh-"
              "ih)/2") != std::string::npos);
    auto full_hd = good_facts();
    full_hd.width = 1920;
    full_hd.height = 1080;
    found = video_findings(video_material("事迹视频.mp4", full_hd), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.resolution.mismatch");
  }
  SECTION("30 fps is a mismatch; a variable rate is reported as such; 25.02 is within the tolerance")
  {
    auto thirty = good_facts();
    thirty.fps = 30;
    thirty.fps_text = "30";
    auto found = video_findings(video_material("事迹视频.mp4", thirty), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.frame-rate.mismatch");
    CHECK(found[0].expected == "25 fps");
    CHECK(found[0].actual == "30 fps");

    auto variable = good_facts();
    variable.variable_frame_rate = true;
    variable.min_fps = 17.5;
    variable.max_fps = 30;
    found = video_findings(video_material("事迹视频.mp4", variable), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.frame-rate.variable");
    // A phone's variable rate averaging 29.97: one finding, the variable rate, which names the 25 required.
    variable.fps = 29.97;
    variable.fps_text = "29.97";
    found = video_findings(video_material("事迹视频.mp4", variable), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.frame-rate.variable");
    CHECK(found[0].expected == "25 fps");

    auto close = good_facts();
    close.fps = 25.02;
    CHECK(video_findings(video_material("事迹视频.mp4", close), rules).empty());
  }
  SECTION("3:20 is too short and 5:30 too long, in mm:ss and 分秒")
  {
    auto short_video = good_facts();
    short_video.duration_s = 200;
    auto found = video_findings(video_material("事迹视频.mp4", short_video), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.duration.too-short");
    CHECK(found[0].args.at("duration") == "3:20");
    CHECK(messages::render(found[0], core::Language::zh)
              .message.find("时长 3分20秒（3:20），要求至少 4分钟（4:00）") != std::string::npos);
    CHECK(messages::render(found[0], core::Language::en).message.find("3:20") != std::string::npos);

    auto long_video = good_facts();
    long_video.duration_s = 330;
    found = video_findings(video_material("事迹视频.mp4", long_video), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.duration.too-long");
    CHECK(found[0].args.at("command").find(" -t 300 ") != std::string::npos);
  }
  SECTION("a header that records no length: the length could not be judged, said at the check's severity")
  {
    auto zeroed = good_facts();
    zeroed.duration_s = 0;
    auto found = video_findings(video_material("事迹视频.mp4", zeroed), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.duration.unknown");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].actual == "unknown");
    CHECK(messages::render(found[0], core::Language::zh).message.find("时长没能检查") != std::string::npos);
  }
  SECTION("non-square pixels: the stored and the played size are both named, and the command squares them")
  {
    auto stretched = good_facts();
    stretched.sar_num = 4;
    stretched.sar_den = 3;
    stretched.width = 1707; // 1280×720 stored, as played
    stretched.coded_width = 1280;
    stretched.coded_height = 720;
    auto found = video_findings(video_material("事迹视频.mp4", stretched), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.resolution.non-square");
    CHECK(messages::render(found[0], core::Language::en)
              .message.find("stores 1280×720 and plays stretched to 1707×720") != std::string::npos);
    // Its pixels made square at the width it plays at, then fitted inside 1280×720, as fix does.
    CHECK(found[0].args.at("command").find(
              "scale=iw*sar:ih,setsar=1,scale=1280:720:force_original_aspect_ratio=decrease") !=
          std::string::npos);

    // 960×720 stretched to play as 1280×720 (anamorphic): three quarters of the pixels asked for.
    auto anamorphic = good_facts();
    anamorphic.sar_num = 4;
    anamorphic.sar_den = 3;
    anamorphic.coded_width = 960;
    anamorphic.coded_height = 720;
    found = video_findings(video_material("事迹视频.mp4", anamorphic), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.resolution.non-square");
    CHECK(messages::render(found[0], core::Language::zh)
              .message.find("文件里是 960×720，播放时被拉伸为 1280×720；要求 1280×720 个正方形像素") !=
          std::string::npos);
  }
  SECTION("an MP4 whose sound is not AAC or MP3 is a warning to convert the sound alone")
  {
    // Named as people name them, not by FFmpeg's codes.
    for (const auto& [codec, named] :
         std::vector<std::pair<std::string, std::string>>{{"opus", "Opus"},
                                                          {"flac", "FLAC"},
                                                          {"ac3", "AC-3 (Dolby)"},
                                                          {"pcm_s16le", "PCM"},
                                                          {"amr_nb", "AMR-NB"}}) {
      INFO(codec);
      auto facts = good_facts();
      facts.audio_codec = codec;
      auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
      REQUIRE(found.size() == 1);
      CHECK(found[0].message_id == "video.audio.codec");
      CHECK(found[0].args.at("codec") == named);
      CHECK(found[0].severity == core::Severity::warning);
      CHECK(found[0].args.at("command").find("-c:v copy -c:a aac") != std::string::npos);
    }
    auto mp3 = good_facts();
    mp3.audio_codec = "mp3";
    CHECK(video_findings(video_material("事迹视频.mp4", mp3), rules).empty());
    // A QuickTime file's PCM is QuickTime's own: the container finding converts it where MOV is refused.
    auto mov = good_facts();
    mov.container = media::Container::mov;
    mov.audio_codec = "pcm_s16le";
    CHECK(of_rule(video_findings(video_material("事迹视频.mov", mov), rules), "video.audio").empty());
  }
  SECTION("a camera's interlaced 1080i: the command weaves its fields before scaling")
  {
    auto camera = good_facts();
    camera.width = camera.coded_width = 1920;
    camera.height = camera.coded_height = 1080;
    camera.interlaced = true;
    auto found = video_findings(video_material("00001.MTS", camera), rules);
    auto resolution = std::ranges::find(found, "video.resolution.mismatch", &core::Finding::message_id);
    REQUIRE(resolution != found.end());
    CHECK(resolution->args.at("command").find("-vf \"bwdif=mode=send_frame,scale=1280:720:") !=
          std::string::npos);
  }
  SECTION("the command tone-maps an iPhone's HLG, keeps a 4:3 or 20:9 picture's shape, converts SD's BT.601")
  {
    auto iphone = good_facts();
    iphone.codec = "hevc";
    iphone.hdr = "HLG";
    auto found = video_findings(video_material("IMG_4821.MOV", iphone), rules);
    auto codec = std::ranges::find(found, "video.codec", &core::Finding::rule);
    REQUIRE(codec != found.end());
    const auto& hdr_command = codec->args.at("command");
    CHECK(hdr_command.find("-vf \"zscale=tin=arib-std-b67:") != std::string::npos);
    CHECK(hdr_command.find("tonemap=tonemap=mobius") != std::string::npos);
    CHECK(hdr_command.find("-color_trc bt709") != std::string::npos);

    for (const auto& [width, height] : {std::pair{640, 480}, std::pair{2400, 1080}}) {
      auto other_shape = good_facts();
      other_shape.width = other_shape.coded_width = width;
      other_shape.height = other_shape.coded_height = height;
      found = video_findings(video_material("事迹视频.mp4", other_shape), rules);
      auto resolution = std::ranges::find(found, "video.resolution", &core::Finding::rule);
      REQUIRE(resolution != found.end());
      INFO(width << "×" << height << ": " << resolution->args.at("command"));
      CHECK(resolution->message_id == "video.resolution.shape");
      CHECK(messages::render(*resolution, core::Language::zh).fix.find("画面比例设为 16:9") !=
            std::string::npos);
      CHECK(resolution->args.at("command").find("force_original_aspect_ratio=decrease") != std::string::npos);
      CHECK(resolution->args.at("command").find(",pad=1280:720:") != std::string::npos);
    }

    auto wechat = good_facts();
    wechat.width = wechat.coded_width = 960;
    wechat.height = wechat.coded_height = 540;
    wechat.yuv_matrix = "bt601";
    found = video_findings(video_material("事迹视频.mp4", wechat), rules);
    auto resolution = std::ranges::find(found, "video.resolution", &core::Finding::rule);
    REQUIRE(resolution != found.end());
    CHECK(resolution->args.at("command").find(
              "scale=1280:720:in_color_matrix=bt601:out_color_matrix=bt709") != std::string::npos);

    // Where no size is asked (Beijing's rules), the colours are still converted before the copy is tagged.
    rules::RuleSet no_size;
    no_size.checks = {test::with(test::on_material(test::check_spec("video.codec"), "video"), "codecs",
                                 std::vector<std::string>{"h264"})};
    wechat.codec = "hevc";
    found = video_findings(video_material("事迹视频.mp4", wechat), no_size);
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("command").find(
              "-vf \"scale=iw:ih:in_color_matrix=bt601:out_color_matrix=bt709") != std::string::npos);
  }
  SECTION("judged in the whole seconds a player shows: 5:00 with audio padding is 5:00")
  {
    for (double seconds : {300.002, 300.4, 300.96, 239.6, 239.98}) {
      INFO(seconds);
      auto facts = good_facts();
      facts.duration_s = seconds;
      CHECK(video_findings(video_material("事迹视频.mp4", facts), rules).empty());
    }
    auto over = good_facts();
    over.duration_s = 301.7; // a player shows 5:01
    auto found = video_findings(video_material("事迹视频.mp4", over), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("duration") == "5:01"); // the message, the verdict and the player agree
    CHECK(messages::render(found[0], core::Language::zh).message.find("时长 5分1秒（5:01）") !=
          std::string::npos);
    auto under = good_facts();
    under.duration_s = 239.4;
    found = video_findings(video_material("事迹视频.mp4", under), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("duration") == "3:59");
  }
  SECTION("music longer than the picture: a warning when only the picture is short of the minimum")
  {
    auto facts = good_facts();
    facts.duration_s = 245;       // the file, as a player shows it: 4:05
    facts.video_duration_s = 230; // the picture: 3:50
    auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.duration.picture-short");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(
        messages::render(found[0], core::Language::zh).message ==
        "视频“事迹视频.mp4”总长 4:05，但画面只有 3:50：最后约 15 秒只有声音，画面停住不动（多为配乐比画面长）。"
        "按画面算不足 4分钟（4:00）。");
    // AAC padding (a fraction of a second), or a picture long enough: nothing.
    facts.video_duration_s = 244.2;
    CHECK(video_findings(video_material("事迹视频.mp4", facts), rules).empty());
    facts.duration_s = 262;
    facts.video_duration_s = 241;
    CHECK(video_findings(video_material("事迹视频.mp4", facts), rules).empty());
  }
  SECTION("over 50 MB, no sound, and damage are each reported")
  {
    auto facts = good_facts();
    facts.file_size = 60 * 1024 * 1024;
    facts.has_audio = false;
    facts.damage = {"samples past end of file (file ends at 1234567, index needs 2345678)"};
    auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
    CHECK(of_rule(found, "video.file-size", "video.file-size.too-large").size() == 1);
    CHECK(of_rule(found, "video.audio", "video.audio.missing").size() == 1);
    auto corrupt = of_rule(found, "video.corrupt", "video.corrupt.truncated");
    REQUIRE(corrupt.size() == 1);
    CHECK(corrupt[0].args.at("detail").find("past end of file") != std::string::npos);
    CHECK(of_rule(found, "material.unreadable").empty());
  }
  SECTION("a file that is not a video at all: only video.corrupt, no false spec findings")
  {
    media::VideoFacts facts;
    facts.problem = "not a video";
    auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.corrupt.unreadable");
  }
  SECTION("no sound track where the notice does not ask for sound (a warning) asks whether it should have")
  {
    for (auto& check : rules.checks) {
      if (check.rule == "video.audio") {
        check.severity = core::Severity::warning;
      }
    }
    auto facts = good_facts();
    facts.has_audio = false;
    facts.audio_codec.clear();
    auto found = of_rule(video_findings(video_material("事迹视频.mp4", facts), rules), "video.audio");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.audio.missing-optional");
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("sound and no picture (a recording named .mp4) is said to be sound only, not damage")
  {
    media::VideoFacts facts;
    facts.problem = "no video stream";
    facts.has_audio = true;
    facts.audio_codec = "aac";
    auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.corrupt.sound-only");
    CHECK(found[0].args.at("command").starts_with("ffprobe "));
    // Without sound either, nothing says what the file is: unreadable, as before.
    facts.has_audio = false;
    CHECK(video_findings(video_material("事迹视频.mp4", facts), rules)[0].message_id ==
          "video.corrupt.unreadable");
  }
  SECTION("cut short with its index at the end: FFmpeg cannot open it, and the damage found says why")
  {
    media::VideoFacts facts;
    facts.container = media::Container::mp4;
    facts.problem = "cannot open: moov atom not found";
    facts.damage = {"file ends early: the 'mdat' box at byte 40 needs 752033 bytes, the file has 407983",
                    "index (moov) missing"};
    auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
    auto corrupt = of_rule(found, "video.corrupt", "video.corrupt.truncated");
    REQUIRE(corrupt.size() == 1);
    CHECK(corrupt[0].args.at("detail").find("file ends early") != std::string::npos);
    CHECK(of_rule(found, "video.corrupt", "video.corrupt.unreadable").empty());
  }
  SECTION("damaged pictures in a whole file, or an index that lies in one, are damage, not a cut-off copy")
  {
    for (const char* damage : {"decoding errors: 12 damaged frames, 30 errors",
                               "index damaged (the file is complete): samples past end of file (file ends at "
                               "815930, index needs 2147484000)"}) {
      INFO(damage);
      auto facts = good_facts();
      facts.damage = {damage};
      auto found = video_findings(video_material("事迹视频.mp4", facts), rules);
      CHECK(of_rule(found, "video.corrupt", "video.corrupt.damaged").size() == 1);
      CHECK(of_rule(found, "video.corrupt", "video.corrupt.truncated").empty());
    }
  }
}

TEST_CASE("video checks on real videos made by ffmpeg and probed by media", "[check]")
{
  REQUIRE(test::have_tool("ffmpeg"));
  auto rules = national_video_rules();
  rules.checks[4].params["min_s"] = std::int64_t{1}; // short fixtures: keep the duration out of the way
  rules.checks[4].params["max_s"] = std::int64_t{5};
  const std::vector<std::string> sources{"-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25",
                                         "-f", "lavfi", "-i", "sine=frequency=440",
                                         "-t", "2"};

  SECTION("the notice's own export settings pass")
  {
    auto args = sources;
    args.insert(args.end(), {"-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac"});
    CHECK(video_findings(made_by_ffmpeg("good.mp4", args), rules).empty());
  }
  SECTION("an HEVC phone-style export at 30 fps, portrait, without sound")
  {
    std::vector<std::string> args{"-f",       "lavfi",   "-i",     "testsrc2=size=720x1280:rate=30",
                                  "-t",       "2",       "-c:v",   "libx265",
                                  "-pix_fmt", "yuv420p", "-tag:v", "hvc1"};
    auto found = video_findings(made_by_ffmpeg("phone-hevc.mp4", args), rules);
    CHECK(of_rule(found, "video.codec", "video.codec.hevc").size() == 1);
    CHECK(of_rule(found, "video.resolution", "video.resolution.portrait").size() == 1);
    CHECK(of_rule(found, "video.frame-rate", "video.frame-rate.mismatch").size() == 1);
    CHECK(of_rule(found, "video.audio", "video.audio.missing").size() == 1);
    CHECK(of_rule(found, "video.container").empty());
  }
  SECTION("1280×720 coded as fields is not 720P: interlaced, with the deinterlacing command")
  {
    auto args = sources;
    args.insert(args.end(), {"-c:v", "libx264", "-preset", "ultrafast", "-flags", "+ildct+ilme", "-x264opts",
                             "tff=1", "-pix_fmt", "yuv420p", "-c:a", "aac"});
    auto found = video_findings(made_by_ffmpeg("interlaced-720.mp4", args), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.resolution.interlaced");
    CHECK(found[0].args.at("command").find("bwdif") != std::string::npos);
  }
  SECTION("a voice recording saved as .mp4: sound only, said so")
  {
    std::vector<std::string> args{"-f", "lavfi", "-i", "sine=frequency=440", "-t", "2", "-c:a", "aac"};
    auto found = video_findings(made_by_ffmpeg("recording.mp4", args), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.corrupt.sound-only");
  }
  SECTION("a QuickTime file named .mp4")
  {
    auto args = sources;
    args.insert(args.end(), {"-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-f", "mov"});
    auto found = video_findings(made_by_ffmpeg("quicktime.mp4", args), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.container.misnamed");
  }
}

TEST_CASE("H.264 past the High profile (10-bit, 4:2:2, 4:4:4) is a warning: H.264, but not for every player",
          "[check]")
{
  REQUIRE(test::have_tool("ffmpeg"));
  auto rules = national_video_rules();
  rules.checks[4].params["min_s"] = std::int64_t{1}; // short fixtures: keep the duration out of the way
  rules.checks[4].params["max_s"] = std::int64_t{5};
  auto made_with = [](const std::string& name, const std::string& pixel_format) {
    return made_by_ffmpeg(name, {"-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-f", "lavfi", "-i",
                                 "sine=frequency=440", "-t", "1", "-c:v", "libx264", "-preset", "ultrafast",
                                 "-pix_fmt", pixel_format, "-c:a", "aac"});
  };

  SECTION("10-bit High 10 (a phone's or an editor's HDR export): a warning naming profile and depth, with "
          "an 8-bit re-encode")
  {
    auto found = video_findings(made_with("high10.mp4", "yuv420p10le"), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "video.codec.h264-profile");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("profile") == "High 10");
    CHECK(found[0].args.at("depth") == "10");
    CHECK(found[0].args.at("command").find("-pix_fmt yuv420p ") != std::string::npos);
    auto rendered = messages::render(found[0], core::Language::en);
    CHECK(rendered.message.find("High 10 profile (10-bit, 4:2:0)") != std::string::npos);
  }
  SECTION("4:2:2 and 4:4:4 chroma, 8-bit, are past High too")
  {
    auto four_two_two = video_findings(made_with("high422.mp4", "yuv422p"), rules);
    REQUIRE(four_two_two.size() == 1);
    CHECK(four_two_two[0].args.at("chroma") == "4:2:2");
    auto four_four_four = video_findings(made_with("high444.mp4", "yuv444p"), rules);
    REQUIRE(four_four_four.size() == 1);
    CHECK(four_four_four[0].args.at("chroma") == "4:4:4");
  }
  SECTION("8-bit 4:2:0 in full range (yuvj420p, as Android cameras record) plays everywhere")
  {
    CHECK(video_findings(made_with("full-range.mp4", "yuvj420p"), rules).empty());
  }
}

TEST_CASE("FFmpeg's English never reaches a Chinese message; its meaning does", "[check]")
{
  auto rules = national_video_rules();
  auto facts = good_facts();
  facts.damage = {"FFmpeg: Invalid NAL unit size (1234 > 567)", "index (moov) missing"};
  auto found = of_rule(video_findings(video_material("事迹视频.mp4", facts), rules), "video.corrupt");
  REQUIRE(found.size() == 1);
  const auto zh = messages::render(found[0], core::Language::zh).message;
  CHECK(zh.find("Invalid") == std::string::npos);
  CHECK(zh.find("moov") != std::string::npos); // the box's name, in a Chinese sentence
  CHECK(zh.find("解码器报告数据错误") != std::string::npos);
  const auto en = messages::render(found[0], core::Language::en).message;
  CHECK(en.find("Invalid NAL unit size") != std::string::npos); // English keeps the detail for IT staff
}
