#pragma once

#include <QString>

namespace edgekv::cli {

// The only exit codes edgekv-tokens uses; anything else (e.g. 134 after SIGABRT) is a crash.
enum class ExitCode {
    Success = 0,
    Failure = 1, // the operation failed (API error, network, keychain, file); check: warnings only
    Usage = 2,   // bad usage or configuration; check: something is broken
};

// The "Exit codes:" section of every help text (and of the README).
QString exitCodesHelp();

} // namespace edgekv::cli
