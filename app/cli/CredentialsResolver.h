#pragma once

#include "ExitCode.h"
#include "GlobalOptions.h"
#include "credentials/Credentials.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace edgekv::cli {

// Finds the API credentials the global options ask for: a stored account (--account, through
// AccountStore: the keychain or a linked .edgerc), or a section of a .edgerc file with the AKAMAI_*
// environment overrides of Akamai's libraries. --account-key wins over any account switch key found.
class CredentialsResolver
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CredentialsResolver)

public:
    struct Result
    {
        bool ok = false;
        Credentials credentials;
        QString error;                   // one sentence, never a secret
        ExitCode code = ExitCode::Usage; // when not ok
    };
    using Callback = std::function<void(const Result&)>;

    // Answers once, possibly before returning (file) or later from the event loop (keychain), or never
    // once context is destroyed.
    static void resolve(const GlobalOptions& options, const QProcessEnvironment& environment,
                        QObject* context, Callback done);
};

} // namespace edgekv::cli
