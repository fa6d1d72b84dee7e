// material.missing and material.count (driven by the rule set's `materials`), and material.unreadable for
// photos and videos whose probe could not read them.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/folder/discover.hpp>
#include <nominate/media/image.hpp>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <limits>
#include <optional>

namespace nominate::check {
namespace {

// A finding driven by a MaterialSpec: its severity and clause, unless a `checks` entry overrides them.
core::Finding material_rule_finding(const CheckContext& context, const rules::MaterialSpec& spec,
                                    std::string_view rule, std::string message_id)
{
  core::Finding finding;
  finding.rule = std::string(rule);
  finding.severity = spec.severity;
  finding.clause = spec.clause;
  finding.message_id = std::move(message_id);
  if (const auto* check = override_for(context.rule_set, rule, std::nullopt, spec.role)) {
    finding.severity = check->severity;
    if (!check->clause.empty()) {
      finding.clause = check->clause;
    }
  }
  finding.args["role"] = spec.role;
  return finding;
}

std::string bounds_text(int min, std::optional<int> max)
{
  if (!max) {
    return "≥ " + std::to_string(min);
  }
  if (*max == min) {
    return std::to_string(min);
  }
  if (min == 0) {
    return "≤ " + std::to_string(*max);
  }
  return std::to_string(min) + "–" + std::to_string(*max);
}

// Photo formats the probe decodes (JPEG, PNG, HEIC/HEIF/AVIF), and content it could not name: a problem with
// one of these means the file is damaged, cut off, or beyond this tool. WebP, BMP and the like are never
// decoded, and photo.format speaks for them.
bool decodable_format(media::ImageFormat format)
{
  return media::can_decode(format) || format == media::ImageFormat::unknown;
}

// A HEIC/HEIF/AVIF that libheif could not decode for want of a codec (or any reason but damage) is not
// damaged: photo.format names it and the checks that could not run.
bool left_to_photo_format(const media::PhotoFacts& photo)
{
  const bool heif = photo.format == media::ImageFormat::heic || photo.format == media::ImageFormat::heif ||
                    photo.format == media::ImageFormat::avif;
  return heif && photo.problem_kind != media::PhotoProblem::damaged &&
         photo.problem_kind != media::PhotoProblem::truncated;
}

// The message for a photo the probe could not judge: truncated and unsupported files say what they are and
// which photo checks could not run.
std::string_view photo_unreadable_message(media::PhotoProblem kind)
{
  switch (kind) {
  case media::PhotoProblem::truncated:
    return "material.unreadable.truncated";
  case media::PhotoProblem::unsupported:
    return "material.unreadable.unsupported";
  case media::PhotoProblem::too_large:
    return "material.unreadable.too-large";
  default:
    return "material.unreadable.damaged";
  }
}

// A file its reader could not read (damaged, empty, not what its name says) is reported by
// read_error_checks.cpp, once.
bool already_unreadable(const folder::Material& material)
{
  return material.read_error && reports_unreadable(material.read_error->kind);
}

// The files a reader found unreadable: those that are no material (links, folders named like a file, paths
// too long), then the materials, in path order.
std::vector<std::string> unreadable_files(const folder::Submission& submission)
{
  std::vector<std::string> out;
  for (const auto& unreadable : submission.unreadable) {
    if (reports_unreadable(unreadable.error.kind)) {
      out.push_back(unreadable.file);
    }
  }
  for (const auto& material : submission.materials) {
    if (already_unreadable(material)) {
      out.push_back(material.file);
    }
  }
  return out;
}

// The file that would have been this material had it been usable: a file named for the role (推介表.docx,
// 证件照.jpg, 工作总结.txt, a video's or photo's extension) that its reader found unreadable. A material
// whose only candidate is unusable is missing *because* of it, and the finding says so, naming it.
std::vector<std::string> unusable_candidates(const folder::Submission& submission, const std::string& role)
{
  std::vector<std::string> out;
  static const std::vector<std::string> k_video = {".mp4", ".mov", ".m4v", ".avi", ".mkv", ".wmv", ".flv"};
  static const std::vector<std::string> k_image = {".jpg", ".jpeg", ".jfif", ".png", ".heic", ".heif"};
  for (const auto& file : unreadable_files(submission)) {
    if (file.empty()) {
      continue;
    }
    const std::filesystem::path path(file);
    const std::string name = path.filename().string();
    std::string extension = path.extension().string();
    std::ranges::transform(extension, extension.begin(), [](unsigned char c) {
      return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    });
    const bool image = std::ranges::find(k_image, extension) != k_image.end();
    const bool matches = (role == "form" && folder::names_form(name)) ||
                         (role == "id_photo" && image && folder::names_id_photo(name, {})) ||
                         (role == "photo" && image && !folder::names_id_photo(name, {})) ||
                         (role == "summary" && folder::names_summary(name)) ||
                         (role == "video" && std::ranges::find(k_video, extension) != k_video.end());
    if (matches) {
      out.push_back(file);
    }
  }
  return out;
}

std::optional<std::string> unusable_candidate(const folder::Submission& submission, const std::string& role)
{
  auto candidates = unusable_candidates(submission, role);
  return candidates.empty() ? std::nullopt : std::optional<std::string>(std::move(candidates.front()));
}

// A usable file whose name names the missing role but that the folder reader took as another, most often
// for a second keyword in its name: 证件照扫描件.jpg is a stamped scan (扫描), 推介表（盖章）.docx a scan,
// 证件照.jpg's twin 生活照-证件照.jpg the ID photo. Only a file of a kind that could be the role counts (a
// PDF scan of the form is not the form). The clerk, who sees 证件照 in the name, is told why it did not
// count.
const folder::Material* taken_as_other(const folder::Submission& submission, const std::string& role)
{
  for (const auto& material : submission.materials) {
    if (folder::to_string(material.role) == role) {
      continue;
    }
    const std::string name = std::filesystem::path(material.file).filename().string();
    const bool document = material.type == "docx" || material.type == "doc" || material.type == "wps";
    // A scan is not probed as a photo: its type (by content) says whether it is a picture.
    const bool picture = material.photo || material.type == "jpeg" || material.type == "png" ||
                         material.type == "heic" || material.type == "heif" || material.type == "webp";
    // A PDF named 证件照 (a studio's export, 打印为 PDF) is taken for a scan: said as the PDF it is.
    const bool pdf_photo = material.type == "pdf" && !folder::names_scan(name);
    const bool matches =
        (role == "id_photo" && (picture || pdf_photo) && folder::names_id_photo(name, {})) ||
        (role == "form" && document && folder::names_form(name)) ||
        (role == "summary" && (document || material.type == "txt") && folder::names_summary(name));
    if (matches) {
      return &material;
    }
  }
  return nullptr;
}

// The name the fix suggests for a file taken as another role: the role's plain name, the file's extension.
std::string plain_name(const std::string& role, const std::string& file)
{
  const std::string stem = role == "id_photo" ? "证件照" : role == "form" ? "推介表" : "工作总结";
  return stem + std::filesystem::path(file).extension().string();
}

bool corrupt_check_covers(const rules::RuleSet& rule_set, folder::Role role)
{
  return std::ranges::any_of(rule_set.checks, [&](const rules::CheckSpec& spec) {
    return spec.rule == "video.corrupt" && spec.material && parse_role(*spec.material) == role;
  });
}

// The rule set's `material.unreadable` entry if it has one; else an error, as design.md asks of a corrupt
// photo or video ("a finding (exit 1), never exit 2").
rules::CheckSpec unreadable_spec(const rules::RuleSet& rule_set, folder::Role role)
{
  if (const auto* spec =
          override_for(rule_set, "material.unreadable", std::nullopt, folder::to_string(role))) {
    return *spec;
  }
  rules::CheckSpec spec;
  spec.rule = "material.unreadable";
  spec.severity = core::Severity::error;
  return spec;
}

} // namespace

void check_material_counts(const CheckContext& context, Findings& out)
{
  const auto& submission = context.submission;
  auto count_of = [&](const rules::MaterialSpec& spec) {
    auto role = parse_role(spec.role);
    if (!role) {
      return 0;
    }
    auto count = static_cast<int>(submission.with_role(*role).size());
    if (spec.includes_id_photo && *role == folder::Role::photo) {
      count += static_cast<int>(submission.with_role(folder::Role::id_photo).size());
    }
    return count;
  };
  // Seed 000, 报送材料 3: "事迹特别感人的百姓学习之星"… 提交材料：相关照片（电子版，3-5张）或音像视频资料 —
  // besides the usual materials. So a material's special bounds count what comes on top of its usual count
  // (a star: 2 photos + 3–5 related ones = 5–7; or the 2 photos and a video), and the materials with special
  // bounds are alternatives: meeting any one's is enough. Only when none is met is it reported, once, on the
  // photos (the alternative with a range).
  auto alternative = [](const rules::MaterialSpec& spec) { return spec.special_min || spec.special_max; };
  auto special_needed = [](const rules::MaterialSpec& spec) {
    return spec.min + spec.special_min.value_or(1);
  };
  bool special_short = std::ranges::all_of(context.rule_set.materials, [&](const auto& spec) {
    return !alternative(spec) || count_of(spec) < special_needed(spec);
  });
  const rules::MaterialSpec* report_on = nullptr;
  for (const auto& spec : context.rule_set.materials) {
    if (alternative(spec) && parse_role(spec.role) &&
        (report_on == nullptr || (spec.special_max && !report_on->special_max))) {
      report_on = &spec;
    }
  }

  for (const auto& spec : context.rule_set.materials) {
    if (!parse_role(spec.role)) {
      continue;
    }
    auto count = count_of(spec);
    int low = spec.min;
    // No upper bound is INT_MAX here rather than an empty optional: GCC 12 misreads the optional as
    // maybe-uninitialised in optimised builds.
    int high_value = spec.max.value_or(std::numeric_limits<int>::max());
    if (submission.special && alternative(spec)) {
      if (spec.max && spec.special_max) {
        high_value = *spec.max + *spec.special_max;
      } else if (high_value < special_needed(spec)) {
        high_value = std::numeric_limits<int>::max(); // a special minimum above the usual maximum
      }
      if (special_short && &spec == report_on) {
        auto special_low = spec.special_min.value_or(1);
        auto finding =
            material_rule_finding(context, spec, "material.count", "material.count.special-too-few");
        finding.args["count"] = std::to_string(count);
        finding.args["usual"] = std::to_string(spec.min);
        finding.args["extra"] = std::to_string(std::max(0, count - spec.min));
        finding.args["min"] = std::to_string(special_low);
        finding.args["max"] =
            spec.special_max ? std::to_string(*spec.special_max) : std::to_string(special_low);
        std::optional<int> total_max;
        if (spec.max && spec.special_max) {
          total_max = *spec.max + *spec.special_max;
        }
        finding.expected = bounds_text(spec.min + special_low, total_max);
        finding.actual = std::to_string(count);
        out.push_back(std::move(finding));
        continue;
      }
    }
    std::optional<int> high;
    if (high_value != std::numeric_limits<int>::max()) {
      high = high_value;
    }
    auto expected = bounds_text(low, high);
    if (count == 0 && low > 0) {
      auto candidate = unusable_candidate(context.submission, spec.role);
      const auto* other = candidate ? nullptr : taken_as_other(context.submission, spec.role);
      const bool pdf = other != nullptr && other->type == "pdf";
      auto finding = material_rule_finding(context, spec, "material.missing",
                                           candidate ? "material.missing.unusable"
                                           : pdf     ? "material.missing.photo-as-pdf"
                                           : other   ? "material.missing.taken-as-other"
                                                     : "material.missing." + spec.role);
      if (candidate) {
        finding.args["candidate"] = *candidate;
      }
      if (other != nullptr) {
        finding.args["candidate"] = other->file;
        finding.args["taken_as"] = folder::to_string(other->role);
        finding.args["role_one"] = spec.role;
        finding.args["example"] = plain_name(spec.role, other->file);
        if (pdf) {
          finding.args["command"] = "pdftoppm -jpeg -r 300 -singlefile " + shell_quoted(other->file) + " " +
                                    shell_quoted(std::filesystem::path(other->file).stem().string());
        }
      }
      finding.expected = expected;
      finding.actual = "0";
      out.push_back(std::move(finding));
      continue;
    }
    std::string message_id;
    if (count < low) {
      message_id = "material.count.too-few";
    } else if (high && count > *high) {
      message_id = "material.count.too-many";
    } else {
      continue;
    }
    // Files that would have been counted had they been usable (an empty 证件照.jpg, a damaged photo): the
    // count is of usable files, and says which are not, so the clerk is not told to add what is there.
    std::vector<std::string> unusable;
    if (message_id == "material.count.too-few") {
      unusable = unusable_candidates(submission, spec.role);
      if (spec.includes_id_photo && spec.role == "photo") {
        std::ranges::move(unusable_candidates(submission, "id_photo"), std::back_inserter(unusable));
      }
      if (!unusable.empty()) {
        message_id = "material.count.too-few-unusable";
      }
    }
    auto finding = material_rule_finding(context, spec, "material.count", message_id);
    finding.args["count"] = std::to_string(count);
    if (!unusable.empty()) {
      finding.args["unusable"] = join(unusable, "、");
    }
    finding.args["min"] = std::to_string(low);
    finding.args["max"] = high ? std::to_string(*high) : "—";
    if (message_id == "material.count.too-many") {
      // Which files were counted, so that the clerk knows which to move out; the hint on scans is for
      // photos only (a stamped page scanned as a JPEG is counted as one).
      auto role = *parse_role(spec.role);
      std::vector<std::string> files;
      for (const auto* material : submission.with_role(role)) {
        files.push_back(material->file);
      }
      if (spec.includes_id_photo && role == folder::Role::photo) {
        for (const auto* material : submission.with_role(folder::Role::id_photo)) {
          files.push_back(material->file);
        }
      }
      constexpr std::size_t k_files_named = 8;
      const bool more = files.size() > k_files_named;
      files.resize(std::min(files.size(), k_files_named));
      finding.args["files"] = join(files, "、") + (more ? "…" : "");
      const bool photos = role == folder::Role::photo || role == folder::Role::id_photo;
      finding.args["scan_hint_zh"] =
          photos ? "盖章页的扫描件请在文件名中写“盖章”或“扫描”，就不会算作照片。" : "";
      finding.args["scan_hint_en"] =
          photos ? " Name scans of stamped pages with 盖章 or 扫描 so they are not counted as photos." : "";
    }
    finding.expected = expected;
    finding.actual = std::to_string(count);
    out.push_back(std::move(finding));
  }
}

void check_unreadable_media(const CheckContext& context, Findings& out)
{
  for (const auto& material : context.submission.materials) {
    if (already_unreadable(material)) {
      continue;
    }
    std::string detail;
    std::string_view message;
    if (material.photo && material.photo->problem && decodable_format(material.photo->format) &&
        !left_to_photo_format(*material.photo)) {
      detail = *material.photo->problem;
      message = photo_unreadable_message(material.photo->problem_kind);
    } else if (material.video && (material.video->problem || !material.video->damage.empty()) &&
               !corrupt_check_covers(context.rule_set, material.role)) {
      detail = material.video->problem ? *material.video->problem : join(material.video->damage, "; ");
    } else {
      continue;
    }
    // A photo past the probe's safety limits is not damaged, only too big to look into.
    bool too_large = detail.starts_with("over pixel budget") || detail.starts_with("file too large");
    if (message.empty() || message == "material.unreadable.damaged") {
      message = too_large ? "material.unreadable.too-large" : "material.unreadable.damaged";
    }
    auto finding =
        material_finding(unreadable_spec(context.rule_set, material.role), material, std::string(message));
    finding.args["detail"] = detail;
    // The decoder's English stays in the English text and `actual`; {problem_zh} says what it means.
    if (material.video) {
      finding.args["problem"] = material.video->problem ? "video-unopenable" : "video-damaged";
    }
    if (material.photo && !material.video) {
      const auto& photo = *material.photo;
      if (photo.problem_kind == media::PhotoProblem::unsupported) {
        finding.args["problem"] = photo.bit_depth > 8 ? "deep-colour" : "unsupported";
        finding.args["bit_depth"] = std::to_string(photo.bit_depth);
      } else {
        finding.args["problem"] = too_large ? "too-large" : "damaged";
      }
      if (too_large) {
        // The decoder's detail is English: the Chinese text says the same in its own words.
        finding.args["extent_zh"] =
            photo.width > 0 && photo.height > 0
                ? std::to_string(photo.width) + "×" + std::to_string(photo.height) + " 像素"
                : (detail.starts_with("file too large") ? "文件超过本工具读取的大小" : "像素过多");
      }
    }
    finding.actual = detail;
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check
