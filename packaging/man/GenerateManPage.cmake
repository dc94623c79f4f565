# Writes a gzipped man page from a program's --help with help2man (run by packaging/install.cmake at
# build time, after the program is linked). The program runs in the C locale, so a translation never
# ends up in the man page, and without a display or a session bus.
#   cmake -DHELP2MAN=... -DPROGRAM=... -DNAME=... -DVERSION=... -DINCLUDE=... -DOUTPUT=x.1.gz -P GenerateManPage.cmake
foreach(var HELP2MAN PROGRAM NAME VERSION INCLUDE OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "GenerateManPage.cmake: ${var} is not set")
  endif()
endforeach()

string(REGEX REPLACE "\\.gz$" "" page "${OUTPUT}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env --unset=LANGUAGE --unset=DISPLAY --unset=WAYLAND_DISPLAY
          LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled:
          ASAN_OPTIONS=detect_leaks=0
          "${HELP2MAN}" --no-info --locale=C.UTF-8 --section=1 --name=${NAME} --version-string=${VERSION}
          --include=${INCLUDE} --output=${page} "${PROGRAM}"
  RESULT_VARIABLE result
  ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed for ${PROGRAM} (${result}): ${errors}")
endif()
# Typographic characters from the help text as groff escapes, so every man and groff renders them.
file(READ "${page}" text)
foreach(pair "“=\\(lq" "”=\\(rq" "‘=\\(oq" "’=\\(cq" "—=\\(em" "–=\\(en" "…=..." "→=\\(->" "×=\\(mu"
             "•=\\(bu" "≥=\\(>=" "≤=\\(<=")
  string(REGEX MATCH "^[^=]+" from "${pair}")
  string(REGEX REPLACE "^[^=]+=" "" to "${pair}")
  string(REPLACE "${from}" "${to}" text "${text}")
endforeach()
file(WRITE "${page}" "${text}")
# -n: no name or time stamp in the gzip header (reproducible, as lintian asks).
execute_process(COMMAND gzip -9nf "${page}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip failed for ${page}")
endif()
