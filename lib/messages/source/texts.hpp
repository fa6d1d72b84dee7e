#pragma once

#include <span>
#include <string_view>

// The message texts, split by family across texts_*.cpp. Texts use `{name}` placeholders
// filled from Finding::args (render.cpp); `{name_zh}` / `{name_en}` render a neutral arg's value in the
// language ("photo" → 照片 / photos). A fix holds what a district clerk does in WPS / Word / 剪映 / the
// phone, then, after a line break, a command for IT staff where one helps.
namespace nominate::messages {

struct MessageText {
  std::string_view id;
  std::string_view zh;
  std::string_view en;
  std::string_view zh_fix;
  std::string_view en_fix;
};

// A paragraph several entries share, used in them as `{name}` (it may hold placeholders itself).
struct Snippet {
  std::string_view name;
  std::string_view text;
};

[[nodiscard]] std::span<const Snippet> video_snippets(); // {reexport_zh}, {reexport_en}

[[nodiscard]] std::span<const MessageText>
intake_messages(); // material.* but the two below, form.*, waiver.*
[[nodiscard]] std::span<const MessageText> missing_messages(); // material.missing.*, material.count.*
[[nodiscard]] std::span<const MessageText> field_messages();   // field.*, text.length
[[nodiscard]] std::span<const MessageText> photo_messages();   // photo.* but photo.background
[[nodiscard]] std::span<const MessageText> photo_background_messages(); // photo.background.*
[[nodiscard]] std::span<const MessageText> video_messages();            // video.*
[[nodiscard]] std::span<const MessageText> eligibility_messages();      // eligibility.*
[[nodiscard]] std::span<const MessageText> batch_messages();            // batch.*
[[nodiscard]] std::span<const MessageText> package_messages();          // package.*
// video.audio-silent, video.black, video.frozen, video.dark, video.blurry, text.promo-copied,
// batch.text-reuse
[[nodiscard]] std::span<const MessageText> content_messages();

} // namespace nominate::messages
