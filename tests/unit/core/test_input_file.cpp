#include "temp_dir.hpp"

#include <nominate/core/input_file.hpp>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace nominate::core;

TEST_CASE("only regular files are opened: a FIFO is refused at once, never waited on", "[core]")
{
  nominate::test::TempDir temp;
  const auto fifo = temp.path() / "往年获奖名单.csv";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  auto opened = InputFile::open(fifo); // with a blocking open this would wait for a writer forever
  REQUIRE(!opened);
  CHECK(opened.error().code == ErrorCode::unreadable);
  CHECK(opened.error().file == fifo);
  CHECK(opened.error().message.find("FIFO") != std::string::npos);
  CHECK(file_kind(fifo) == FileKind::fifo);

  auto folder = read_input_file(temp.path(), 1024);
  REQUIRE(!folder);
  CHECK(folder.error().message.find("folder") != std::string::npos);

  CHECK(read_input_file(temp.path() / "none", 1024).error().code == ErrorCode::not_found);
  CHECK(read_input_file("/dev/zero", 1024).error().code == ErrorCode::unreadable);
}

TEST_CASE("a regular file is read whole, within its limit, also through a link", "[core]")
{
  nominate::test::TempDir temp;
  temp.write("a.txt", "hello");
  std::filesystem::create_symlink(temp.path() / "a.txt", temp.path() / "link.txt");
  auto bytes = read_input_text(temp.path() / "link.txt", 1024);
  REQUIRE(bytes);
  CHECK(*bytes == "hello");
  CHECK(file_kind(temp.path() / "link.txt") == FileKind::symlink);
  auto over = read_input_file(temp.path() / "a.txt", 4);
  REQUIRE(!over);
  CHECK(over.error().code == ErrorCode::limit_exceeded);
  auto head = read_input_head(temp.path() / "a.txt", 2);
  REQUIRE(head);
  CHECK(head->bytes.size() == 2);
  CHECK(head->size == 5);
}

TEST_CASE("a socket is refused and named as one", "[core]")
{
  nominate::test::TempDir temp;
  const auto path = temp.path() / "s.jpg";
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
  CHECK(file_kind(path) == FileKind::socket);
  auto opened = InputFile::open(path);
  CHECK(!opened);
  ::close(fd);
}

TEST_CASE("a copy is whole, and a full disk is named as such on the copy, not as the input's fault", "[core]")
{
  nominate::test::TempDir temp;
  std::string bytes(3 * 1024 * 1024 + 17, '\0'); // more than one chunk
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    bytes[i] = static_cast<char>(i * 7);
  }
  const auto from = temp.write("事迹视频.mp4", bytes);
  REQUIRE(copy_input_file(from, temp.path() / "副本.mp4", /*sync=*/true));
  CHECK(nominate::test::read_file(temp.path() / "副本.mp4") == bytes);

  // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
  if (file_kind("/dev/full") == FileKind::device) {
    auto full = copy_input_file(from, "/dev/full");
    REQUIRE(!full);
    CHECK(full.error().file == "/dev/full");
    CHECK(full.error().message.find(std::strerror(ENOSPC)) != std::string::npos);
  }
  auto fifo = temp.path() / "管道.mp4";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  auto refused = copy_input_file(fifo, temp.path() / "x.mp4");
  REQUIRE(!refused);
  CHECK(refused.error().file == fifo);
}
