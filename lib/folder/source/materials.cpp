#include "copies.hpp"
#include "form_reader.hpp"
#include "materials.hpp"
#include "read_error_of.hpp"

#include <nominate/media/photo.hpp>
#include <nominate/media/poster.hpp>
#include <nominate/media/preview.hpp>
#include <nominate/media/video.hpp>
#include <nominate/office/document_text.hpp>
#include <nominate/text/hints.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <utility>

namespace nominate::folder::detail {

namespace {

const std::set<std::string> k_image_extensions = {"jpg",  "jpeg", "jfif", "jpe", "png", "heic", "heif",
                                                  "avif", "webp", "bmp",  "gif", "tif", "tiff", "psd",
                                                  "psb",  "jp2",  "j2k",  "jpf", "jxl"};
const std::set<std::string> k_image_types = {"jpeg", "png", "heic", "heif", "avif", "webp",
                                             "bmp",  "gif", "tiff", "psd",  "jp2",  "jxl"};
const std::set<std::string> k_video_extensions = {"mp4", "m4v", "mov",  "mkv", "avi",  "wmv",
                                                  "flv", "3gp", "webm", "mpg", "mpeg", "ts"};
const std::set<std::string> k_video_types = {"mp4", "mov",    "matroska", "webm", "avi",
                                             "flv", "mpegts", "3gp",      "asf",  "mpeg"};
const std::set<std::string> k_text_types = {"docx", "txt", "md"};

// A document named .docx/.xlsx/.doc/… whose bytes are no document at all (random bytes, text, a photo or a
// video): "not what its name says" (design.md, material.unreadable). Other documents' types are judged where
// they are read.
bool document_not_what_named(const FoundFile& file)
{
  static const std::set<std::string> k_document_extensions = {"docx", "xlsx", "doc", "xls",
                                                              "wps",  "pdf",  "odt", "ods"};
  // A spreadsheet or another container named as a Word document (an .xlsx named 推介表.docx).
  static const std::set<std::string> k_word_extensions = {"docx", "doc", "wps", "odt"};
  static const std::set<std::string> k_not_word = {"xlsx", "xls", "ole2", "ooxml", "zip", "ods"};
  // A PDF named as a Word document (推介表.doc): Word and WPS open it as a .doc and fail.
  if (k_word_extensions.contains(file.extension) &&
      (k_not_word.contains(file.content_type) || file.content_type == "pdf")) {
    return true;
  }
  return k_document_extensions.contains(file.extension) &&
         (file.content_type == "unknown" || file.content_type == "txt" ||
          k_image_types.contains(file.content_type) || k_video_types.contains(file.content_type));
}

// A text file (.txt, .md, .csv) that is binary, or a photo named as a video and a video or a PDF named as a
// photo (a JPEG named 事迹视频.mp4 is no video, and no third photo either): not what its name says.
bool media_or_text_not_what_named(const FoundFile& file)
{
  static const std::set<std::string> k_text_extensions = {"txt", "md", "csv"};
  if (k_text_extensions.contains(file.extension)) {
    return file.content_type == "unknown" || k_image_types.contains(file.content_type) ||
           k_video_types.contains(file.content_type);
  }
  if (k_video_extensions.contains(file.extension)) {
    return k_image_types.contains(file.content_type);
  }
  if (k_image_extensions.contains(file.extension)) {
    // A PDF named 生活照.jpg is no photo: taken for a scan, it would leave the clerk told to add a photo
    // that seems to be there.
    return k_video_types.contains(file.content_type) || file.content_type == "pdf";
  }
  return false;
}

ReadError not_what_named(const FoundFile& file)
{
  auto error = read_error(ReadErrorKind::not_what_named);
  error.format = "." + file.extension;
  error.content = file.content_type;
  return error;
}

// Something that is no file the tool may read: named with what it is, or with its path's length.
UnreadableFile unusable_entry(const UnusableEntry& entry)
{
  if (entry.kind == "path-too-long") {
    auto error = read_error(ReadErrorKind::path_too_long);
    error.path_length = entry.path.native().size();
    return {entry.file, error};
  }
  if (entry.kind == "no-access") {
    return {entry.file, read_error(ReadErrorKind::no_access)};
  }
  auto error = read_error(ReadErrorKind::not_a_file);
  error.content = entry.kind;
  return {entry.file, error};
}

std::string file_name(const FoundFile& file)
{
  return std::filesystem::path(file.file).filename().string();
}

// The photo of an iPhone Live Photo (实况照片) whose moving part `video` is: IMG_0001.MOV beside
// IMG_0001.HEIC or IMG_0001.JPG in the same folder, as AirDrop and iCloud hand both over. Only under the
// camera's own name (IMG_…): 王秀兰.mov beside 王秀兰.jpg is a clerk's naming, and may be the video. Empty
// when none.
std::string live_photo_of(const FoundFile& video, const Discovery& discovery)
{
  const auto name = std::filesystem::path(video.file).filename().string();
  if (video.extension != "mov" || !(name.starts_with("IMG_") || name.starts_with("img_"))) {
    return {};
  }
  const auto stem = std::filesystem::path(video.file).replace_extension().string();
  for (const auto& other : discovery.files) {
    if (other.file != video.file &&
        (other.extension == "heic" || other.extension == "jpg" || other.extension == "jpeg") &&
        std::filesystem::path(other.file).replace_extension().string() == stem) {
      return other.file;
    }
  }
  return {};
}

Material material_of(const FoundFile& file, Role role, std::string decided_by)
{
  Material material;
  material.path = file.path;
  material.file = file.file;
  material.role = role;
  material.decided_by = std::move(decided_by);
  material.type = file.content_type;
  material.size = file.size;
  return material;
}

// An ID photo is portrait, about 5:7 (25×35 mm or 35×49 mm): used only when no file is named as one.
bool id_shaped(const media::PhotoFacts& photo)
{
  if (photo.width <= 0 || photo.height <= photo.width) {
    return false;
  }
  double ratio = static_cast<double>(photo.width) / photo.height;
  return ratio > 0.62 && ratio < 0.80;
}

// How unlike an ID photo a portrait image is, for choosing among several: a camera-sized picture (over
// 3 megapixels) after any smaller one, then the distance of its ratio from 5:7 in hundredths.
std::pair<int, int> id_photo_rank(const media::PhotoFacts& photo)
{
  constexpr double k_id_ratio = 5.0 / 7.0;
  constexpr std::int64_t k_camera_pixels = 3'000'000;
  const double ratio = static_cast<double>(photo.width) / photo.height;
  return {std::int64_t{photo.width} * photo.height > k_camera_pixels ? 1 : 0,
          static_cast<int>(std::lround(std::abs(ratio - k_id_ratio) * 100))};
}

// Stores a probe's facts in `slot` (material.photo or material.video); a file the probe cannot open at all
// is damaged, unless the probe could not run.
template <typename Facts>
void keep_probe(core::Result<Facts> facts, std::optional<Facts>& slot, Material& material)
{
  if (!facts) {
    // A library that could not be loaded says nothing about the file: it was not checked, not damaged.
    const auto kind = facts.error().code == core::ErrorCode::missing_library ? ReadErrorKind::no_reader
                                                                             : ReadErrorKind::damaged;
    material.read_error = read_error(kind, facts.error().message);
    return;
  }
  material.facts = facts->to_facts();
  slot = std::move(*facts);
}

void probe_photo(Material& material, const LoadOptions& options)
{
  media::PhotoLimits limits;
  if (options.previews == Previews::make) {
    limits.thumbnail_long_side = media::k_preview_long_side;
  }
  keep_probe(media::probe_photo_file(material.path, limits), material.photo, material);
  if (material.photo && material.photo->thumbnail) {
    material.preview = std::move(material.photo->thumbnail);
    material.photo->thumbnail.reset();
  }
}

void probe_video(Material& material, const LoadOptions& options)
{
  keep_probe(media::probe_video_file(material.path, options.depth), material.video, material);
  // A video the probe could not open has no frame to show; the report says why instead.
  if (options.previews == Previews::make && material.video && !material.video->problem) {
    if (auto poster = media::video_poster(material.path)) {
      material.preview = std::move(*poster);
    }
  }
}

void read_summary(Material& material, const LoadOptions& options, Submission& submission)
{
  auto text = read_document(material, options, submission);
  if (!text) {
    return;
  }
  if (material.type == "pdf" && text::is_blank(*text)) {
    // A scan of the summary: it is the summary all the same, but its length cannot be known.
    submission.intake_findings.push_back(core::make_finding("text.length", "text.length.no-text-layer",
                                                            core::Severity::warning, material.file));
    return;
  }
  material.facts.emplace_back("characters", static_cast<std::int64_t>(text->size()));
  material.text = std::move(*text);
}

// The form is missing, yet a Word document sits in the folder: say that it was seen and why it was not
// taken ("推荐表.docx was not recognised as the form: its title is …"), so that it is not left unmentioned.
void report_unrecognised_documents(const Discovery& discovery, const std::vector<std::string>& skip,
                                   const rules::RuleSet& rule_set, Submission& submission)
{
  if (rule_set.material("form") == nullptr || !submission.with_role(Role::form).empty()) {
    return;
  }
  for (const auto& file : discovery.files) {
    auto name = file_name(file);
    if (file.content_type == "pdf" && names_form(name) && !names_registration(name) && !names_scan(name)) {
      // 推介表.pdf, the form exported or printed to PDF: its cells cannot be read as the form's fields.
      submission.intake_findings.push_back(core::make_finding("material.missing", "material.missing.form-pdf",
                                                              core::Severity::warning, file.file));
      continue;
    }
    if (std::find(skip.begin(), skip.end(), file.file) != skip.end() || !is_word_document(file) ||
        names_registration(name) || names_summary(name)) {
      continue;
    }
    // A legacy file's title is not read here (that needs LibreOffice): the message says so, no more.
    auto title = document_title(file);
    const char* message_id = file.content_type != "docx" ? "material.missing.form-unrecognised-legacy"
                             : title.empty()             ? "material.missing.form-unrecognised-untitled"
                                                         : "material.missing.form-unrecognised";
    submission.intake_findings.push_back(core::make_finding(
        "material.missing", message_id, core::Severity::warning, file.file, {{"title", title}}));
  }
}

} // namespace

std::optional<std::string> read_document(Material& material, const LoadOptions& options,
                                         Submission& submission)
{
  core::Result<std::string> text = std::unexpected(core::Error{});
  if (material.type == "doc" || material.type == "wps" || material.type == "rtf" || material.type == "odt") {
    // A legacy document is read as the form is: converted where LibreOffice is, else why it was not.
    material.read_error =
        with_converted(material.path, material.file, material.type, options, submission.intake_findings,
                       [&](const std::filesystem::path& docx) { text = office::read_document_text(docx); });
    if (material.read_error) {
      return std::nullopt;
    }
  } else {
    text = office::read_document_text(material.path);
  }
  if (!text) {
    material.read_error = read_error_of(text.error(), material.path);
    return std::nullopt;
  }
  return std::move(*text);
}

void classify_materials(const Discovery& discovery, const std::vector<std::string>& skip,
                        const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission)
{
  report_unrecognised_documents(discovery, skip, rule_set, submission);
  // Links, FIFOs, sockets, folders named like a file, folders that cannot be listed: named, never read.
  for (const auto& entry : discovery.unusable) {
    submission.unreadable.push_back(unusable_entry(entry));
  }
  const auto* id_spec = rule_set.material("id_photo");
  std::vector<std::string> id_keywords = id_spec ? id_spec->keywords : std::vector<std::string>{};
  const auto copies = find_copies(discovery, skip, id_keywords);
  for (const auto& file : discovery.files) {
    if (std::find(skip.begin(), skip.end(), file.file) != skip.end()) {
      continue;
    }
    auto name = file_name(file);
    bool image_by_name = k_image_extensions.contains(file.extension);
    bool image_by_content = k_image_types.contains(file.content_type);
    if (media_or_text_not_what_named(file)) {
      auto material = material_of(file, Role::other, "content");
      material.read_error = not_what_named(file);
      submission.materials.push_back(std::move(material));
    } else if (file.content_type == "empty") {
      auto material = material_of(file, Role::other, "content");
      material.read_error = read_error(ReadErrorKind::empty);
      submission.materials.push_back(std::move(material));
    } else if (auto copy = copies.find(file.file); copy != copies.end()) {
      // One material twice (证件照 - 副本.jpg): kept and packed as it is, counted once.
      submission.materials.push_back(material_of(file, Role::other, "copy"));
      submission.intake_findings.push_back(core::make_finding("material.ambiguous", "material.ambiguous.copy",
                                                              core::Severity::warning, file.file,
                                                              {{"original", copy->second}}));
    } else if (file.content_type == "pdf" && names_summary(name) && !names_scan(name)) {
      // The notice names no format for 工作总结: a PDF named 总结 is the summary, read by its text layer.
      auto material = material_of(file, Role::summary, "name");
      read_summary(material, options, submission);
      submission.materials.push_back(std::move(material));
    } else if (file.content_type == "pdf" && document_not_what_named(file)) {
      auto material = material_of(file, Role::other, "content");
      material.read_error = not_what_named(file);
      submission.materials.push_back(std::move(material));
    } else if (file.content_type == "pdf" || ((image_by_name || image_by_content) && names_scan(name))) {
      submission.materials.push_back(
          material_of(file, Role::scan, file.content_type == "pdf" ? "extension" : "name"));
    } else if (image_by_name || image_by_content) {
      auto material = material_of(file, Role::photo, image_by_name ? "extension" : "content");
      if (id_spec && names_id_photo(name, id_keywords)) {
        material.role = Role::id_photo;
        material.decided_by = "name";
      }
      submission.materials.push_back(std::move(material));
    } else if (auto photo = live_photo_of(file, discovery); !photo.empty()) {
      // A Live Photo's moving part (a 3-second MOV) is no nomination video: set aside, and said.
      submission.materials.push_back(material_of(file, Role::other, "live-photo"));
      submission.intake_findings.push_back(
          core::make_finding("material.ambiguous", "material.ambiguous.live-photo", core::Severity::warning,
                             file.file, {{"photo", photo}}));
    } else if (k_video_extensions.contains(file.extension) || k_video_types.contains(file.content_type)) {
      submission.materials.push_back(material_of(
          file, Role::video, k_video_extensions.contains(file.extension) ? "extension" : "content"));
    } else if (names_summary(name) &&
               (k_text_types.contains(file.content_type) || file.content_type == "doc")) {
      auto material = material_of(file, Role::summary, "name");
      read_summary(material, options, submission);
      submission.materials.push_back(std::move(material));
    } else {
      auto material = material_of(file, Role::other, "extension");
      if (document_not_what_named(file)) {
        material.read_error = not_what_named(file);
      } else if (names_archive(file.file) || (file.content_type == "zip" && file.extension.empty())) {
        // By its bytes only where its name says nothing: .ofd, .xmind, .epub are zips and no archive.
        // Not opened: its files are neither checked nor counted, and a reviewer would have to unpack it.
        submission.intake_findings.push_back(core::make_finding(
            "material.unreadable", "material.unreadable.archive", core::Severity::warning, file.file));
      }
      submission.materials.push_back(std::move(material));
    }
  }
  std::sort(submission.materials.begin(), submission.materials.end(),
            [](const Material& a, const Material& b) { return a.file < b.file; });
  if (!options.defer_probes) {
    probe_materials(rule_set, options, submission);
  }
}

bool holds_video(const Discovery& discovery)
{
  return std::any_of(discovery.files.begin(), discovery.files.end(),
                     [](const FoundFile& file) { return k_video_types.contains(file.content_type); });
}

void probe_materials(const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission)
{
  // Photos first, videos last: FFmpeg, which the first video needs, may still be loading (warm_up.hpp).
  std::vector<Material*> photos; // in the folder's order: the materials are sorted by file name
  for (auto& material : submission.materials) {
    if (material.role == Role::photo || material.role == Role::id_photo) {
      probe_photo(material, options);
      photos.push_back(&material);
    }
  }
  for (auto& material : submission.materials) {
    if (material.role == Role::video) {
      probe_video(material, options);
    }
  }
  // No photo is named as the ID photo: the one ID-shaped image is it; several → say which was taken.
  bool named =
      std::any_of(photos.begin(), photos.end(), [](const Material* m) { return m->role == Role::id_photo; });
  if (rule_set.material("id_photo") != nullptr && !named) {
    std::vector<Material*> shaped;
    for (auto* photo : photos) {
      if (photo->photo && id_shaped(*photo->photo)) {
        shaped.push_back(photo);
      }
    }
    // A photo whose name says it is another (生活照.jpg, 工作照.jpg) is no candidate while one is left whose
    // name says nothing: nothing is then left to guess, and no warning is due.
    std::vector<Material*> unnamed;
    std::ranges::copy_if(shaped, std::back_inserter(unnamed), [](const Material* photo) {
      return !names_other_photo(std::filesystem::path(photo->file).filename().string());
    });
    if (!unnamed.empty()) {
      shaped = std::move(unnamed);
    }
    // Phones shoot portrait 3:4 too: the ID photo is the one closest to 5:7 and small, as ID photos are (a
    // 413×579 file, not a 3024×4032 camera picture); ties keep the folder's order.
    std::stable_sort(shaped.begin(), shaped.end(), [](const Material* a, const Material* b) {
      return id_photo_rank(*a->photo) < id_photo_rank(*b->photo);
    });
    if (!shaped.empty()) {
      shaped.front()->role = Role::id_photo;
      shaped.front()->decided_by = shaped.size() == 1 ? "only-id-shaped" : "most-id-shaped";
    }
    if (shaped.size() > 1) {
      std::string others;
      for (std::size_t i = 1; i < shaped.size(); ++i) {
        others += (others.empty() ? "" : "、") + shaped[i]->file;
      }
      submission.intake_findings.push_back(
          core::make_finding("material.ambiguous", "material.ambiguous.id-photo", core::Severity::warning,
                             shaped.front()->file, {{"chosen", shaped.front()->file}, {"others", others}}));
    }
  }
}

} // namespace nominate::folder::detail
