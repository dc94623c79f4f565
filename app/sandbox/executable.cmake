# The edgekv-sandbox executable (included from app/CMakeLists.txt after add_subdirectory(sandbox)).
# Its command-line parsing, demo seeding and .edgerc writing live in a small library so tests link them.
set(_sandbox_dir ${CMAKE_CURRENT_LIST_DIR})

add_library(edgekv_sandbox_cli STATIC
  ${_sandbox_dir}/SandboxCommandLine.h ${_sandbox_dir}/SandboxCommandLine.cpp
  ${_sandbox_dir}/SandboxSeeder.h ${_sandbox_dir}/SandboxSeeder.cpp
  ${_sandbox_dir}/EdgercWriter.h ${_sandbox_dir}/EdgercWriter.cpp
  ${_sandbox_dir}/ShiftedClock.h)
target_include_directories(edgekv_sandbox_cli PUBLIC ${_sandbox_dir})
target_link_libraries(edgekv_sandbox_cli PUBLIC edgekv_sandbox edgekv_core Qt6::Core Qt6::Network)
target_precompile_headers(edgekv_sandbox_cli REUSE_FROM edgekv_sandbox)

add_executable(edgekv-sandbox ${_sandbox_dir}/main.cpp)
target_link_libraries(edgekv-sandbox PRIVATE edgekv_sandbox_cli)
install(TARGETS edgekv-sandbox)

unset(_sandbox_dir)
