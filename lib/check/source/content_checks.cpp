// What a video shows and sounds like, measured by the deep probe (media::VideoContent): video.audio-silent,
// video.black, video.frozen, video.dark, video.blurry. Beijing's notice asks
// "声音、画面等要清晰，能够完整反映 申报个人的基本情况"; reviewers everywhere reject a silent video, one
// black for half its length, or a frozen slideshow. Every threshold is the rule set's (catalog_content.cpp
// gives the defaults). Without --deep the content is not measured and these checks find nothing — they never
// claim more than was checked.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/media/video.hpp>

#include <algorithm>
#include <cmath>

namespace nominate::check {
namespace {

struct Measured {
  const folder::Material* material;
  const media::VideoContent* content;
};

std::vector<Measured> measured(const CheckContext& context, const rules::CheckSpec& spec)
{
  std::vector<Measured> out;
  for (const auto* material : target_materials(context, spec)) {
    if (material->video && !material->video->problem && material->video->content &&
        material->video->content->duration_s > 0) {
      out.push_back({material, &*material->video->content});
    }
  }
  return out;
}

// "0:12–0:30、1:05–1:20" for a person; "12.0-30.0;65.0-80.0" (seconds) for the HTML report and scripts.
void add_ranges(const std::vector<media::TimeRange>& ranges, core::Finding& finding)
{
  constexpr std::size_t k_shown = 5;
  std::vector<std::string> shown;
  std::vector<std::string> seconds;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    if (i < k_shown) {
      shown.push_back(format_mmss(ranges[i].start_s) + "–" + format_mmss(ranges[i].end_s));
    }
    seconds.push_back(format_number(ranges[i].start_s, 1) + "-" + format_number(ranges[i].end_s, 1));
  }
  if (ranges.size() > k_shown) {
    shown.push_back("…");
  }
  finding.args["ranges"] = join(shown, ", ");
  finding.args["ranges_s"] = join(seconds, ";");
}

bool inside(const std::vector<media::TimeRange>& ranges, double time_s)
{
  return std::ranges::any_of(
      ranges, [&](const auto& range) { return time_s >= range.start_s && time_s < range.end_s; });
}

// Pictures that can be judged for light and focus: not inside a black stretch (video.black reports those).
std::vector<media::PictureSample> visible_pictures(const media::VideoContent& content)
{
  std::vector<media::PictureSample> out;
  std::ranges::copy_if(content.pictures, std::back_inserter(out),
                       [&](const auto& sample) { return !inside(content.black, sample.time_s); });
  return out;
}

// Black or frozen stretches over `max_share` of the duration.
void check_stretches(const CheckContext& context, const rules::CheckSpec& spec,
                     std::vector<media::TimeRange> media::VideoContent::*ranges, const char* message_id,
                     Findings& out)
{
  const double max_share = number_param(spec, "max_share");
  for (const auto& [material, content] : measured(context, spec)) {
    const double total = media::total_seconds(content->*ranges);
    const double share = total / content->duration_s;
    if (share <= max_share) {
      continue;
    }
    auto finding = material_finding(spec, *material, message_id);
    finding.args["share"] = format_percent(share);
    finding.args["max_share"] = format_percent(max_share);
    finding.args["seconds"] = format_number(total, 1);
    add_ranges(content->*ranges, finding);
    finding.expected = "≤ " + format_percent(max_share);
    finding.actual = format_percent(share) + " (" + format_number(total, 1) + " s)";
    out.push_back(std::move(finding));
  }
}

} // namespace

void check_video_black(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  check_stretches(context, spec, &media::VideoContent::black, "video.black.share", out);
}

void check_video_frozen(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  check_stretches(context, spec, &media::VideoContent::frozen, "video.frozen.share", out);
}

void check_video_audio_silent(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const double max_share = number_param(spec, "max_share");
  const double min_lufs = number_param(spec, "min_lufs");
  for (const auto& [material, content] : measured(context, spec)) {
    if (!content->has_audio) {
      if (spec.flag("require_audio")) {
        auto finding = material_finding(spec, *material, "video.audio-silent.no-track");
        finding.expected = "sound";
        finding.actual = "no sound track";
        out.push_back(std::move(finding));
      }
      continue;
    }
    const double silent = media::total_seconds(content->silent);
    const double share = silent / content->duration_s;
    const auto lufs = content->loudness_lufs;
    const std::string loudness =
        lufs && std::isfinite(*lufs) ? format_number(*lufs, 1) + " LUFS" : "-inf LUFS";
    std::string message_id;
    if (share > max_share) {
      message_id = "video.audio-silent.silent";
    } else if (!lufs || !std::isfinite(*lufs) || *lufs < min_lufs) {
      message_id = "video.audio-silent.quiet";
    } else {
      continue;
    }
    auto finding = material_finding(spec, *material, message_id);
    finding.args["share"] = format_percent(share);
    finding.args["max_share"] = format_percent(max_share);
    finding.args["loudness"] = loudness;
    finding.args["min_lufs"] = format_number(min_lufs, 1) + " LUFS";
    add_ranges(content->silent, finding);
    finding.expected =
        "silence ≤ " + format_percent(max_share) + ", loudness ≥ " + format_number(min_lufs, 1) + " LUFS";
    finding.actual = "silence " + format_percent(share) + ", loudness " + loudness;
    out.push_back(std::move(finding));
  }
}

void check_video_dark(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const double max_luma = number_param(spec, "max_luma");
  const double max_share = number_param(spec, "max_share");
  for (const auto& [material, content] : measured(context, spec)) {
    const auto pictures = visible_pictures(*content);
    if (pictures.empty()) {
      continue;
    }
    const auto dark =
        std::ranges::count_if(pictures, [&](const auto& sample) { return sample.luma < max_luma; });
    const double share = static_cast<double>(dark) / static_cast<double>(pictures.size());
    if (share <= max_share) {
      continue;
    }
    double mean = 0;
    for (const auto& sample : pictures) {
      mean += sample.luma;
    }
    mean /= static_cast<double>(pictures.size());
    auto finding = material_finding(spec, *material, "video.dark.share");
    finding.severity = at_most_warning(finding.severity);
    finding.args["share"] = format_percent(share);
    finding.args["max_share"] = format_percent(max_share);
    finding.args["luma"] = format_number(mean, 0);
    finding.args["max_luma"] = format_number(max_luma, 0);
    finding.expected =
        "≤ " + format_percent(max_share) + " of pictures with mean luma < " + format_number(max_luma, 0);
    finding.actual = format_percent(share) + " (mean luma " + format_number(mean, 0) + ")";
    out.push_back(std::move(finding));
  }
}

void check_video_blurry(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const double max_blur = number_param(spec, "max_blur");
  const double max_share = number_param(spec, "max_share");
  for (const auto& [material, content] : measured(context, spec)) {
    const auto pictures = visible_pictures(*content);
    if (pictures.empty()) {
      continue;
    }
    const auto soft =
        std::ranges::count_if(pictures, [&](const auto& sample) { return sample.blur > max_blur; });
    const double share = static_cast<double>(soft) / static_cast<double>(pictures.size());
    if (share <= max_share) {
      continue;
    }
    std::vector<double> blur;
    for (const auto& sample : pictures) {
      blur.push_back(sample.blur);
    }
    std::ranges::nth_element(blur, blur.begin() + static_cast<std::ptrdiff_t>(blur.size() / 2));
    auto finding = material_finding(spec, *material, "video.blurry.share");
    finding.severity = at_most_warning(finding.severity);
    finding.args["share"] = format_percent(share);
    finding.args["max_share"] = format_percent(max_share);
    finding.args["blur"] = format_number(blur[blur.size() / 2], 1);
    finding.args["max_blur"] = format_number(max_blur, 1);
    finding.expected =
        "≤ " + format_percent(max_share) + " of pictures with blur > " + format_number(max_blur, 1);
    finding.actual = format_percent(share) + " (median blur " + format_number(blur[blur.size() / 2], 1) + ")";
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check
