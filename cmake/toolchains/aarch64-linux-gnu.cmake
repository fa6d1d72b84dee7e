# Cross-compiling for arm64 (Phytium, Kunpeng: Kylin, UOS) on Debian 12 amd64 — docs/install.md.
# Needs crossbuild-essential-arm64 and the :arm64 -dev packages; qemu-user-static runs the built nominate to
# generate the man page and completions (without it they are left out, with a warning).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# pkg-config: the arm64 .pc files of Debian's multiarch layout.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
find_program(NOMINATE_QEMU_AARCH64 qemu-aarch64-static qemu-aarch64)
if(NOMINATE_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${NOMINATE_QEMU_AARCH64};-L;/usr/aarch64-linux-gnu)
endif()
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
