// nominate verify: a received zip judged for safety, then integrity, then the rules of its payload.

#include "verify_contents.hpp"
#include "zip_safety.hpp"

#include <nominate/check/check.hpp>
#include <nominate/check/text_reuse.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/pack/verify.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;

// A file mapped read-only: the zip is never changed, and its pages are read as entries are, so memory
// stays flat however large the videos inside are.
class MappedFile {
public:
  static core::Result<MappedFile> open(const fs::path& path)
  {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY); // a FIFO never blocks
    if (fd < 0) {
      return core::fail(errno == ENOENT ? core::ErrorCode::not_found : core::ErrorCode::io,
                        "cannot open the zip", path);
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
      ::close(fd);
      return core::fail(core::ErrorCode::io, "cannot read the zip", path);
    }
    if (!S_ISREG(status.st_mode)) {
      ::close(fd);
      return core::fail(core::ErrorCode::invalid_argument, "not a regular file (a pipe, socket or device)",
                        path);
    }
    MappedFile file;
    file.m_size = static_cast<std::size_t>(status.st_size);
    if (file.m_size > 0) {
      void* data = ::mmap(nullptr, file.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (data == MAP_FAILED) {
        ::close(fd);
        return core::fail(core::ErrorCode::io, "cannot read the zip", path);
      }
      file.m_data = static_cast<const std::uint8_t*>(data);
    }
    ::close(fd);
    return file;
  }
  MappedFile(MappedFile&& other) noexcept
      : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
  {
  }
  MappedFile& operator=(MappedFile&&) = delete;
  ~MappedFile()
  {
    if (m_data != nullptr) {
      ::munmap(const_cast<std::uint8_t*>(m_data), m_size);
    }
  }
  [[nodiscard]] std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
  // Drops the pages wholly inside `piece` (read, no longer needed); they are read again if touched.
  void release(std::span<const std::uint8_t> piece) const
  {
    static const auto k_page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    if (m_data == nullptr || piece.empty()) {
      return;
    }
    // Pointers moved to page boundaries (no integer made back into a pointer).
    const auto start = reinterpret_cast<std::uintptr_t>(piece.data());
    const std::size_t head = (k_page - start % k_page) % k_page;
    const std::size_t tail = (start + piece.size()) % k_page;
    if (piece.size() > head + tail) {
      auto* begin = const_cast<std::uint8_t*>(piece.data()) + head;
      ::madvise(begin, piece.size() - head - tail, MADV_DONTNEED);
    }
  }

private:
  MappedFile() = default;
  const std::uint8_t* m_data = nullptr;
  std::size_t m_size = 0;
};

bool has_error(const std::vector<core::Finding>& findings)
{
  return std::ranges::any_of(findings,
                             [](const auto& f) { return !f.waived && f.severity == core::Severity::error; });
}

// The kind of archive by its first bytes, for one renamed .zip: "RAR", "7z", …; empty for none of them.
std::string_view other_archive(std::span<const std::uint8_t> bytes)
{
  struct Magic {
    std::string_view bytes;
    std::size_t at;
    std::string_view format;
  };
  using namespace std::string_view_literals;
  static constexpr std::array k_magics{
      Magic{"Rar!\x1A\x07"sv, 0, "RAR"},
      Magic{"7z\xBC\xAF\x27\x1C"sv, 0, "7z"},
      Magic{"\x1F\x8B"sv, 0, "gzip (.gz, .tgz)"},
      Magic{"BZh"sv, 0, "bzip2 (.bz2)"},
      Magic{"\xFD"
            "7zXZ\x00"sv,
            0, "xz (.xz)"},
      Magic{"\x28\xB5\x2F\xFD"sv, 0, "zstd (.zst)"},
      Magic{"MSCF\x00\x00\x00\x00"sv, 0, "CAB"},
      Magic{"ustar"sv, 257, "tar"},
  };
  for (const Magic& magic : k_magics) {
    if (bytes.size() >= magic.at + magic.bytes.size() &&
        std::equal(magic.bytes.begin(), magic.bytes.end(),
                   bytes.begin() + static_cast<std::ptrdiff_t>(magic.at),
                   [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; })) {
      return magic.format;
    }
  }
  return {};
}

// The zip's structure could not be read at all: one finding that says why.
core::Finding unreadable_finding(const core::Error& error, std::span<const std::uint8_t> bytes)
{
  // The first part of a split zip (zip -s, WinRAR's volumes as .z01) begins with the spanning signature
  // PK\x07\x08 and has no end record: a part, not "no zip".
  constexpr std::array<std::uint8_t, 4> k_spanned{'P', 'K', 0x07, 0x08};
  const bool first_part = bytes.size() >= 4 && std::equal(k_spanned.begin(), k_spanned.end(), bytes.begin());
  std::string id = error.code == core::ErrorCode::limit_exceeded ? "package.bomb.entries"
                   : bytes.empty()                               ? "package.truncated.empty-file"
                   : first_part                                  ? "package.truncated.multi-part"
                   : error.message == "not a zip file"           ? "package.truncated.not-zip"
                                                                 : "package.truncated.damaged";
  const auto format = id == "package.truncated.not-zip" ? other_archive(bytes) : std::string_view();
  if (!format.empty()) {
    id = "package.truncated.other-archive";
  }
  auto rule = error.code == core::ErrorCode::limit_exceeded ? "package.bomb" : "package.truncated";
  auto finding = core::make_finding(rule, id, core::Severity::error, "", {{"detail", error.message}});
  if (!format.empty()) {
    finding.args["format"] = std::string(format);
  }
  if (id == "package.bomb.entries") {
    finding.args["count"] = error.subject;
    finding.args["limit"] = error.also;
  }
  return finding;
}

// `text` with the private folder `inside` ("/tmp/…/package-1") shown as the zip `shown` ("海淀区.zip").
std::string replace_prefix(const std::string& text, const std::string& inside, const std::string& shown)
{
  if (text == inside) {
    return shown;
  }
  return text.starts_with(inside + "/") ? shown + text.substr(inside.size()) : text;
}

// A finding's words that name a path under `inside` (batch.text-reuse's two submissions, `paths`), each
// shown under `shown`: no private temporary folder reaches a report.
void show_paths_in(core::Finding& finding, const std::string& inside, const std::string& shown)
{
  auto rewrite = [&](std::string& text) {
    for (auto at = text.find(inside); at != std::string::npos; at = text.find(inside, at + shown.size())) {
      text.replace(at, inside.size(), shown);
    }
  };
  for (auto& [name, value] : finding.args) {
    rewrite(value);
  }
  rewrite(finding.file);
}

// The district settings a submission package carries beside data/ (pack's PackagePlan::settings): the bag's
// nominate.yaml and the files it names (past lists, a rule file of the district's own), as paths relative
// to the bag's folder. Nothing for a payload that is not a bag's data/ or a bag without them.
std::vector<fs::path> carried_settings(const fs::path& payload)
{
  std::vector<fs::path> carried;
  if (payload.filename() != "data") {
    return carried;
  }
  const auto bag = payload.parent_path();
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(bag / "nominate.yaml", error))) {
    return carried;
  }
  auto config = folder::load_district_config(bag / "nominate.yaml");
  if (!config) {
    return {fs::path("nominate.yaml")}; // verify's check has reported it; the file goes out as it came
  }
  for (const auto& file : folder::files_of(*config)) {
    auto relative = file.lexically_normal().lexically_relative(bag.lexically_normal());
    if (!relative.empty() && *relative.begin() != ".." && !relative.is_absolute() &&
        fs::is_regular_file(fs::symlink_status(bag / relative, error))) {
      carried.push_back(relative);
    }
  }
  return carried;
}

// Where --extract writes the payload of the package given as `path`: DIR/<zip name without .zip>, or
// DIR/<folder name> for a folder ("收件/海淀区/" too).
fs::path extract_target(const fs::path& extract_to, const std::string& path)
{
  auto given = fs::path(path).lexically_normal();
  if (given.filename().empty()) {
    given = given.parent_path();
  }
  std::error_code error;
  return extract_to / (fs::is_regular_file(path, error) ? given.stem() : given.filename());
}

core::Error extract_exists(const fs::path& target)
{
  return core::fail_because(
             core::ErrorCode::already_exists, "extract-exists",
             "already exists, and so do '(2)' to '(100)' beside it; verify does not overwrite them", target)
      .error();
}

// Renames the folder `from` to `target`, or where that exists to "target (2)", "(3)" … as Windows names a
// second download, never over anything (RENAME_NOREPLACE: an empty folder made meanwhile is not replaced
// either). An office receiving a district's resend (the same file name) gets it beside the first one.
core::Result<fs::path> rename_beside(const fs::path& from, const fs::path& target)
{
  constexpr int k_tries = 100;
  for (int n = 1; n <= k_tries; ++n) {
    auto candidate = n == 1 ? target : fs::path(target.string() + " (" + std::to_string(n) + ")");
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, candidate.c_str(), RENAME_NOREPLACE) == 0) {
      return candidate;
    }
    if (errno == EINVAL || errno == ENOSYS) {
      // A file system without RENAME_NOREPLACE (NFS, some FUSE mounts): look, then rename. A folder made in
      // between could only be an empty one, which rename(2) replaces; nothing with files is ever replaced.
      std::error_code error;
      if (fs::exists(fs::symlink_status(candidate, error))) {
        continue;
      }
      fs::rename(from, candidate, error);
      if (!error) {
        return candidate;
      }
      return core::fail(core::ErrorCode::io, "cannot write the extracted payload: " + error.message(),
                        candidate);
    }
    if (errno != EEXIST) {
      return core::fail(core::ErrorCode::io,
                        std::string("cannot write the extracted payload: ") + std::strerror(errno),
                        candidate);
    }
  }
  return std::unexpected(extract_exists(target));
}

// Copies the payload to `target` (or beside it: rename_beside) through a temporary folder and a rename: a
// reader sees all of it or none; an existing folder is never replaced. A submission package's carried
// settings go into the folder too (a payload file of the same name wins), so that `nominate check` on it
// judges it as pack and verify did (the same as_of, waivers and past lists).
core::Result<fs::path> extract_payload(const fs::path& payload, const fs::path& target)
{
  std::error_code error;
  fs::create_directories(target.parent_path(), error);
  auto temporary = target.parent_path() /
                   (".nominate-extract-" + std::to_string(::getpid()) + "-" + target.filename().string());
  fs::remove_all(temporary, error);
  fs::copy(payload, temporary, fs::copy_options::recursive | fs::copy_options::copy_symlinks, error);
  // With the dates the zip gave them (fs::copy gives the copies today's): check on the extracted folder
  // then takes the newer of two versions of a form as verify did.
  for (auto entry = fs::recursive_directory_iterator(payload, error);
       !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    std::error_code ignored;
    if (entry->is_regular_file(ignored) && !entry->is_symlink(ignored)) {
      const auto copy = temporary / entry->path().lexically_relative(payload);
      fs::last_write_time(copy, entry->last_write_time(ignored), ignored);
    }
  }
  for (const auto& relative : error ? std::vector<fs::path>{} : carried_settings(payload)) {
    std::error_code absent;
    if (!fs::exists(fs::symlink_status(temporary / relative, absent))) {
      fs::create_directories((temporary / relative).parent_path(), error);
      fs::copy_file(payload.parent_path() / relative, temporary / relative, error);
    }
    if (error) {
      break;
    }
  }
  auto placed = error ? core::fail(core::ErrorCode::io,
                                   "cannot write the extracted payload: " + error.message(), target)
                      : rename_beside(temporary, target);
  if (!placed) {
    std::error_code ignored;
    fs::remove_all(temporary, ignored);
  }
  return placed;
}

struct OnePackage {
  report::Report report;
  std::vector<core::Error> errors;
  PackageResult result;
  std::vector<check::LongTexts> texts; // its submissions' long texts, compared across packages at the end
};

// A payload of one folder and nothing beside it — no registration table, no nominate.yaml — is one
// submission whose files lie in a sub-folder (`pack --per submission` of 学院路街道/02-李四), not a district
// of one: a district's package always carries its table.
bool one_submission_folder(const fs::path& payload)
{
  std::error_code error;
  std::optional<fs::path> only;
  for (const auto& entry : fs::directory_iterator(payload, error)) {
    if (!entry.is_directory(error) || only) {
      return false;
    }
    only = entry.path();
  }
  if (!only || error) {
    return false;
  }
  const auto inner = folder::plan_path(*only, folder::Level::automatic);
  return inner && inner->level == folder::Level::submission;
}

// The rules on a received payload (at `payload`, under `inside` on disk), as check would; paths under
// `inside` are shown under `shown` (the zip's name), and, with --extract, a payload that passed is copied
// out. Returns whether the rules passed.
bool check_payload(const VerifyRequest& request, const std::string& path, const fs::path& payload,
                   const std::string& inside, const std::string& shown, bool integrity_passed,
                   pipeline::ProgressSink* progress, OnePackage& one)
{
  auto check = request.check;
  check.paths = {payload.string()};
  if (check.level == folder::Level::automatic && one_submission_folder(payload)) {
    check.level = folder::Level::submission;
  }
  auto outcome = pipeline::check_paths(check, progress);
  // Paths inside the private folder are shown as paths inside the zip: "海淀区.zip/海淀区-…/data/01-张三".
  for (auto& submission : outcome.report.submissions) {
    submission.path = replace_prefix(submission.path, inside, shown);
    if (!submission.as_of_config.empty()) {
      submission.as_of_config =
          replace_prefix(pipeline::display_path(submission.as_of_config), inside, shown);
    }
  }
  for (const auto& checked : outcome.submissions) {
    auto texts = check::long_texts_of(checked.loaded);
    texts.path = replace_prefix(texts.path, inside, shown);
    one.texts.push_back(std::move(texts));
  }
  for (auto& batch : outcome.report.batch) {
    batch.path = replace_prefix(batch.path, inside, shown);
    for (auto& finding : batch.findings) {
      show_paths_in(finding, inside, shown);
    }
  }
  for (auto& submission : outcome.report.submissions) {
    for (auto& finding : submission.findings) {
      show_paths_in(finding, inside, shown);
    }
  }
  for (auto& config : outcome.report.configs) {
    config = replace_prefix(pipeline::display_path(config), inside, shown);
  }
  for (auto& error : outcome.errors) {
    error.file = replace_prefix(pipeline::display_path(error.file.string()), inside, shown);
    one.errors.push_back(std::move(error));
  }
  bool rules_passed = outcome.errors.empty() && outcome.report.passed();
  one.report = std::move(outcome.report);
  if (request.extract_to && rules_passed && integrity_passed) {
    auto extracted = extract_payload(payload, extract_target(*request.extract_to, path));
    if (extracted) {
      one.result.extracted = *extracted;
      if (*extracted != extract_target(*request.extract_to, path)) {
        one.result.extract_taken = extract_target(*request.extract_to, path);
      }
    } else {
      one.errors.push_back(extracted.error());
    }
  }
  return rules_passed;
}

// Whether a received package can have its rules checked: it has files, and they are not only zips.
bool checkable(const ZipContents& contents, const std::vector<core::Finding>& findings)
{
  bool nested = std::ranges::any_of(findings, [](const auto& f) { return f.rule == "package.nested"; });
  return contents.payload_files > 0 && !nested;
}

// The integrity faults that are one submission's file: replaced, added or gone after packing.
constexpr std::array<std::string_view, 3> k_file_faults{"package.checksum", "package.missing",
                                                        "package.unlisted"};

// A fault in one submission's file is that submission's too: its findings get a copy, its `file` made
// relative to the submission (the message still names the path in the zip), so that the submission's line
// fails in every report instead of reading 通过 beside a package that did not verify. Copied, not moved: the
// package did not verify either, and its own line says so.
void give_to_submissions(const report::BatchEntry& entry, std::vector<report::SubmissionReport>& submissions,
                         const std::string& display)
{
  std::vector<report::SubmissionReport*> changed;
  for (const auto& finding : entry.findings) {
    if (std::ranges::find(k_file_faults, finding.rule) == k_file_faults.end() ||
        finding.severity != core::Severity::error) {
      continue; // a warning (line endings, a system file) is the package's only
    }
    report::SubmissionReport* owner = nullptr;
    std::size_t inside_length = 0;
    for (auto& submission : submissions) {
      if (!submission.path.starts_with(display + "/")) {
        continue;
      }
      const auto inside = submission.path.substr(display.size() + 1); // "海淀区-…/data/01-张三"
      if (finding.file.size() > inside.size() + 1 && finding.file.starts_with(inside + "/") &&
          inside.size() > inside_length) {
        owner = &submission;
        inside_length = inside.size();
      }
    }
    if (owner == nullptr) {
      continue;
    }
    auto copy = finding;
    copy.file = finding.file.substr(inside_length + 1);
    owner->findings.push_back(std::move(copy));
    if (std::ranges::find(changed, owner) == changed.end()) {
      changed.push_back(owner);
    }
  }
  for (auto* submission : changed) {
    check::sort_findings(submission->findings);
  }
}

OnePackage verify_one(const VerifyRequest& request, const std::string& path, const fs::path& folder,
                      VerifyProgress* progress)
{
  OnePackage one;
  one.result.path = path;
  const bool strict = request.check.strictness == pipeline::Strictness::warnings_fail;
  auto display = pipeline::display_path(path);
  report::BatchEntry entry{display, {}, {}, {}, report::BatchKind::package};
  auto finish = [&](bool rules_passed) {
    one.result.verified = rules_passed && report::passed(entry.findings, strict);
    give_to_submissions(entry, one.report.submissions, display);
    for (auto& submission : one.report.submissions) {
      submission.container = entry.path_is_file ? display : std::string();
    }
    one.report.batch.insert(one.report.batch.begin(), std::move(entry));
    return std::move(one);
  };

  // A package the office has unzipped already: its files are read where they lie, nothing is extracted.
  std::error_code error;
  if (fs::is_directory(fs::status(path, error))) {
    auto contents = read_folder_contents(path);
    entry.findings = std::move(contents.findings);
    if (!checkable(contents, entry.findings)) {
      return finish(false);
    }
    auto payload = contents.payload_root.empty()
                       ? fs::path(path)
                       : fs::path(path) / fs::path(contents.payload_root).parent_path();
    return finish(check_payload(request, path, payload, display, display,
                                report::passed(entry.findings, strict), progress, one));
  }

  auto file = MappedFile::open(path);
  if (!file) {
    one.errors.push_back(file.error());
    return one;
  }
  entry.path_is_file = true;
  auto bytes = file->bytes();
  auto directory = read_zip_directory(bytes, request.limits.entries);
  if (!directory) {
    entry.findings.push_back(unreadable_finding(directory.error(), bytes));
    return finish(false);
  }
  entry.findings = check_safety(*directory, request.limits);
  if (has_error(entry.findings)) {
    return finish(false); // nothing is extracted from a zip that could write outside its folder
  }
  const auto& mapped = *file;
  auto contents = read_contents(bytes, *directory, folder, [&](std::span<const std::uint8_t> piece) {
    mapped.release(piece);
    if (progress != nullptr && !piece.empty()) {
      // The zip is read front to back: where this piece ends is how far.
      const auto end = static_cast<std::uint64_t>(piece.data() - bytes.data()) + piece.size();
      progress->reading(path, end, bytes.size());
    }
  });
  std::ranges::move(contents.findings, std::back_inserter(entry.findings));
  // Integrity faults do not stop the rules: the office sees everything wrong at once. A zip of zips or one
  // without files has nothing to check.
  if (!checkable(contents, entry.findings)) {
    return finish(false);
  }
  auto payload =
      contents.payload_root.empty() ? folder : folder / fs::path(contents.payload_root).parent_path();
  return finish(check_payload(request, path, payload, pipeline::display_path(folder.string()), display,
                              report::passed(entry.findings, strict), progress, one));
}

// batch.text-reuse between the packages (each package's own pairs were its district run's), as a batch entry
// named after the packages compared; nothing when fewer than two packages have long texts.
std::optional<report::BatchEntry> text_reuse_across(const std::vector<check::LongTexts>& texts,
                                                    const std::vector<std::string>& packages)
{
  auto findings = check::find_text_reuse(texts, check::ReuseScope::across_groups);
  if (findings.empty()) {
    return std::nullopt;
  }
  report::BatchEntry entry;
  entry.kind = report::BatchKind::across;
  for (const auto& package : packages) {
    entry.path += (entry.path.empty() ? "" : "、") + pipeline::display_path(package);
  }
  entry.findings = std::move(findings);
  return entry;
}

} // namespace

VerifyOutcome verify_packages(const VerifyRequest& request, VerifyProgress* progress)
{
  VerifyOutcome outcome;
  outcome.report.tool_version = request.check.tool_version;
  outcome.report.strict = request.check.strictness == pipeline::Strictness::warnings_fail;
  std::vector<check::LongTexts> texts;
  for (std::size_t i = 0; i < request.packages.size(); ++i) {
    auto folder = request.work_dir / ("package-" + std::to_string(i + 1));
    std::error_code error;
    fs::create_directories(folder, error);
    fs::permissions(folder, fs::perms::owner_all, error);
    auto one = verify_one(request, request.packages[i], folder, progress);
    fs::remove_all(folder, error);
    std::ranges::move(one.report.submissions, std::back_inserter(outcome.report.submissions));
    std::ranges::move(one.report.batch, std::back_inserter(outcome.report.batch));
    std::ranges::move(one.report.configs, std::back_inserter(outcome.report.configs));
    std::ranges::move(one.errors, std::back_inserter(outcome.errors));
    for (auto& text : one.texts) {
      text.group = i;
      texts.push_back(std::move(text));
    }
    outcome.packages.push_back(std::move(one.result));
  }
  if (auto across = text_reuse_across(texts, request.packages)) {
    outcome.report.batch.push_back(std::move(*across));
  }
  std::ranges::stable_sort(outcome.report.submissions, {}, &report::SubmissionReport::path);
  return outcome;
}

std::vector<core::Finding> inspect_zip(std::span<const std::uint8_t> bytes, const VerifyLimits& limits)
{
  auto directory = read_zip_directory(bytes, limits.entries);
  if (!directory) {
    return {unreadable_finding(directory.error(), bytes)};
  }
  auto findings = check_safety(*directory, limits);
  if (has_error(findings)) {
    return findings;
  }
  auto contents = read_contents(bytes, *directory, std::nullopt);
  std::ranges::move(contents.findings, std::back_inserter(findings));
  return findings;
}

} // namespace nominate::pack
