# What `cmake --install` puts under the prefix besides bin/nominate and share/nominate/rules (cli/CMakeLists.txt):
# the man page and the bash and zsh completions, generated at build time by the built nominate from its own
# command line (hidden `nominate man` and `nominate completions bash|zsh`), and the guides. docs/install.md.
set(NOMINATE_BASH_COMPLETION_DIR share/bash-completion/completions CACHE STRING
    "where bash-completion finds completions, relative to the prefix")
# Debian's zsh (and so UOS's and Kylin's) searches vendor-completions; elsewhere use share/zsh/site-functions.
set(NOMINATE_ZSH_COMPLETION_DIR share/zsh/vendor-completions CACHE STRING
    "where zsh finds completion functions, relative to the prefix")

install(FILES README.md docs/guide.zh.md docs/guide.en.md docs/rules.md docs/install.md packaging/copyright
        DESTINATION share/doc/nominate)

set(generated ${PROJECT_BINARY_DIR}/generated)
if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
  message(WARNING "cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR (e.g. qemu-aarch64): the man page and "
                  "completions are not generated or installed (docs/install.md)")
  return()
endif()
# English, and only the shipped rule sets, whatever the shell that runs the build has set.
set(run_nominate ${CMAKE_COMMAND} -E env --unset=NOMINATE_RULES_PATH --unset=LANGUAGE LC_ALL=C.UTF-8
    ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:nominate>)
file(GLOB_RECURSE shipped_rules CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/rules/*.yaml)
add_custom_command(
  OUTPUT ${generated}/nominate.1 ${generated}/nominate.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}
  COMMAND ${run_nominate} man -o ${generated}/nominate.1
  COMMAND gzip -9 -n -k -f ${generated}/nominate.1
  DEPENDS nominate
  COMMENT "Generating the man page nominate.1 from nominate's command line")
add_custom_command(
  OUTPUT ${generated}/nominate.bash ${generated}/_nominate
  COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}
  COMMAND ${run_nominate} completions bash -o ${generated}/nominate.bash
  COMMAND ${run_nominate} completions zsh -o ${generated}/_nominate
  DEPENDS nominate ${shipped_rules}
  COMMENT "Generating bash and zsh completions from nominate's command line and rule sets")
add_custom_target(nominate_generated ALL
  DEPENDS ${generated}/nominate.1.gz ${generated}/nominate.bash ${generated}/_nominate)

install(FILES ${generated}/nominate.1.gz DESTINATION share/man/man1)
install(FILES ${generated}/nominate.bash DESTINATION ${NOMINATE_BASH_COMPLETION_DIR} RENAME nominate)
install(FILES ${generated}/_nominate DESTINATION ${NOMINATE_ZSH_COMPLETION_DIR})
