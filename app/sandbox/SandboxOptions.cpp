#include "SandboxOptions.h"

#include <QRandomGenerator>

namespace edgekv {

namespace {

QString randomAlnum(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return result;
}

QString akamaiStyleToken()
{
    return QStringLiteral("akab-") + randomAlnum(16) + QLatin1Char('-') + randomAlnum(16);
}

SandboxNamespace makeNs(const QString& name, qint64 groupId, bool restrictDataAccess)
{
    SandboxNamespace ns = SandboxOptions::makeNamespace(name);
    ns.groupId = groupId;
    ns.restrictDataAccess = restrictDataAccess;
    // The account default (initialize) restricts data access, so an unrestricted namespace overrode it.
    ns.policyType = restrictDataAccess ? QStringLiteral("inherited") : QStringLiteral("overridden");
    return ns;
}

} // namespace

SandboxClient SandboxClient::generate()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    return SandboxClient{akamaiStyleToken(), QString::fromLatin1(secret.toBase64()), akamaiStyleToken()};
}

SandboxClient SandboxClient::fromCredentials(const Credentials& credentials)
{
    return SandboxClient{credentials.clientToken, credentials.clientSecret, credentials.accessToken};
}

bool SandboxClient::operator==(const SandboxClient& other) const
{
    return clientToken == other.clientToken && clientSecret == other.clientSecret &&
           accessToken == other.accessToken;
}

SandboxNamespace SandboxOptions::makeNamespace(const QString& name)
{
    SandboxNamespace ns;
    ns.name = name;
    return ns;
}

QList<SandboxNamespace> SandboxOptions::defaultNamespaces()
{
    return {
        makeNs(QStringLiteral("default"), 0, true),        makeNs(QStringLiteral("marketing"), 4284, false),
        makeNs(QStringLiteral("products"), 4284, true),    makeNs(QStringLiteral("checkout"), 109795, true),
        makeNs(QStringLiteral("feature_flags"), 0, false), makeNs(QStringLiteral("geo-redirects"), 0, true),
        makeNs(QStringLiteral("ab-tests"), 109795, false), makeNs(QStringLiteral("user-prefs"), 4284, true),
    };
}

QList<SandboxGroup> SandboxOptions::defaultGroups()
{
    const QStringList all = {
        QStringLiteral("READ_DATA"),
        QStringLiteral("WRITE_DATA"),
        QStringLiteral("DELETE_DATA"),
        QStringLiteral("READ_STAGING_DATA"),
        QStringLiteral("WRITE_STAGING_DATA"),
        QStringLiteral("DELETE_STAGING_DATA"),
        QStringLiteral("VIEW_NAMESPACE"),
        QStringLiteral("CREATE_NAMESPACE"),
        QStringLiteral("MODIFY_NAMESPACE"),
        QStringLiteral("DELETE_NAMESPACE"),
        QStringLiteral("AUTHORIZE_NAMESPACE"),
        QStringLiteral("VIEW_STAGING_NAMESPACE"),
        QStringLiteral("CREATE_STAGING_NAMESPACE"),
        QStringLiteral("MODIFY_STAGING_NAMESPACE"),
        QStringLiteral("DELETE_STAGING_NAMESPACE"),
        QStringLiteral("AUTHORIZE_STAGING_NAMESPACE"),
        QStringLiteral("VIEW_TOKEN"),
        QStringLiteral("CREATE_TOKEN"),
        QStringLiteral("REVOKE_TOKEN"),
        QStringLiteral("VIEW_STAGING_TOKEN"),
        QStringLiteral("CREATE_STAGING_TOKEN"),
        QStringLiteral("REVOKE_STAGING_TOKEN"),
    };
    const QStringList stagingOnly = {
        QStringLiteral("READ_STAGING_DATA"),           QStringLiteral("WRITE_STAGING_DATA"),
        QStringLiteral("DELETE_STAGING_DATA"),         QStringLiteral("VIEW_NAMESPACE"),
        QStringLiteral("VIEW_STAGING_NAMESPACE"),      QStringLiteral("CREATE_STAGING_NAMESPACE"),
        QStringLiteral("MODIFY_STAGING_NAMESPACE"),    QStringLiteral("DELETE_STAGING_NAMESPACE"),
        QStringLiteral("AUTHORIZE_STAGING_NAMESPACE"), QStringLiteral("VIEW_STAGING_TOKEN"),
        QStringLiteral("CREATE_STAGING_TOKEN"),        QStringLiteral("REVOKE_STAGING_TOKEN"),
    };
    return {SandboxGroup{4284, QStringLiteral("Web Experience"), all},
            SandboxGroup{109795, QStringLiteral("Checkout Team (staging)"), stagingOnly}};
}

} // namespace edgekv
