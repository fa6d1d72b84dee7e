#include "atomic_file.hpp"
#include "inside.hpp"

#include <nominate/pack/names.hpp>
#include <nominate/pack/upload.hpp>
#include <nominate/text/count.hpp>

#include <algorithm>
#include <map>
#include <variant>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;

std::string extension_of(const folder::Material& material)
{
  auto extension = fs::path(material.file).extension().string();
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The extension a web form's upload box takes for the file: a photo is named by what it holds (a WeChat
// `.jfif` or a `.jpeg` that is JPEG becomes `.jpg`; a PNG named `.jpg` becomes `.png`), since such boxes go
// by the extension and list "jpg/png"; any other file keeps its own, in lower case.
std::string upload_extension(const folder::Material& material)
{
  if (material.role == folder::Role::id_photo || material.role == folder::Role::photo) {
    for (const auto& [key, value] : material.facts) {
      const auto* format = std::get_if<std::string>(&value);
      if (key == "format" && format != nullptr && (*format == "jpeg" || *format == "png")) {
        return *format == "jpeg" ? ".jpg" : ".png";
      }
    }
  }
  return extension_of(material);
}

// The ID photo's plain name says the size the notice asks for, as the web form's box does: 一寸照片 for
// Beijing's 1寸, 二寸照片 for the national 2寸; a rule set that names no size gets 证件照.
std::string id_photo_stem(const rules::RuleSet& rule_set)
{
  auto size = rule_set.photo_spec("id_photo").id_size;
  if (!size) {
    return "证件照";
  }
  if (*size == "1寸") {
    return "一寸照片";
  }
  if (*size == "2寸") {
    return "二寸照片";
  }
  return *size + "照片";
}

} // namespace

RegistrationCount count_online(const pipeline::CheckOutcome& outcome)
{
  RegistrationCount count;
  for (const auto& checked : outcome.submissions) {
    ++count.total;
    if (checked.loaded.rule_set.registration == rules::Registration::online) {
      ++count.online;
    }
  }
  return count;
}

std::vector<UploadPlan> plan_uploads(const pipeline::CheckOutcome& outcome)
{
  std::vector<UploadPlan> plans;
  for (const auto& checked : outcome.submissions) {
    const auto& submission = checked.loaded.submission;
    const auto& rule_set = checked.loaded.rule_set;
    UploadPlan plan;
    plan.folder = safe_component(submission.folder.filename().string()).value_or("_");
    std::map<folder::Role, int> seen;
    for (const auto& material : submission.materials) {
      auto number = ++seen[material.role];
      std::string stem;
      std::optional<std::int64_t> limit;
      switch (material.role) {
      case folder::Role::id_photo:
        stem = id_photo_stem(rule_set);
        limit = rule_set.photo_spec("id_photo").max_bytes;
        break;
      case folder::Role::photo:
        stem = "生活照" + std::to_string(number);
        limit = rule_set.photo_spec("photo").max_bytes;
        break;
      case folder::Role::video:
        stem = number == 1 ? "个人视频" : "个人视频" + std::to_string(number);
        limit = rule_set.video_spec("video").max_bytes;
        break;
      case folder::Role::form:
        stem = "推介表";
        break;
      case folder::Role::summary:
        stem = "工作总结";
        break;
      case folder::Role::scan:
        stem = "扫描件" + std::to_string(number);
        break;
      default:
        stem = safe_component(fs::path(material.file).stem().string()).value_or("_");
        break;
      }
      UploadFile file{stem + upload_extension(material), material.path, material.size, std::nullopt};
      if (limit) {
        file.limit = static_cast<std::uint64_t>(*limit);
      }
      plan.files.push_back(std::move(file));
    }
    std::string texts = "【" + (submission.title.empty() ? plan.folder : submission.title) + "】" +
                        rule_set.title + "（" + rule_set.reference() +
                        "）填报内容：每项复制粘贴到网上申报系统对应栏目。\n\n";
    for (const auto& spec : rule_set.fields) {
      const auto* value = submission.field(spec.id);
      if (value == nullptr || value->text.empty()) {
        continue;
      }
      auto count = text::count_characters(value->text);
      texts += spec.label + "（" + std::to_string(count.words) + "字；含空格共" +
               std::to_string(count.with_spaces) + "个字符）：\n" + value->text + "\n\n";
    }
    plan.texts = std::move(texts);
    plans.push_back(std::move(plan));
  }
  return plans;
}

core::Result<std::vector<OverLimit>> write_uploads(const std::vector<UploadPlan>& plans,
                                                   const pipeline::CheckOutcome& outcome,
                                                   const fs::path& output_dir)
{
  for (const auto& checked : outcome.submissions) {
    if (detail::inside(output_dir, checked.loaded.submission.folder)) {
      return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                                "the output folder is inside an input folder; choose one outside it (-o)",
                                output_dir);
    }
  }
  std::vector<OverLimit> over;
  for (const auto& plan : plans) {
    auto folder = output_dir / plan.folder;
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
      return core::fail(core::ErrorCode::io, "cannot create the folder: " + error.message(), folder);
    }
    for (const auto& file : plan.files) {
      // Copied through the file system (never read whole: a video may weigh hundreds of MB).
      if (auto copied = copy_file_atomically(file.source, folder / file.name); !copied) {
        return std::unexpected(copied.error());
      }
      auto size = fs::file_size(folder / file.name, error);
      if (file.limit && !error && size > *file.limit) {
        over.push_back({folder / file.name, file.source, size, *file.limit});
      }
    }
    std::vector<std::uint8_t> texts(plan.texts.begin(), plan.texts.end());
    if (auto written = write_file_atomically(folder / "填报内容.txt", texts); !written) {
      return std::unexpected(written.error());
    }
  }
  return over;
}

} // namespace nominate::pack
