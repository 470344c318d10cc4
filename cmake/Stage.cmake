function(baocao_warnings target)
  # -Wno-restrict: GCC 12 at -O2 warns falsely inside std::string's own inserts (GCC bug 105329).
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")  # clang (the fuzz build) has no such warning
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(BAOCAO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# In CI's instrumented trees (BAOCAO_CI_TREE, see the top CMakeLists.txt) every stage library
# and the executable share one precompiled header, made with the first stage (core): the
# standard and {fmt} headers nearly every file of src/ includes, read and checked once rather
# than in each of the 140 files, for each of the three trees. GCC refuses a precompiled header
# made with a macro the file being compiled lacks: only targets that link baocao_core (whose
# UTF8PROC_EXPORTS and FMT_SHARED it was made with) may use it.
function(baocao_ci_precompiled_headers target)
  if(NOT BAOCAO_CI_TREE)
    return()
  endif()
  if(TARGET baocao_core AND NOT target STREQUAL "baocao_core")
    target_precompile_headers(${target} REUSE_FROM baocao_core)
  else()
    target_precompile_headers(${target} PRIVATE <algorithm> <filesystem> <map> <optional>
                              <string> <string_view> <vector> <fmt/format.h>)
  endif()
endfunction()

# In CI's GCC trees (sanitizers, TSan) a stage library is also compiled as unity files of up to
# 8 files, a third less CPU than one object per file. (Not in the fuzz tree: clang warns about
# other things, and it builds few stages.) The files below define a helper of the same name as
# another file of their stage in their anonymous namespaces, so they are compiled on their own;
# a new file that does the same stops the CI build with "redefinition of ...": rename the helper
# or add the file here.
set(BAOCAO_SOURCES_COMPILED_ALONE
    archive/outputs.cpp briefing/figures.cpp briefing/tags.cpp briefing/text_width.cpp
    format/summary_table.cpp load/indicators.cpp load/values.cpp pdf/validate.cpp
    xlsx/indicator_table.cpp xlsx/input_sheet.cpp)
function(baocao_ci_unity target)
  if(NOT (BAOCAO_SANITIZE OR BAOCAO_TSAN))
    return()
  endif()
  set(alone ${BAOCAO_SOURCES_COMPILED_ALONE})
  list(TRANSFORM alone PREPEND ${PROJECT_SOURCE_DIR}/src/)
  set_source_files_properties(${alone} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
endfunction()

# baocao_stage(NAME [DEPS stage...] [LIBS target...]): the library baocao_NAME built from
# src/NAME/*.cpp. Headers are included as "NAME/file.hpp" from src/.
function(baocao_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  list(TRANSFORM ARG_DEPS PREPEND baocao_)
  if(sources)
    set(scope PUBLIC)
    add_library(baocao_${name} STATIC ${sources})
    baocao_warnings(baocao_${name})
    baocao_ci_precompiled_headers(baocao_${name})
    baocao_ci_unity(baocao_${name})
  else()  # a stage with headers only so far
    set(scope INTERFACE)
    add_library(baocao_${name} INTERFACE)
  endif()
  target_include_directories(baocao_${name} ${scope} ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(baocao_${name} ${scope} ${ARG_DEPS} ${ARG_LIBS} fmt::fmt)
  if(name STREQUAL "briefing")
    target_include_directories(baocao_${name} SYSTEM ${scope} ${MUSTACHE_INCLUDE_DIR})
  endif()
endfunction()
