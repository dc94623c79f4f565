#include "credentials/AccountProfile.h"

namespace edgekv {

AccountProfile AccountProfile::fromCredentials(const QString& name, Kind kind, const Credentials& credentials)
{
    AccountProfile profile;
    profile.name = name;
    profile.kind = kind;
    profile.host = credentials.host;
    profile.plainHttp = credentials.plainHttp;
    profile.accountSwitchKey = credentials.accountSwitchKey;
    profile.maxBody = credentials.maxBody;
    profile.headersToSign = credentials.headersToSign;
    return profile;
}

Credentials AccountProfile::toCredentials(const QString& clientToken, const QString& clientSecret,
                                          const QString& accessToken) const
{
    Credentials credentials;
    credentials.host = host;
    credentials.plainHttp = plainHttp;
    credentials.clientToken = clientToken;
    credentials.clientSecret = clientSecret;
    credentials.accessToken = accessToken;
    credentials.accountSwitchKey = accountSwitchKey;
    credentials.maxBody = maxBody;
    credentials.headersToSign = headersToSign;
    return credentials;
}

QString AccountProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::LinkedEdgerc:
        return QStringLiteral("edgerc");
    case Kind::SessionOnly:
        return QStringLiteral("session");
    }
    return {};
}

std::optional<AccountProfile::Kind> AccountProfile::kindFromName(const QString& name)
{
    for (const Kind kind : {Kind::Keychain, Kind::LinkedEdgerc, Kind::SessionOnly}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool AccountProfile::operator==(const AccountProfile& other) const
{
    return name == other.name && kind == other.kind && host == other.host && plainHttp == other.plainHttp &&
           accountSwitchKey == other.accountSwitchKey && maxBody == other.maxBody &&
           headersToSign == other.headersToSign && edgercPath == other.edgercPath &&
           edgercSection == other.edgercSection;
}

} // namespace edgekv
