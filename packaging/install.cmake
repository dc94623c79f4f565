# Installation and the Debian package (included at the end of the root CMakeLists.txt).
#
#   cmake --install build/release --prefix /usr         a plain install
#   cd build/release && cpack -G DEB                    edgekv-token-manager_<version>_<arch>.deb
#   packaging/check-package.sh                          builds, installs, runs and validates the .deb
#
# Layout (GNUInstallDirs): the three programs in bin (their install(TARGETS) rules sit next to their
# add_executable: app/cli, app/sandbox/executable.cmake, ui/app), the desktop entry, the AppStream
# metainfo and the hicolor icons under the application id, man pages in man1, and the Debian copyright
# file and changelog in share/doc/edgekv-token-manager.
include(GNUInstallDirs)

set(EDGEKV_APP_ID "io.github.edgekv.TokenManager")
set(EDGEKV_PACKAGE_NAME "edgekv-token-manager")
set(_edgekv_pkg "${CMAKE_CURRENT_LIST_DIR}")
set(_edgekv_programs edgekv-tokens edgekv-sandbox edgekv-token-manager)
foreach(_program IN LISTS _edgekv_programs)
  if(NOT TARGET ${_program})
    message(FATAL_ERROR "packaging/install.cmake: the target ${_program} is not defined")
  endif()
endforeach()

# Directories the install creates are 0755 whatever the umask (dpkg and lintian expect it).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Desktop integration ------------------------------------------------------------------------------
install(FILES "${_edgekv_pkg}/${EDGEKV_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_edgekv_pkg}/${EDGEKV_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/${EDGEKV_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
# PNG renderings, committed (packaging/render-icons.sh makes them from the SVGs).
foreach(_size 16 24 32 48 64 128 256 512)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/hicolor/${_size}x${_size}/apps/${EDGEKV_APP_ID}.png"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
endforeach()

# --- Man pages, made at build time from each program's --help ---------------------------------------
find_program(EDGEKV_HELP2MAN help2man)
if(EDGEKV_HELP2MAN AND NOT CMAKE_CROSSCOMPILING)
  set(_man_names
      "edgekv-tokens=manage Akamai EdgeKV access tokens from the command line"
      "edgekv-sandbox=local EdgeKV API server for trying EdgeKV Token Manager and for tests"
      "edgekv-token-manager=desktop app for Akamai EdgeKV access tokens")
  set(_man_pages "")
  foreach(_entry IN LISTS _man_names)
    string(REGEX MATCH "^[^=]+" _program "${_entry}")
    string(REGEX REPLACE "^[^=]+=" "" _name "${_entry}")
    set(_page "${PROJECT_BINARY_DIR}/man/${_program}.1.gz")
    add_custom_command(
      OUTPUT "${_page}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
      COMMAND "${CMAKE_COMMAND}" "-DHELP2MAN=${EDGEKV_HELP2MAN}" "-DPROGRAM=$<TARGET_FILE:${_program}>"
              "-DNAME=${_name}" "-DVERSION=${PROJECT_VERSION}"
              "-DINCLUDE=${_edgekv_pkg}/man/${_program}.h2m" "-DOUTPUT=${_page}"
              -P "${_edgekv_pkg}/man/GenerateManPage.cmake"
      DEPENDS ${_program} "${_edgekv_pkg}/man/${_program}.h2m" "${_edgekv_pkg}/man/GenerateManPage.cmake"
      COMMENT "Generating the ${_program}(1) man page"
      VERBATIM)
    list(APPEND _man_pages "${_page}")
  endforeach()
  add_custom_target(edgekv_man_pages ALL DEPENDS ${_man_pages})
  install(FILES ${_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
  message(STATUS "help2man not found: no man pages (Debian: apt-get install help2man)")
endif()

# --- Debian package documentation -------------------------------------------------------------------
# The changelog's newest entry must name this version.
file(STRINGS "${_edgekv_pkg}/debian/changelog" _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^${EDGEKV_PACKAGE_NAME} \\(${PROJECT_VERSION}\\)")
  message(WARNING "packaging/debian/changelog does not start with version ${PROJECT_VERSION}: add an entry")
endif()
set(_changelog_gz "${PROJECT_BINARY_DIR}/debian/changelog.gz")
add_custom_command(
  OUTPUT "${_changelog_gz}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/debian"
  COMMAND "${CMAKE_COMMAND}" -E copy "${_edgekv_pkg}/debian/changelog" "${PROJECT_BINARY_DIR}/debian/changelog"
  COMMAND gzip -9nf "${PROJECT_BINARY_DIR}/debian/changelog"
  DEPENDS "${_edgekv_pkg}/debian/changelog"
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
add_custom_target(edgekv_debian_changelog ALL DEPENDS "${_changelog_gz}")
set(_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${EDGEKV_PACKAGE_NAME}")
install(FILES "${_edgekv_pkg}/debian/copyright" "${_changelog_gz}" DESTINATION "${_doc_dir}")

# --- CPack: the .deb ----------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${EDGEKV_PACKAGE_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "EdgeKV Token Manager developers")
set(CPACK_PACKAGE_CONTACT "EdgeKV Token Manager developers <edgekv-token-manager@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage Akamai EdgeKV access tokens for EdgeWorkers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${EDGEKV_PACKAGE_NAME}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/edgekv/TokenManager")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# The extended description (the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY); CPack indents it and
# turns empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "An Akamai EdgeWorker can read an EdgeKV namespace only if its code bundle
carries an access token for it in edgekv_tokens.js. This package shows every
access token of an account with its expiry and health, creates, refreshes and
revokes tokens, and writes edgekv_tokens.js into a bundle folder or bundle
archive in the form edgekv.js reads, for both the legacy (expiring) and the
enhanced (auto-refreshing) token models. EdgeGrid API credentials are kept in
the system keychain.

It contains the edgekv-token-manager desktop app, the edgekv-tokens command
line and edgekv-sandbox, a local EdgeKV API server to try everything without
an Akamai account.")
# Library dependencies come from dpkg-shlibdeps (needs dpkg-dev). QtKeychain loads libsecret at run time
# and the icons are SVG (Qt's SVG icon engine plugin), so neither shows up as a linked library.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# A Secret Service keeps the credentials; without one they last for the session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
# Qt's own translations (dialog buttons and the like) and the native Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n, qt6-wayland")

set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

include(CPack)

unset(_edgekv_pkg)
unset(_edgekv_programs)
unset(_doc_dir)
