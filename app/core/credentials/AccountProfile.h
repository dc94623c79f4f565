#pragma once

#include "credentials/Credentials.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace edgekv {

// The non-secret description of one account the user can pick. It never holds the client token,
// the client secret or the access token: those live in the keychain, in a linked .edgerc file, or
// (session-only profiles) in memory.
struct AccountProfile
{
    enum class Kind {
        Keychain,     // secrets in the OS keychain, the rest in the settings file
        LinkedEdgerc, // only the .edgerc path and section are stored; the file is read when used
        SessionOnly,  // held in memory until the app quits (the sandbox, or no keychain available)
    };

    QString name;
    Kind kind = Kind::Keychain;
    // Keychain and session-only profiles; empty for a linked profile (its file says).
    QString host;
    bool plainHttp = false;
    QString accountSwitchKey;
    int maxBody = Credentials::DefaultMaxBody;
    QStringList headersToSign;
    // Linked profiles only.
    QString edgercPath;
    QString edgercSection;

    // The non-secret fields of credentials, under name.
    static AccountProfile fromCredentials(const QString& name, Kind kind, const Credentials& credentials);
    // This profile's non-secret fields plus the given secrets.
    Credentials toCredentials(const QString& clientToken, const QString& clientSecret,
                              const QString& accessToken) const;

    // Stable names used in the settings file: "keychain", "edgerc", "session".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);

    bool operator==(const AccountProfile& other) const;
    bool operator!=(const AccountProfile& other) const { return !(*this == other); }
};

} // namespace edgekv
