#include "ExitCode.h"

#include <QCoreApplication>

namespace edgekv::cli {

QString exitCodesHelp()
{
    return QCoreApplication::translate(
        "edgekv::cli",
        "Exit codes:\n"
        "  0  Success. check: every entry is usable and none expires within --warn-days.\n"
        "  1  The operation failed: an API error, a network problem or timeout, the keychain, a file that\n"
        "     could not be written, or a revoke that was not confirmed. check: warnings only (a token\n"
        "     expires within --warn-days, is still activating, or could not be verified with the account).\n"
        "  2  Bad usage or configuration: an unknown command or option, a missing or invalid argument, a\n"
        "     value the API would refuse, credentials that cannot be loaded, or revoke without --yes when\n"
        "     stdin is not a terminal. check: something is broken (an expired, revoked or unknown token,\n"
        "     an unreadable token file or key, an entry edgekv.js cannot use).\n"
        "  Any other status (such as 134 after a signal) is a crash; please report it.\n");
}

} // namespace edgekv::cli
