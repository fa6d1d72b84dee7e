// photo.*: what the notices ask of a photo (national: 2寸免冠彩色证件照; Beijing:
// 一寸白底彩色个人照片…大小不超过2M， 格式：jpg, png). Each check reads the probe's facts; a photo the probe
// could not decode is skipped by the checks that need its pixels (material.unreadable reports it), so no
// false finding is made of it.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/media/photo.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace nominate::check {
namespace {

using media::ImageFormat;

// An image format's family name as the rule files write it ("jpg" and "jpeg" alike).
std::string family(std::string name)
{
  std::ranges::transform(name, name.begin(),
                         [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  if (name == "jpg") {
    return "jpeg";
  }
  return name;
}

// HEIC and HEIF are one family to a rule file ("heic" allows both); AVIF is its own format.
bool allowed_family(const std::vector<std::string>& families, const std::string& format)
{
  auto listed = [&](std::string_view name) { return std::ranges::find(families, name) != families.end(); };
  if (format == "heic" || format == "heif") {
    return listed("heic") || listed("heif");
  }
  return listed(format);
}

// The message for a format not allowed: named truthfully. HEIC (HEVC in HEIF) is what iPhones and many
// Android phones (Huawei, Xiaomi, Samsung, …) save in "high efficiency" mode; a plain HEIF is another
// phone's or camera's; AVIF comes from web pages and image tools, not from a phone's camera.
std::string format_message(const std::string& format)
{
  if (format == "heic" || format == "heif") {
    return "photo.format.heic";
  }
  if (format == "avif") {
    return "photo.format.avif";
  }
  // A studio's or an editor's file (Photoshop, JPEG 2000, JPEG XL): no phone or Paint opens it.
  if (format == "psd" || format == "jp2" || format == "jxl") {
    return "photo.format.studio";
  }
  return "photo.format.other";
}

// The photo checks this rule set runs on `material` that need its pixels, for a photo that could not be
// decoded: said in the finding so a pass never claims more than was checked.
std::vector<std::string> unchecked(const CheckContext& context, const folder::Material& material)
{
  std::vector<std::string> names;
  for (const auto& spec : context.rule_set.checks) {
    if (spec.rule != "photo.dimensions" && spec.rule != "photo.color" && spec.rule != "photo.background") {
      continue;
    }
    if (spec.material && *spec.material != folder::to_string(material.role)) {
      continue;
    }
    if (std::ranges::find(names, spec.rule) == names.end()) {
      names.push_back(spec.rule);
    }
  }
  return names;
}

// True when one of this rule set's photo.format checks on the material's role refuses the photo's format.
bool format_refused(const CheckContext& context, const folder::Material& material)
{
  const auto format = family(media::to_string(material.photo->format));
  for (const auto& spec : context.rule_set.checks) {
    if (spec.rule != "photo.format" ||
        (spec.material && *spec.material != folder::to_string(material.role))) {
      continue;
    }
    auto allowed = spec.strings("formats");
    std::vector<std::string> families;
    families.reserve(allowed.size());
    for (const auto& name : allowed) {
      families.push_back(family(name));
    }
    if (!families.empty() && !allowed_family(families, format)) {
      return true;
    }
  }
  return false;
}

std::string upper(std::string name)
{
  std::ranges::transform(name, name.begin(),
                         [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return name;
}

std::string usual_extension(std::string_view format)
{
  if (format == "jpeg") {
    return ".jpg";
  }
  if (format == "tiff") {
    return ".tif";
  }
  return "." + std::string(format);
}

// Photos the check applies to, with their facts; a photo whose content format is unknown is left to
// material.unreadable.
std::vector<const folder::Material*> photos(const CheckContext& context, const rules::CheckSpec& spec)
{
  auto materials = target_materials(context, spec);
  std::erase_if(materials, [](const folder::Material* material) {
    return !material->photo || material->photo->format == ImageFormat::unknown;
  });
  return materials;
}

std::string size_text(int width, int height)
{
  return std::to_string(width) + "×" + std::to_string(height);
}

// The ID photo size a rule names ("1寸", "2寸"; 一寸/二寸 alike); nullopt for one media does not know.
std::optional<media::IdPhotoSize> id_photo_size(std::string_view size)
{
  for (auto candidate : {media::IdPhotoSize::one_inch, media::IdPhotoSize::two_inch}) {
    if (size == media::to_string(candidate)) {
      return candidate;
    }
  }
  if (size == "一寸") {
    return media::IdPhotoSize::one_inch;
  }
  if (size == "二寸") {
    return media::IdPhotoSize::two_inch;
  }
  return std::nullopt;
}

// The pixel sizes of a 1寸 photo's file as studios and ID-photo apps make it: 1寸 (25×35 mm) and 小一寸
// (22×32 mm) at 300 dpi.
bool is_one_inch_file(int width, int height)
{
  return (width == 295 && height == 413) || (width == 260 && height == 378);
}

// A crop to the size's proportions, centred left to right and keeping the top (the head):
// `convert 照片.jpg -crop 500x700+390+0 +repage 照片-5比7.jpg`.
std::string crop_command(const folder::Material& material, int width, int height,
                         const media::IdPhotoSpec& mm)
{
  auto crop_width = width;
  auto crop_height = static_cast<int>(std::lround(static_cast<double>(width) * mm.height_mm / mm.width_mm));
  if (crop_height > height) {
    crop_height = height;
    crop_width = static_cast<int>(std::lround(static_cast<double>(height) * mm.width_mm / mm.height_mm));
  }
  // -auto-orient first: the sizes are as displayed, after the EXIF rotation, and so is the crop.
  return "convert " + shell_quoted(material.file) + " -auto-orient -crop " + std::to_string(crop_width) +
         "x" + std::to_string(crop_height) + "+" + std::to_string((width - crop_width) / 2) + "+0 +repage " +
         shell_quoted(stem_of(material.file) + "-5比7.jpg");
}

// A tenth of the border shown black or chequered by one viewer is already plainly not a white background;
// an opaque photo's anti-aliased cut-out edge is far less.
constexpr double k_transparent_border = 0.10;

// The colour ImageMagick lays a transparent photo over to give it the background asked: the studios' 蓝底
// and 红底 shades, not ImageMagick's pure "blue" and "red".
std::string flatten_colour(std::string_view colour)
{
  if (colour == "blue") {
    return "\"#438edb\"";
  }
  if (colour == "red") {
    return "\"#d9001b\"";
  }
  return std::string(colour);
}

// A JPEG in arithmetic coding is JPEG as a notice asks, but not every viewer or web form can show it:
// advice, a warning whatever the rule's severity. jpegtran rewrites it in the usual Huffman coding,
// losslessly.
core::Finding arithmetic_finding(const rules::CheckSpec& spec, const folder::Material& material)
{
  auto finding = material_finding(spec, material, "photo.format.arithmetic");
  finding.severity = at_most_warning(spec.severity);
  finding.args["command"] = "jpegtran -copy all -outfile " +
                            shell_quoted(stem_of(material.file) + "-转换.jpg") + " " +
                            shell_quoted(material.file);
  finding.expected = "jpeg (Huffman)";
  finding.actual = "jpeg (arithmetic)";
  return finding;
}

// A CMYK JPEG (made for the printer, often by a studio's Photoshop) is JPEG as a notice asks, but upload
// systems that want RGB refuse it and some viewers show it in wrong colours: advice, a warning whatever the
// rule's severity.
core::Finding cmyk_finding(const rules::CheckSpec& spec, const folder::Material& material)
{
  auto finding = material_finding(spec, material, "photo.format.cmyk");
  finding.severity = at_most_warning(spec.severity);
  finding.args["command"] = "convert " + shell_quoted(material.file) + " -colorspace sRGB " +
                            shell_quoted(stem_of(material.file) + "-转换.jpg");
  finding.expected = "jpeg (RGB)";
  finding.actual = "jpeg (CMYK)";
  return finding;
}

} // namespace

void check_photo_format(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto allowed = spec.strings("formats");
  if (allowed.empty()) {
    return;
  }
  std::vector<std::string> families;
  families.reserve(allowed.size());
  for (const auto& name : allowed) {
    families.push_back(family(name));
  }
  for (const auto* material : photos(context, spec)) {
    // A broken file (cut short in transfer) is material.unreadable's alone: re-saving it in another format,
    // or fix, cannot help; it is to be sent again.
    const auto problem = material->photo->problem_kind;
    if (!material->photo->decoded &&
        (problem == media::PhotoProblem::damaged || problem == media::PhotoProblem::truncated)) {
      continue;
    }
    auto format = family(media::to_string(material->photo->format));
    if (allowed_family(families, format)) {
      // Only a photo that decoded: fix can convert it; one that did not is material.unreadable's.
      if (material->photo->arithmetic && material->photo->decoded) {
        out.push_back(arithmetic_finding(spec, *material));
      }
      if (material->photo->cmyk && material->photo->decoded) {
        out.push_back(cmyk_finding(spec, *material));
      }
      continue;
    }
    bool heif = format == "heic" || format == "heif" || format == "avif";
    auto finding = material_finding(spec, *material, format_message(format));
    // The words follow the severity: an error says the notice requires the formats, a warning advises them.
    const bool required = spec.severity == core::Severity::error;
    finding.args["requirement"] = required ? "required" : "advised";
    auto skipped = material->photo->decoded ? std::vector<std::string>{} : unchecked(context, *material);
    finding.args["unchecked"] = join(skipped, ",");
    std::vector<std::string> names;
    names.reserve(families.size());
    for (const auto& name : families) {
      names.push_back(upper(name));
    }
    finding.args["format"] = upper(format);
    finding.args["formats"] = join(names, " / ");
    // Named as another format (an HEIC named .jpg): said here, and photo.extension keeps quiet about it.
    auto extension = extension_of(material->file);
    const bool misnamed = !extension.empty() && !media::extension_matches(material->photo->format, extension);
    finding.args["named"] = misnamed ? "." + extension : "";
    // A new name always: an HEIC photo often already ends in .jpg, and the fix must not overwrite it.
    auto output = shell_quoted(stem_of(material->file) + "-转换.jpg");
    // A Photoshop file's first image is its flattened picture: "证件照.psd[0]".
    const std::string input = shell_quoted(material->file + (format == "psd" ? "[0]" : ""));
    finding.args["command"] = heif ? fmt::format("heif-convert {} {}", shell_quoted(material->file), output)
                                   : fmt::format("convert {} -quality 92 {}", input, output);
    finding.expected = join(families, ", ");
    finding.actual = format;
    out.push_back(std::move(finding));
  }
}

void check_photo_extension(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  for (const auto* material : photos(context, spec)) {
    auto extension = extension_of(material->file);
    if (media::extension_matches(material->photo->format, extension)) {
      continue; // .jfif and .jpe are JPEG too (Windows and WeChat save them)
    }
    if (format_refused(context, *material)) {
      continue; // photo.format says so, and converting to JPEG mends the name as well
    }
    auto content = family(media::to_string(material->photo->format));
    auto finding = material_finding(spec, *material, "photo.extension.mismatch");
    finding.args["content"] = upper(content);
    finding.args["extension"] = extension.empty() ? "—" : "." + extension;
    finding.args["suggested"] = usual_extension(content);
    finding.expected = usual_extension(content);
    finding.actual = extension.empty() ? "" : "." + extension;
    out.push_back(std::move(finding));
  }
}

void check_photo_file_size(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto max_bytes = spec.integer("max_bytes");
  if (!max_bytes || *max_bytes <= 0) {
    return;
  }
  for (const auto* material : photos(context, spec)) {
    auto size = material->size > 0 ? material->size : material->photo->file_size;
    if (size <= static_cast<std::uintmax_t>(*max_bytes)) {
      continue;
    }
    auto finding = material_finding(spec, *material, "photo.file-size.too-large");
    finding.args["size"] = format_bytes_over(size, static_cast<std::uintmax_t>(*max_bytes));
    finding.args["max"] = format_bytes(static_cast<std::uintmax_t>(*max_bytes));
    finding.args["bytes"] = std::to_string(size);
    finding.expected = "≤ " + format_bytes(static_cast<std::uintmax_t>(*max_bytes));
    finding.actual = finding.args["size"] + " (" + std::to_string(size) + " B)";
    finding.args["command"] = "convert " + shell_quoted(material->file) +
                              " -resize \"2000x2000>\" -quality 85 " +
                              shell_quoted(stem_of(material->file) + "-压缩.jpg");
    out.push_back(std::move(finding));
  }
}

void check_photo_dimensions(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto size_name = spec.string("size");
  // The size asked, as plain values: GCC 12 takes an optional read in the loop below for one maybe unset.
  const auto asked = size_name ? id_photo_size(*size_name) : std::nullopt;
  const bool sized = asked.has_value();
  const auto size = asked.value_or(media::IdPhotoSize::one_inch);
  auto tolerance = spec.number("aspect_tolerance").value_or(media::k_id_photo_aspect_tolerance);
  auto min_width = spec.integer("min_width").value_or(0);
  auto min_height = spec.integer("min_height").value_or(0);
  for (const auto* material : photos(context, spec)) {
    const auto& photo = *material->photo;
    if (!photo.decoded || photo.width <= 0 || photo.height <= 0) {
      continue; // an undecodable photo: material.unreadable or photo.format speaks for it
    }
    auto base = material_finding(spec, *material, "");
    base.args["width"] = std::to_string(photo.width);
    base.args["height"] = std::to_string(photo.height);
    base.args["size"] = size_name.value_or("");
    base.actual = size_text(photo.width, photo.height);
    if (sized) {
      auto shape = media::judge_id_photo(photo.width, photo.height, size, tolerance);
      auto mm = std::to_string(shape.spec.width_mm) + "×" + std::to_string(shape.spec.height_mm) + " mm";
      base.args["mm"] = mm;
      base.args["command"] = crop_command(*material, photo.width, photo.height, shape.spec);
      base.expected = "5:7 portrait (" + *size_name + " " + mm + ")";
      if (photo.width > photo.height && photo.exif_orientation >= 5) {
        // Stored upright, turned on its side by its EXIF rotation tag: take the tag away, crop nothing.
        auto finding = base;
        finding.message_id = "photo.dimensions.sideways";
        finding.args["command"] = "convert " + shell_quoted(material->file) + " -strip " +
                                  shell_quoted(stem_of(material->file) + "-竖版.jpg");
        out.push_back(std::move(finding));
      } else if (photo.width > photo.height) {
        auto finding = base;
        finding.message_id = "photo.dimensions.landscape";
        out.push_back(std::move(finding));
      } else if (!shape.aspect_ok) {
        auto finding = base;
        finding.message_id = "photo.dimensions.aspect";
        // The 身份证 / 社保卡 photo (26×32 mm, 358×441 px): an ID photo all the same, the one file most
        // people have, and the notice names only 1寸 or 2寸; whether it will do is a doubtful judgement, so a
        // warning.
        constexpr double k_id_card_aspect = 26.0 / 32.0;
        if (std::abs(shape.aspect - k_id_card_aspect) <= 0.01) {
          finding.message_id = "photo.dimensions.id-card";
          finding.severity = at_most_warning(spec.severity);
        }
        finding.args["ratio"] = format_number(shape.aspect, 3);
        finding.args["expected_ratio"] =
            format_number(static_cast<double>(shape.spec.width_mm) / shape.spec.height_mm, 3);
        out.push_back(std::move(finding));
      } else if (size == media::IdPhotoSize::two_inch && is_one_inch_file(photo.width, photo.height)) {
        // The right shape, but exactly the pixels an ID-photo app or a studio gives a 1寸 photo: likely the
        // 1寸 file sent for a 2寸 notice. A judgement from the pixel count alone, so a warning.
        auto finding = base;
        finding.message_id = "photo.dimensions.one-inch";
        finding.args["one_inch"] = photo.width == 260 ? "小一寸" : "1寸";
        finding.severity = at_most_warning(spec.severity);
        out.push_back(std::move(finding));
      }
    }
    if (photo.width < min_width || photo.height < min_height) {
      auto finding = base;
      finding.message_id = "photo.dimensions.too-small";
      if (auto severity = spec.string("small_severity")) {
        finding.severity = *severity == "warning" ? core::Severity::warning : core::Severity::error;
      }
      finding.args["min_width"] = std::to_string(min_width);
      finding.args["min_height"] = std::to_string(min_height);
      finding.expected = "≥ " + size_text(static_cast<int>(min_width), static_cast<int>(min_height)) + " px";
      out.push_back(std::move(finding));
    }
  }
}

// A grayscale photo is measured (no pixel coloured): the rule's severity. A toned one (sepia, a 怀旧 filter:
// media's `tinted`) is coloured in the letter but monochrome to the eye, and the tone is judged from the
// pixels' colours: at most a warning that says so.
void check_photo_color(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  for (const auto* material : photos(context, spec)) {
    const auto& photo = *material->photo;
    if (!photo.decoded || (!photo.grayscale && !photo.tinted)) {
      continue;
    }
    auto finding =
        material_finding(spec, *material, photo.grayscale ? "photo.color.grayscale" : "photo.color.tinted");
    if (!photo.grayscale) {
      finding.severity = at_most_warning(spec.severity);
    }
    finding.expected = "color"; // neutral tokens, like "h264"
    finding.actual = photo.grayscale ? "grayscale" : "tinted";
    out.push_back(std::move(finding));
  }
}

// Findings under one rule id, most certain first:
// - a transparent border (media's `background_transparent`, at least k_transparent_border of the band): what
//   shows there is the viewer's choice (white, black, a checkerboard), so the file has no background of the
//   colour asked. Measured, not judged: the rule's `certain` severity;
// - an unmistakably blue or red, uniform border (media's `background_certain`, thresholds in
//   pixel_analysis.hpp): certain, the rule's `certain` severity (error unless the rule file says otherwise);
// - anything else not as required is a judgement from the border's colours, reported at the rule's own
//   severity (at most a warning) and saying so, in words that match what was measured: a light grey, one even
//   colour of another kind (cream, a greyish blue), or an uneven or busy border.
void check_photo_background(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto wanted = spec.string("color").value_or("white");
  auto certain_severity =
      spec.string("certain").value_or("error") == "warning" ? core::Severity::warning : core::Severity::error;
  for (const auto* material : photos(context, spec)) {
    const auto& photo = *material->photo;
    if (!photo.decoded || photo.background == media::Background::unknown) {
      continue;
    }
    if (photo.background_transparent >= k_transparent_border) {
      auto finding = material_finding(spec, *material, "photo.background.transparent");
      finding.severity = certain_severity;
      finding.args["color"] = wanted;
      finding.args["share"] = format_number(photo.background_transparent * 100, 0) + "%";
      finding.args["command"] = "convert " + shell_quoted(material->file) + " -background " +
                                flatten_colour(wanted) + " -flatten " +
                                shell_quoted(stem_of(material->file) + "-转换.jpg");
      finding.expected = wanted;
      finding.actual = "transparent";
      out.push_back(std::move(finding));
      continue;
    }
    std::string actual = media::to_string(photo.background);
    if (actual == wanted) {
      continue;
    }
    std::string message = "photo.background.not-white";
    if (photo.background_certain) {
      message = "photo.background.coloured";
    } else if (photo.background == media::Background::light) {
      message = "photo.background.light";
    } else if (photo.background_even) {
      message = "photo.background.even";
    }
    auto finding = material_finding(spec, *material, message);
    finding.severity = photo.background_certain ? certain_severity : at_most_warning(spec.severity);
    finding.args["background"] = actual;
    finding.args["color"] = wanted;
    finding.args["rgb"] = photo.background_rgb;
    // Said where a margin of another colour hides the backdrop from a glance at the edge (a white edge
    // round a 蓝底 photo): the clerk sees white and would not believe "the background is blue".
    const bool margin = photo.background_margin > 0;
    finding.args["margin_zh"] = margin ? "照片外圈有一道窄边，边内的背景才是这个颜色；" : "";
    finding.args["margin_en"] =
        margin ? "a narrow edge runs round the picture, and inside it the background is this colour; " : "";
    finding.expected = wanted;
    finding.actual = actual;
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check
