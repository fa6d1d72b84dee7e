# Interface targets that every part links: language level, warnings, sanitizers.
add_library(nominate_settings INTERFACE)
# std::expected needs C++23 (GCC 12: -std=c++2b); the code otherwise keeps to C++20.
target_compile_features(nominate_settings INTERFACE cxx_std_23) # docs/architecture.md: C++23
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(nominate_settings INTERFACE
  NOMINATE_VERSION="${PROJECT_VERSION}")

add_library(nominate_warnings INTERFACE)
target_compile_options(nominate_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)

if(NOMINATE_SANITIZE)
  target_compile_options(nominate_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(nominate_settings INTERFACE -fsanitize=address,undefined)
endif()

if(NOMINATE_FUZZ)
  # libFuzzer (clang only): every part is instrumented for coverage and checked by ASan and UBSan; the fuzz
  # targets link libFuzzer's main. libstdc++ 12 hides std::expected from clang unless __cpp_concepts says C++20's.
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "NOMINATE_FUZZ needs clang: cmake -DCMAKE_CXX_COMPILER=clang++-16 (docs/fuzzing.md)")
  endif()
  target_compile_options(nominate_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
    -Wno-builtin-macro-redefined -Wno-macro-redefined -U__cpp_concepts -D__cpp_concepts=202002L)
  target_link_options(nominate_settings INTERFACE -fsanitize=address,undefined)
endif()

if(NOMINATE_CLANG_TIDY)
  # The same arguments as scripts/tidy.sh (see there why).
  set(CMAKE_CXX_CLANG_TIDY clang-tidy-16 --extra-arg=-std=c++2b --extra-arg=-Wno-macro-redefined
      --extra-arg=-Wno-builtin-macro-redefined --extra-arg=-U__cpp_concepts --extra-arg=-D__cpp_concepts=202002L)
endif()

# nominate_part(NAME SOURCES ... PUBLIC ... PRIVATE ...): one library part, lib/NAME, namespace nominate::NAME.
# PUBLIC: the parts and libraries its public headers include (users of the part need them too); PRIVATE: those
# only its sources include. scripts/check-links.py, run by the test command, holds every part to this.
function(nominate_part name)
  cmake_parse_arguments(PART "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(nominate_${name} STATIC ${PART_SOURCES})
  add_library(nominate::${name} ALIAS nominate_${name})
  target_include_directories(nominate_${name}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/source)
  target_link_libraries(nominate_${name}
    PUBLIC nominate_settings ${PART_PUBLIC}
    PRIVATE nominate_warnings ${PART_PRIVATE})
endfunction()

# Plugins: nominate-pdf.so (lib/office/CMakeLists.txt), which office loads on first use by name, as the
# loader finds a library. `nominate` has $ORIGIN/../lib/nominate/plugins on its RUNPATH, built and installed
# alike: <prefix>/bin → <prefix>/lib/nominate/plugins, so a moved prefix still works; build/cli →
# build/lib/nominate/plugins, so CMake need not rewrite, nor pad, the RUNPATH at install. The other programs
# of the build (tests, benchmarks, fuzz targets) have the build's folder. Two levels below lib/: the .deb's
# postinst would otherwise run ldconfig for a module that is no shared library of the system's.
set(NOMINATE_PLUGIN_INSTALL_DIR lib/nominate/plugins)
set(NOMINATE_PLUGIN_BUILD_DIR ${PROJECT_BINARY_DIR}/${NOMINATE_PLUGIN_INSTALL_DIR})
set(CMAKE_BUILD_RPATH ${NOMINATE_PLUGIN_BUILD_DIR})
