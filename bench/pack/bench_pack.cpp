// bench_pack [SOURCE_DIR] [RUNS]: packs one ~200 MB submission and a district of 20 with nominate (check and
// write, in this process: as the CLI does, the payload written while the check runs, and, for comparison,
// check then write), then zips the same folders with Info-ZIP's `zip -0 -r` (store) and `zip -r`
// (deflate), RUNS times each (default 3), and prints the medians of wall-clock and CPU time and their ratios
// (goal: pack ≤ 0.5× `zip -0 -r`, ≥ 10× faster than `zip -r`), `unzip -t` on the package, the load average,
// and the peak resident memory, which must not grow with the size of the videos.
// The filler files are random bytes (they do not shrink): `zip -r` deflates them in vain, as it would a
// video; pack stores them (a .dat is not text). pack also fsyncs its package, which zip does not.

#include <nominate/pack/pack.hpp>
#include <nominate/pipeline/check_paths.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <tuple>
#include <vector>

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

// Wall-clock and CPU (user + system) seconds of one job. On shared cores the wall clock moves with the
// neighbours' load; CPU time much less, so both are printed.
struct Cost {
  double wall = 0;
  double cpu = 0;
};

double seconds(const timeval& time)
{
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

double cpu_of(int who)
{
  rusage usage{};
  getrusage(who, &usage);
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

Cost cost_of(const std::string& command)
{
  auto start = std::chrono::steady_clock::now();
  auto cpu = cpu_of(RUSAGE_CHILDREN);
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "failed: %s\n", command.c_str());
  }
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          cpu_of(RUSAGE_CHILDREN) - cpu};
}

// Checks and packs `folder` into `output` (emptied first) in this process. `ahead`: as `nominate pack` does,
// the payload written while the submissions are checked (pack::PackageWriter); else check, then write.
Cost pack_cost(const fs::path& folder, const fs::path& output, bool ahead, bool test)
{
  fs::remove_all(output);
  fs::create_directories(output);
  nominate::pipeline::CheckRequest request;
  request.paths = {folder.string()};
  request.load.rule_dirs = {fs::path(NOMINATE_SOURCE_DIR) / "rules"};
  request.load.work_dir = output / "work";
  request.tool_version = "bench";
  // As the CLI does by default: one job per core, for the check and for pack's hash thread.
  request.jobs = std::max(1U, std::thread::hardware_concurrency());
  nominate::pack::PackRequest pack;
  pack.output_dir = output;
  pack.tool_version = "bench";
  pack.jobs = request.jobs;
  struct HeadStart : nominate::pipeline::LoadedSink {
    const nominate::pack::PackRequest* request = nullptr;
    std::unique_ptr<nominate::pack::PackageWriter> writer;
    void loaded(const nominate::pipeline::CheckOutcome& so_far) override
    {
      writer = nominate::pack::PackageWriter::start(so_far, *request, nullptr);
    }
  } head_start;
  head_start.request = &pack;

  auto start = std::chrono::steady_clock::now();
  auto cpu = cpu_of(RUSAGE_SELF);
  auto outcome = nominate::pipeline::check_paths(request, nullptr, ahead ? &head_start : nullptr);
  auto checked = std::chrono::steady_clock::now();
  auto checked_cpu = cpu_of(RUSAGE_SELF);
  auto result =
      ahead ? head_start.writer->finish(outcome) : nominate::pack::write_packages(outcome, pack, nullptr);
  auto done = std::chrono::steady_clock::now();
  auto done_cpu = cpu_of(RUSAGE_SELF);
  if (!result || result->written.empty()) {
    std::fprintf(stderr, "pack failed: %s\n", result ? "nothing written" : result.error().message.c_str());
    return {};
  }
  std::printf("  pack%s: check %.2f s (CPU %.2f s), then write %.2f s (CPU %.2f s)",
              ahead ? ", payload written during the check" : ", check then write",
              std::chrono::duration<double>(checked - start).count(), checked_cpu - cpu,
              std::chrono::duration<double>(done - checked).count(), done_cpu - checked_cpu);
  if (test) {
    std::printf("; unzip -t: ");
    std::fflush(stdout);
    std::system(("unzip -tq '" + result->written.front().string() + "'").c_str());
  } else {
    std::printf("\n");
  }
  return {std::chrono::duration<double>(done - start).count(), done_cpu - cpu};
}

void compare(const char* label, const fs::path& folder, const fs::path& work, int runs)
{
  std::printf("%s (%s), %d runs, each output removed before its run\n", label, folder.c_str(), runs);
  auto quoted = "'" + folder.filename().string() + "'";
  auto in = "cd '" + folder.parent_path().string() + "' && ";
  std::vector<double> pack_wall, pack_cpu, serial_wall, serial_cpu, store_wall, store_cpu, deflate_wall,
      deflate_cpu;
  for (int run = 0; run < runs; ++run) {
    auto pack = pack_cost(folder, work / "out", true, run == 0);
    auto serial = pack_cost(folder, work / "out", false, false);
    fs::remove(work / "store.zip");
    auto store = cost_of(in + "zip -q -0 -r '" + (work / "store.zip").string() + "' " + quoted);
    fs::remove(work / "deflate.zip");
    auto deflate = cost_of(in + "zip -q -r '" + (work / "deflate.zip").string() + "' " + quoted);
    pack_wall.push_back(pack.wall);
    pack_cpu.push_back(pack.cpu);
    serial_wall.push_back(serial.wall);
    serial_cpu.push_back(serial.cpu);
    store_wall.push_back(store.wall);
    store_cpu.push_back(store.cpu);
    deflate_wall.push_back(deflate.wall);
    deflate_cpu.push_back(deflate.cpu);
  }
  auto [pw, pc, sw, sc, dw, dc] = std::tuple{median(pack_wall), median(pack_cpu),     median(store_wall),
                                             median(store_cpu), median(deflate_wall), median(deflate_cpu)};
  auto [qw, qc] = std::pair{median(serial_wall), median(serial_cpu)};
  std::printf(
      "  medians: pack %.2f s (CPU %.2f s); check then write %.2f s (CPU %.2f s); zip -0 -r %.2f s (CPU "
      "%.2f s), zip -r %.2f s (CPU %.2f s)\n",
      pw, pc, qw, qc, sw, sc, dw, dc);
  std::printf(
      "  wall clock: pack/zip-0 %.2f× (goal ≤ 0.5; check then write %.2f×), zip-r/pack %.1f× (goal ≥ 10)\n",
      pw / sw, qw / sw, dw / pw);
  std::printf("  CPU time:   pack/zip-0 %.2f×, zip-r/pack %.1f×\n", pc / sc, dc / pc);
}

} // namespace

int main(int argc, char** argv)
{
  fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(NOMINATE_SOURCE_DIR);
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
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
  double load[3] = {};
  getloadavg(load, 3);
  std::printf("load average at the start: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
  compare("one submission, ~200 MB", single, work, runs);
  compare("a district of 20, ~200 MB", district, work, runs);
  getloadavg(load, 3);
  std::printf("load average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak resident memory: %ld MB\n", usage.ru_maxrss / 1024);
  fs::remove_all(work);
  return 0;
}
