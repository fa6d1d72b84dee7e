// bench_pack: packs one ~200 MB submission and a district of 20 with nominate, then zips the same folders
// with Info-ZIP's `zip -0 -r` (store) and `zip -r` (deflate), and prints the times and ratios (goal: pack ≤
// 0.5× `zip -0 -r`, ≥ 10× faster than `zip -r`), `unzip -t` on the package, and the peak resident memory,
// which must not grow with the size of the videos.

#include <nominate/pack/pack.hpp>
#include <nominate/pipeline/check_paths.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <sys/resource.h>

namespace fs = std::filesystem;

namespace {

void filler(const fs::path& file, std::size_t megabytes)
{
  std::ofstream out(file, std::ios::binary);
  std::mt19937_64 random(42);
  std::string block(1 << 20, '\0');
  for (std::size_t i = 0; i < megabytes; ++i) {
    for (std::size_t j = 0; j < block.size(); j += 8) {
      auto value = random();
      std::memcpy(block.data() + j, &value, 8);
    }
    out << block;
  }
}

double seconds_of(const std::string& command)
{
  auto start = std::chrono::steady_clock::now();
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "failed: %s\n", command.c_str());
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double pack_seconds(const fs::path& folder, const fs::path& output)
{
  nominate::pipeline::CheckRequest request;
  request.paths = {folder.string()};
  request.load.rule_dirs = {fs::path(NOMINATE_SOURCE_DIR) / "rules"};
  request.load.work_dir = output / "work";
  request.tool_version = "bench";
  auto start = std::chrono::steady_clock::now();
  auto outcome = nominate::pipeline::check_paths(request, nullptr);
  auto checked = std::chrono::steady_clock::now();
  nominate::pack::PackRequest pack;
  pack.output_dir = output;
  pack.tool_version = "bench";
  auto result = nominate::pack::write_packages(outcome, pack, nullptr);
  auto done = std::chrono::steady_clock::now();
  if (!result || result->written.empty()) {
    std::fprintf(stderr, "pack failed: %s\n", result ? "nothing written" : result.error().message.c_str());
    return 0;
  }
  std::printf(
      "  check %.2f s, write %.2f s; unzip -t: ", std::chrono::duration<double>(checked - start).count(),
      std::chrono::duration<double>(done - checked).count());
  std::fflush(stdout);
  std::system(("unzip -tq '" + result->written.front().string() + "'").c_str());
  return std::chrono::duration<double>(done - start).count();
}

void compare(const char* label, const fs::path& folder, const fs::path& work)
{
  std::printf("%s (%s)\n", label, folder.c_str());
  fs::remove_all(work / "out");
  fs::create_directories(work / "out");
  auto pack = pack_seconds(folder, work / "out");
  auto quoted = "'" + folder.filename().string() + "'";
  auto in = "cd '" + folder.parent_path().string() + "' && ";
  fs::remove(work / "store.zip");
  fs::remove(work / "deflate.zip");
  auto store = seconds_of(in + "zip -q -0 -r '" + (work / "store.zip").string() + "' " + quoted);
  auto deflate = seconds_of(in + "zip -q -r '" + (work / "deflate.zip").string() + "' " + quoted);
  std::printf(
      "  pack %.2f s, zip -0 -r %.2f s, zip -r %.2f s: pack/zip-0 %.2f× (goal ≤ 0.5), zip-r/pack %.1f× "
      "(goal ≥ 10)\n",
      pack, store, deflate, pack / store, deflate / pack);
}

} // namespace

int main(int argc, char** argv)
{
  fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(NOMINATE_SOURCE_DIR);
  fs::path work = fs::temp_directory_path() / "nominate-bench-pack";
  fs::remove_all(work);
  fs::create_directories(work / "one");
  auto single = work / "one" / "01-张三";
  fs::copy(source / "examples" / "star-compliant", single, fs::copy_options::recursive);
  filler(single / "附件资料.dat", 200);
  auto district = work / "海淀区";
  fs::copy(source / "examples" / "海淀区", district, fs::copy_options::recursive);
  fs::remove_all(district / "01-张三");
  fs::remove_all(district / "02-李四");
  fs::remove(district / "登记表.xlsx");
  for (int i = 1; i <= 20; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%02d-学员%d", i, i);
    fs::copy(source / "examples" / "star-compliant", district / name, fs::copy_options::recursive);
    filler(district / name / "附件资料.dat", 10);
  }
  compare("one submission, ~200 MB", single, work);
  compare("a district of 20, ~200 MB", district, work);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak resident memory: %ld MB\n", usage.ru_maxrss / 1024);
  fs::remove_all(work);
  return 0;
}
