#include "accounts/AccountValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace edgekv {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("edgekv::AccountValidation", text);
}

bool hasInnerSpace(const QString& value)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return value.trimmed().contains(space);
}

} // namespace

bool AccountValidation::isAkamaiApiHost(const QString& host)
{
    QString name = host.toLower();
    // A port is unusual but harmless.
    if (const auto colon = name.lastIndexOf(QLatin1Char(':')); colon > 0)
        name.truncate(colon);
    const QString suffix = QStringLiteral(".akamaiapis.net");
    return name.endsWith(suffix) && name.size() > suffix.size();
}

QString AccountValidation::hostProblem(const QString& host)
{
    if (host.trimmed().isEmpty()) {
        return translated(
            "Enter the API host, for example akab-xxxxxxxx.luna.akamaiapis.net (the “host” line "
            "of a .edgerc).");
    }
    const HostInput parsed = HostInput::parse(host);
    if (!parsed.error.isEmpty())
        return parsed.error;
    if (isLoopbackHost(parsed.host) || isAkamaiApiHost(parsed.host))
        return {};
    return translated("“%1” is not an Akamai API host. Use the host of your API client: it ends in "
                      "“.akamaiapis.net”. Only the local sandbox (127.0.0.1 or localhost) may be different.")
        .arg(parsed.host);
}

QString AccountValidation::clientTokenProblem(const QString& value)
{
    if (value.trimmed().isEmpty())
        return translated("Enter the client token (client_token in a .edgerc; it starts with “akab-”).");
    if (hasInnerSpace(value))
        return translated("The client token cannot contain spaces or line breaks; copy it again.");
    return {};
}

QString AccountValidation::clientSecretProblem(const QString& value)
{
    if (value.trimmed().isEmpty())
        return translated("Enter the client secret (client_secret in a .edgerc).");
    if (hasInnerSpace(value))
        return translated("The client secret cannot contain spaces or line breaks; copy it again.");
    return {};
}

QString AccountValidation::accessTokenProblem(const QString& value)
{
    if (value.trimmed().isEmpty())
        return translated("Enter the access token (access_token in a .edgerc; it starts with “akab-”).");
    if (hasInnerSpace(value))
        return translated("The access token cannot contain spaces or line breaks; copy it again.");
    return {};
}

QString AccountValidation::accountSwitchKeyProblem(const QString& value)
{
    if (hasInnerSpace(value)) {
        return translated("An account switch key has no spaces, for example 1-5C0YLB:1-8BYUX. Leave it empty "
                          "unless your API client manages several accounts.");
    }
    return {};
}

} // namespace edgekv
