// --version's library table, and the man page and shell completions generated from the command line
// (docs/install.md); tests/install/ checks them as installed.

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace nominate::test::cli {

TEST_CASE("--version names the tool, then every library with its built and running versions", "[cli]")
{
  auto version = nominate({"--version"});
  INFO(version.output);
  CHECK(version.exit_code == 0);
  CHECK(version.output.starts_with(std::string("nominate ") + NOMINATE_VERSION + "\n"));
  CHECK(version.output.find("built with") != std::string::npos);
  CHECK(version.output.find("running") != std::string::npos);
  for (const char* library : {"FFmpeg", "libavformat", "libavcodec", "libzip", "libyaml", "stb_image",
                              "pugixml", "libjpeg-turbo", "libheif", "libxlsxwriter", "OpenSSL"}) {
    INFO(library);
    CHECK(version.output.find(std::string("\n") + library) != std::string::npos);
  }
}

TEST_CASE("the man page and the completions come from the command line itself", "[cli]")
{
  const std::vector<std::string> k_commands = {"check", "count", "rules",  "explain", "init",
                                               "pack",  "table", "upload", "verify",  "fix"};
  SECTION("man: a roff page with every subcommand and option")
  {
    auto man = nominate({"man"});
    CHECK(man.exit_code == 0);
    CHECK(man.output.find(".TH NOMINATE 1") != std::string::npos);
    for (const auto& command : k_commands) {
      INFO(command);
      CHECK(man.output.find(".SS \"nominate " + command) != std::string::npos);
    }
    CHECK(man.output.find("\\-\\-max\\-entries") != std::string::npos);
    CHECK(man.output.find("NOMINATE_RULES_PATH") != std::string::npos);
  }
  SECTION("bash: subcommands, rule sets and rule ids")
  {
    auto bash = nominate({"completions", "bash"});
    CHECK(bash.exit_code == 0);
    CHECK(bash.output.find("complete -F _nominate nominate") != std::string::npos);
    CHECK(bash.output.find("commands=\"check count rules") != std::string::npos);
    CHECK(bash.output.find("national/star") != std::string::npos);
    CHECK(bash.output.find("video.frame-rate") != std::string::npos);
  }
  SECTION("zsh: a completion function")
  {
    auto zsh = nominate({"completions", "zsh"});
    CHECK(zsh.exit_code == 0);
    CHECK(zsh.output.starts_with("#compdef nominate\n"));
    CHECK(zsh.output.find("_nominate_rules_show()") != std::string::npos);
  }
  SECTION("an unknown shell is a usage error; neither command clutters --help")
  {
    CHECK(nominate({"completions", "fish"}).exit_code == 2);
    auto help = nominate({"--help"});
    CHECK(help.output.find("completions") == std::string::npos);
    CHECK(help.output.find("\n  man ") == std::string::npos);
  }
}

} // namespace nominate::test::cli
