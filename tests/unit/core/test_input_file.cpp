#include "temp_dir.hpp"

#include <nominate/core/input_file.hpp>

#include <catch2/catch.hpp>

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
