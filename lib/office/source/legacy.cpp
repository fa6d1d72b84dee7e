#include "file_bytes.hpp"
#include "mhtml.hpp"

#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace nominate::office {

namespace {

// A path as a file:// URL: every byte outside the unreserved set and '/' percent-encoded.
std::string file_url(const std::filesystem::path& path)
{
  static constexpr std::string_view k_hex = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path.string()) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                 c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += k_hex[c >> 4];
      url += k_hex[c & 0x0F];
    }
  }
  return url;
}

// The extension LibreOffice should see: by content, whatever the user's file is named.
std::string extension_for(DocumentType type, ConvertTarget target)
{
  switch (type) {
  case DocumentType::rtf:
    return ".rtf";
  case DocumentType::html:
    return ".html";
  case DocumentType::word_xml:
    return ".xml";
  case DocumentType::wps:
    return ".wps";
  case DocumentType::doc:
    return ".doc";
  case DocumentType::xls:
    return ".xls";
  case DocumentType::docx:
    return ".docx";
  case DocumentType::xlsx:
    return ".xlsx";
  case DocumentType::odt:
    return ".odt";
  case DocumentType::ods:
    return ".ods";
  default:
    return target == ConvertTarget::docx ? ".doc" : ".xls";
  }
}

enum class Outcome { exited_ok, failed, timed_out, not_started };

// The process groups of the conversions under way (one a worker thread at most), for stop_conversions. A
// slot holds a group from just after it is made until it is killed, before it is reaped, so a handler that
// reads a slot never signals a group whose number the system has given to someone else.
constexpr std::size_t k_slots = 64;
std::array<std::atomic<pid_t>, k_slots> g_running{};
static_assert(std::atomic<pid_t>::is_always_lock_free, "stop_conversions runs in a signal handler");
// Set once by stop_conversions and never cleared: a worker whose conversion was just killed must not start
// the next one while the program is ending (its group would be made after the handler looked).
std::atomic<bool> g_stopping{false};
static_assert(std::atomic<bool>::is_always_lock_free, "stop_conversions runs in a signal handler");

std::atomic<pid_t>* remember_group(pid_t group)
{
  for (auto& slot : g_running) {
    pid_t empty = 0;
    if (slot.compare_exchange_strong(empty, group)) {
      return &slot;
    }
  }
  return nullptr; // more conversions than slots: this one is not stopped early, its timeout still holds
}

// Runs argv without a shell in its own process group; on timeout the whole group is killed.
Outcome run_with_timeout(const std::vector<std::string>& argv, std::chrono::seconds timeout)
{
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  // The stopping signals wait, on this thread, while the group is made and remembered: a handler that runs
  // here then finds it. (Another thread may still take the signal in that window; the window is a fork.)
  sigset_t stopping;
  sigset_t previous;
  sigemptyset(&stopping);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    sigaddset(&stopping, signal);
  }
  pthread_sigmask(SIG_BLOCK, &stopping, &previous);
  pid_t pid = fork();
  if (pid < 0) {
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (null_fd >= 0) {
      ::close(null_fd);
    }
    return Outcome::not_started;
  }
  if (pid == 0) {
    setpgid(0, 0);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
      ::signal(signal, SIG_DFL); // not the program's handlers, which remove the program's files
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (null_fd >= 0) {
      dup2(null_fd, STDIN_FILENO);
      dup2(null_fd, STDOUT_FILENO);
      dup2(null_fd, STDERR_FILENO);
    }
    execv(args[0], args.data());
    _exit(127);
  }
  setpgid(pid, pid);
  auto* slot = remember_group(pid);
  if (g_stopping.load()) {
    kill(-pid, SIGKILL); // stop_conversions ran before this group was remembered: it goes at once
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (null_fd >= 0) {
    ::close(null_fd);
  }
  auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  for (;;) {
    // Wait without reaping, so that the process group cannot be reused before it is killed.
    siginfo_t info{};
    if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid) {
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(-pid, SIGKILL); // helpers left in the group (oosplash, soffice.bin) go too
  if (slot != nullptr) {
    slot->store(0);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    return Outcome::timed_out;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    return Outcome::not_started;
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? Outcome::exited_ok : Outcome::failed;
}

bool executable(const std::filesystem::path& path)
{
  std::error_code error;
  return std::filesystem::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

std::string shell_quote(const std::string& text)
{
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '$' || c == '`') {
      quoted += '\\';
    }
    quoted += c;
  }
  return quoted + "\"";
}

} // namespace

void stop_conversions() noexcept
{
  g_stopping.store(true);
  for (auto& slot : g_running) {
    if (pid_t group = slot.load(); group > 0) {
      ::kill(-group, SIGKILL);
    }
  }
}

core::Result<std::filesystem::path> convert_document(const std::filesystem::path& input,
                                                     const std::filesystem::path& work_dir,
                                                     ConvertTarget target, const ConvertOptions& options)
{
  std::error_code error;
  if (!std::filesystem::is_regular_file(input, error)) {
    return core::fail(core::ErrorCode::not_found, "no such file", input);
  }
  if (options.soffice.empty()) {
    return core::fail(core::ErrorCode::invalid_argument, "no LibreOffice program given", input);
  }
  if (g_stopping.load()) {
    return core::fail(core::ErrorCode::conversion_failed, "the program is stopping", input);
  }
  auto base = std::filesystem::absolute(work_dir, error);
  auto in_dir = base / "in";
  auto out_dir = base / "out";
  std::filesystem::create_directories(in_dir, error);
  std::filesystem::create_directories(out_dir, error);
  std::filesystem::create_directories(base / "tmp", error);
  if (error) {
    return core::fail(core::ErrorCode::conversion_failed, "cannot create the work folder: " + error.message(),
                      input);
  }
  // The whole file: an OLE2 directory may sit anywhere in it.
  auto bytes = read_file_bytes(input);
  DocumentType type = bytes ? sniff_document(*bytes) : DocumentType::unknown;
  if (is_encrypted(type)) {
    // LibreOffice would wait for a password no one can type.
    return core::fail(core::ErrorCode::encrypted, "a password-protected document", input);
  }
  // A compound file whose main stream's chain loops or leaves the file: LibreOffice reads what it can and
  // writes a document that is not the user's (an empty form), so the file is reported as damaged instead.
  if (auto damage = bytes ? compound_file_damage(*bytes) : std::nullopt) {
    return core::fail(core::ErrorCode::unreadable, "the file is damaged: " + *damage, input);
  }
  auto source = in_dir / ("source" + extension_for(type, target));
  if (type == DocumentType::html && bytes && is_mhtml(*bytes)) {
    // A web archive: LibreOffice is given its page, which it reads as the HTML it is.
    auto page = mhtml_html_part(*bytes);
    if (!page) {
      return core::fail(core::ErrorCode::unreadable, "a web archive (MHTML) that holds no web page", input);
    }
    std::ofstream out(source, std::ios::binary | std::ios::trunc);
    out << *page;
    if (!out.flush()) {
      return core::fail(core::ErrorCode::conversion_failed, "cannot write into the work folder", input);
    }
  } else {
    std::filesystem::copy_file(input, source, std::filesystem::copy_options::overwrite_existing, error);
  }
  if (error) {
    return core::fail(core::ErrorCode::conversion_failed,
                      "cannot copy into the work folder: " + error.message(), input);
  }
  std::string extension = target == ConvertTarget::docx ? "docx" : "xlsx";
  // LibreOffice's own temporary folders (lu*.tmp) go in the work folder, which is removed after it, also
  // when LibreOffice is killed: through env(1), which sets TMPDIR and execs it in the same process (the
  // library passes the variable on the command line; it reads no environment).
  std::vector<std::string> argv;
  if (executable("/usr/bin/env")) {
    argv = {"/usr/bin/env", "TMPDIR=" + (base / "tmp").string()};
  }
  argv.insert(argv.end(),
              {options.soffice.string(), "-env:UserInstallation=" + file_url(base / "profile"), "--headless",
               "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo"});
  if (type == DocumentType::html && target == ConvertTarget::docx) {
    argv.emplace_back(
        "--infilter=HTML (StarWriter)"); // into Writer, not Writer/Web, which has no .docx export
  }
  argv.insert(argv.end(),
              {"--convert-to",
               target == ConvertTarget::docx ? "docx:MS Word 2007 XML" : "xlsx:Calc MS Excel 2007 XML",
               "--outdir", out_dir.string(), source.string()});
  Outcome outcome = run_with_timeout(argv, options.timeout);
  auto produced = out_dir / ("source." + extension);
  switch (outcome) {
  case Outcome::not_started:
    return core::fail(core::ErrorCode::conversion_failed,
                      "LibreOffice did not start: " + options.soffice.string(), input);
  case Outcome::timed_out:
    return core::fail(core::ErrorCode::conversion_failed,
                      "LibreOffice took longer than " + std::to_string(options.timeout.count()) +
                          " s and was stopped",
                      input);
  case Outcome::failed:
  case Outcome::exited_ok:
    break;
  }
  if (!std::filesystem::is_regular_file(produced, error) ||
      std::filesystem::file_size(produced, error) == 0) {
    return core::fail(core::ErrorCode::conversion_failed,
                      std::string("LibreOffice could not convert the ") + to_string(type) + " file to ." +
                          extension,
                      input);
  }
  return produced;
}

core::Result<std::filesystem::path> convert_to_docx(const std::filesystem::path& input,
                                                    const std::filesystem::path& work_dir,
                                                    const ConvertOptions& options)
{
  return convert_document(input, work_dir, ConvertTarget::docx, options);
}

std::string convert_command(const std::filesystem::path& input, ConvertTarget target)
{
  auto folder = input.has_parent_path() ? input.parent_path() : std::filesystem::path(".");
  return std::string("soffice --headless --convert-to ") + (target == ConvertTarget::docx ? "docx" : "xlsx") +
         " --outdir " + shell_quote(folder.string()) + " " + shell_quote(input.string());
}

std::optional<std::filesystem::path> find_soffice(std::string_view path_variable)
{
  std::vector<std::filesystem::path> folders;
  while (!path_variable.empty()) {
    auto colon = path_variable.find(':');
    auto folder = path_variable.substr(0, colon);
    if (!folder.empty()) {
      folders.emplace_back(folder);
    }
    path_variable = colon == std::string_view::npos ? std::string_view() : path_variable.substr(colon + 1);
  }
  folders.emplace_back("/usr/bin");
  folders.emplace_back("/usr/lib/libreoffice/program");
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/opt", error)) {
    if (entry.path().filename().string().starts_with("libreoffice")) {
      folders.push_back(entry.path() / "program");
    }
  }
  for (const auto& folder : folders) {
    for (const char* name : {"soffice", "libreoffice"}) {
      if (executable(folder / name)) {
        return folder / name;
      }
    }
  }
  return std::nullopt;
}

} // namespace nominate::office
