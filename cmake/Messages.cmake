# The message catalogues of po/LANG.po, compiled by msgfmt (Debian package gettext) into
# <build>/locale/LANG/LC_MESSAGES/baocao.mo, where the executable finds them when it runs from
# the build folder (src/core/i18n.cpp), and installed under the prefix's share/locale.
find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED)

function(baocao_messages target)
  set(catalogues)
  foreach(lang ${ARGN})
    set(po ${PROJECT_SOURCE_DIR}/po/${lang}.po)
    set(mo ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES/baocao.mo)
    add_custom_command(
      OUTPUT ${mo}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES
      COMMAND ${MSGFMT_EXECUTABLE} --check -o ${mo} ${po}
      DEPENDS ${po}
      COMMENT "Compiling the ${lang} message catalogue"
      VERBATIM)
    install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
    list(APPEND catalogues ${mo})
  endforeach()
  add_custom_target(${target}_messages ALL DEPENDS ${catalogues})
  add_dependencies(${target} ${target}_messages)
endfunction()
