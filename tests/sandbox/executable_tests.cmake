# Tests of the edgekv-sandbox executable side (included from tests/CMakeLists.txt, so paths are
# relative to tests/): command-line parsing, demo seeding, the .edgerc writer, and the built program.
set(_dir ${CMAKE_CURRENT_LIST_DIR})

edgekv_add_test(tst_sandboxcommandline SOURCES ${_dir}/tst_sandboxcommandline.cpp LIBS edgekv_sandbox_cli)
edgekv_add_test(tst_sandboxseeder SOURCES ${_dir}/tst_sandboxseeder.cpp LIBS edgekv_sandbox_cli)
edgekv_add_test(tst_edgercwriter SOURCES ${_dir}/tst_edgercwriter.cpp LIBS edgekv_sandbox_cli)

edgekv_add_test(tst_sandboxexecutable SOURCES ${_dir}/tst_sandboxexecutable.cpp LIBS edgekv_sandbox_cli
                TIMEOUT 300)
target_compile_definitions(tst_sandboxexecutable PRIVATE
  EDGEKV_SANDBOX_EXECUTABLE="$<TARGET_FILE:edgekv-sandbox>")
add_dependencies(tst_sandboxexecutable edgekv-sandbox)

unset(_dir)
