# Every dependency is a Debian bookworm package; scripts/setup.sh installs them.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
# No CMake config files for these: pkg-config. PoDoFo's .pc has an empty Version field, so no
# version constraint here; the sources check PODOFO_VERSION_* instead.
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)
# The fonts' character maps, read before any PDF is made (PoDoFo links it too).
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
# zip_file_set_mtime and zip_source_buffer as used by src/docx/ are in bookworm's 1.7.3.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
# The XML of returned workbooks (src/collect/).
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
find_path(MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
