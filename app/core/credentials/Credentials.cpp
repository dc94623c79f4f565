#include "credentials/Credentials.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace edgekv {

namespace {

QString hostWithoutPort(const QString& authority)
{
    if (authority.startsWith(QLatin1Char('['))) {
        const auto close = authority.indexOf(QLatin1Char(']'));
        return close > 0 ? authority.mid(1, close - 1) : authority;
    }
    if (authority.count(QLatin1Char(':')) == 1)
        return authority.section(QLatin1Char(':'), 0, 0);
    return authority;
}

} // namespace

QUrl Credentials::baseUrl() const
{
    return QUrl(scheme() + QStringLiteral("://") + host);
}

QStringList Credentials::missingFields() const
{
    QStringList missing;
    if (host.trimmed().isEmpty())
        missing << QStringLiteral("host");
    if (clientToken.trimmed().isEmpty())
        missing << QStringLiteral("client_token");
    if (clientSecret.isEmpty())
        missing << QStringLiteral("client_secret");
    if (accessToken.trimmed().isEmpty())
        missing << QStringLiteral("access_token");
    return missing;
}

bool Credentials::operator==(const Credentials& other) const
{
    return host == other.host && plainHttp == other.plainHttp && clientToken == other.clientToken &&
           clientSecret == other.clientSecret && accessToken == other.accessToken &&
           accountSwitchKey == other.accountSwitchKey && maxBody == other.maxBody &&
           headersToSign == other.headersToSign;
}

bool isLoopbackHost(const QString& authority)
{
    const QString host = hostWithoutPort(authority.trimmed());
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HostInput HostInput::parse(const QString& raw)
{
    HostInput result;
    QString host = raw.trimmed();
    const QString https = QStringLiteral("https://");
    const QString http = QStringLiteral("http://");
    if (host.startsWith(https, Qt::CaseInsensitive)) {
        host = host.mid(https.size());
    } else if (host.startsWith(http, Qt::CaseInsensitive)) {
        host = host.mid(http.size());
        result.plainHttp = true;
    }
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    result.host = host;

    if (host.isEmpty()) {
        result.error = QCoreApplication::translate("HostInput", "The host is empty.");
    } else if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' '))) {
        result.error = QCoreApplication::translate(
                           "HostInput", "The host \"%1\" must be a host name only, without a path.")
                           .arg(host);
    } else if (result.plainHttp && !isLoopbackHost(host)) {
        result.error =
            QCoreApplication::translate(
                "HostInput", "Plain http:// is allowed only for a loopback address such as the local "
                             "sandbox; use https:// or no scheme for \"%1\".")
                .arg(host);
    }
    return result;
}

} // namespace edgekv
