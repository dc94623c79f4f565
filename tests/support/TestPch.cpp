// Compiles the shared precompiled header of the tests once (tests/CMakeLists.txt).
