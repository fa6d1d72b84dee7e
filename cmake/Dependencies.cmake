find_package(PkgConfig REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(fmt REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Iconv REQUIRED)
find_package(ZLIB REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(LIBYAML REQUIRED IMPORTED_TARGET yaml-0.1)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)
# FFmpeg: its headers only. lib/ffmpeg loads the libraries on first use (dlopen of the sonames of these
# headers), so nothing links them; the .deb names them in Depends (cmake/Packaging.cmake), since
# dpkg-shlibdeps cannot see a dlopen.
pkg_check_modules(FFMPEG REQUIRED libavformat libavcodec libavutil libavfilter libswscale libswresample)
add_library(nominate_ffmpeg_headers INTERFACE)
target_include_directories(nominate_ffmpeg_headers SYSTEM INTERFACE ${FFMPEG_INCLUDE_DIRS})
add_library(FFmpeg::headers ALIAS nominate_ffmpeg_headers)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(JPEG REQUIRED IMPORTED_TARGET libjpeg)
# libheif: its headers only, for the same reason: lib/heif loads it on first use.
pkg_check_modules(HEIF REQUIRED libheif)
add_library(nominate_heif_headers INTERFACE)
target_include_directories(nominate_heif_headers SYSTEM INTERFACE ${HEIF_INCLUDE_DIRS})
add_library(HEIF::headers ALIAS nominate_heif_headers)
pkg_check_modules(WEBP REQUIRED IMPORTED_TARGET libwebp libwebpdemux)
find_path(STB_INCLUDE_DIR stb_image.h PATH_SUFFIXES stb REQUIRED)
if(NOMINATE_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
find_package(ZLIB REQUIRED) # pack: CRC-32 and deflate in its own zip writer
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate) # pack: a fast CRC-32 for its zip writer
