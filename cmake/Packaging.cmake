# `cpack -G DEB` (run in the build folder): a Debian package of what `cmake --install` installs, under /usr,
# stripped, its Depends computed by dpkg-shlibdeps (package dpkg-dev) from the libraries the binary links.
# docs/install.md; tests/install/ builds it, unpacks it and runs it, and runs lintian where installed.
set(NOMINATE_DEB_MAINTAINER "nominate maintainers <maintainers@users.noreply.r-seed-a3a5cc16.example>"
    CACHE STRING "the Maintainer field of the .deb")
set(NOMINATE_DEB_RELEASE 1 CACHE STRING "the Debian revision of the .deb (0.1.0-N)")

set(CPACK_PACKAGE_NAME nominate)
set(CPACK_PACKAGE_VENDOR "nominate maintainers")
set(CPACK_PACKAGE_CONTACT "${NOMINATE_DEB_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check nomination materials for lifelong-learning awards")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${NOMINATE_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NOMINATE_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# FFmpeg is loaded with dlopen on first use (lib/ffmpeg), which dpkg-shlibdeps cannot see: its libraries are
# named here, by the sonames of the headers the build used (Debian names each package for its soname:
# libavformat.so.59 is in libavformat59; the soname pins the ABI, so no version is needed).
set(nominate_dlopen_depends "")
foreach(library IN ITEMS libavutil libavcodec libavformat libavfilter libswscale libswresample)
  string(REGEX MATCH "^[0-9]+" major "${FFMPEG_${library}_VERSION}")
  list(APPEND nominate_dlopen_depends "${library}${major}")
endforeach()
# libheif is loaded the same way (lib/heif); its soname carries its major version (libheif.so.1: libheif1).
string(REGEX MATCH "^[0-9]+" major "${HEIF_VERSION}")
list(APPEND nominate_dlopen_depends "libheif${major}")
list(JOIN nominate_dlopen_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# LibreOffice converts legacy .doc/.wps/.xls forms; without it they are reported with how to convert them.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui, libreoffice-calc-nogui")
# The extended description, under the summary line (cpack indents each line and writes the summary itself).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "nominate checks the nomination materials of China's lifelong-learning awards
(百姓学习之星, 终身学习品牌项目, 首都市民学习之星) against their notice: the
form (Word/WPS), registration tables, photos, videos, character counts,
project age and participants. For each fault it says what the notice asks
and how to fix it, in Chinese or English, and writes text, JSON, SARIF or
JUnit reports. It also packs a district's materials for sending upward,
verifies received packages and repairs videos and photos in a copy.")

# Debian wants /usr/share/doc/nominate/changelog.Debian.gz; only the .deb gets it (packaging/deb-extras.cmake).
string(TIMESTAMP NOMINATE_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(NOMINATE_DEB_VERSION "${PROJECT_VERSION}-${NOMINATE_DEB_RELEASE}")
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.Debian.in ${PROJECT_BINARY_DIR}/packaging/changelog.Debian
               @ONLY)
set(NOMINATE_DEB_CHANGELOG ${PROJECT_BINARY_DIR}/packaging/changelog.Debian)
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/deb-extras.cmake)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/packaging/CPackProject.cmake)
file(WRITE ${CPACK_PROJECT_CONFIG_FILE} "set(NOMINATE_DEB_CHANGELOG \"${NOMINATE_DEB_CHANGELOG}\")\n")

include(CPack)
