#pragma once

#include "credentials/Credentials.h"

#include <QString>

namespace edgekv {

// What the account form and the .edgerc import check before anything is saved. Every message says
// what is wrong and how to fix it.
struct AccountValidation
{
    // Why host (as typed or written in a .edgerc, maybe with a scheme) cannot be used; empty when it can.
    // Beyond HostInput::parse: an Akamai API host ends in ".akamaiapis.net"; only a loopback address (the
    // local sandbox) may be anything else.
    static QString hostProblem(const QString& host);
    static bool isAkamaiApiHost(const QString& host);

    // Why a client token, access token or client secret cannot be used; empty when it can. Leading and
    // trailing white space is ignored (it is trimmed before saving).
    static QString clientTokenProblem(const QString& value);
    static QString clientSecretProblem(const QString& value);
    static QString accessTokenProblem(const QString& value);
    // The switch key is optional.
    static QString accountSwitchKeyProblem(const QString& value);
};

} // namespace edgekv
