#include "SandboxTypes.h"

#include <QCoreApplication>

namespace edgekv {

std::optional<SandboxNetwork> sandboxNetworkFromName(const QString& name)
{
    if (name == QLatin1String("staging"))
        return SandboxNetwork::Staging;
    if (name == QLatin1String("production"))
        return SandboxNetwork::Production;
    return std::nullopt;
}

QString sandboxNetworkName(SandboxNetwork network)
{
    return network == SandboxNetwork::Staging ? QStringLiteral("staging") : QStringLiteral("production");
}

QString tokenModelName(TokenModel model)
{
    return model == TokenModel::Legacy ? QStringLiteral("legacy") : QStringLiteral("enhanced");
}

std::optional<TokenModel> tokenModelFromName(const QString& name)
{
    if (name == QLatin1String("enhanced"))
        return TokenModel::Enhanced;
    if (name == QLatin1String("legacy"))
        return TokenModel::Legacy;
    return std::nullopt;
}

bool SandboxNamespace::operator==(const SandboxNamespace& other) const
{
    return name == other.name && onStaging == other.onStaging && onProduction == other.onProduction &&
           retentionInSeconds == other.retentionInSeconds && geoLocation == other.geoLocation &&
           groupId == other.groupId && restrictDataAccess == other.restrictDataAccess &&
           policyType == other.policyType;
}

QString SandboxToken::activationStatus(const QDateTime& nowUtc) const
{
    if (model == TokenModel::Legacy)
        return {};
    if (activationError)
        return QStringLiteral("ERROR");
    if (activationCompleteAtUtc.isValid() && nowUtc < activationCompleteAtUtc)
        return QStringLiteral("IN_PROGRESS");
    return QStringLiteral("COMPLETE");
}

bool SandboxToken::operator==(const SandboxToken& other) const
{
    return model == other.model && name == other.name && uuid == other.uuid &&
           allowOnStaging == other.allowOnStaging && allowOnProduction == other.allowOnProduction &&
           namespacePermissions == other.namespacePermissions &&
           restrictToEdgeWorkerIds == other.restrictToEdgeWorkerIds && cpcode == other.cpcode &&
           expiry == other.expiry && issueDate == other.issueDate && createdAtUtc == other.createdAtUtc &&
           latestRefreshDate == other.latestRefreshDate &&
           nextScheduledRefreshDate == other.nextScheduledRefreshDate &&
           activationCompleteAtUtc == other.activationCompleteAtUtc &&
           activationError == other.activationError && value == other.value;
}

bool SandboxGroup::operator==(const SandboxGroup& other) const
{
    return groupId == other.groupId && groupName == other.groupName && capabilities == other.capabilities;
}

bool SandboxAccount::operator==(const SandboxAccount& other) const
{
    return cpcode == other.cpcode && initialized == other.initialized && namespaces == other.namespaces &&
           tokens == other.tokens && groups == other.groups;
}

QString FaultRule::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::InternalError500:
        return QStringLiteral("500");
    case FaultKind::Unavailable503:
        return QStringLiteral("503");
    case FaultKind::TooManyRequests429:
        return QStringLiteral("429");
    case FaultKind::Reset:
        return QStringLiteral("reset");
    case FaultKind::Malformed:
        return QStringLiteral("malformed");
    case FaultKind::Stall:
        return QStringLiteral("stall");
    }
    return {};
}

std::optional<FaultKind> FaultRule::kindFromName(const QString& name)
{
    for (FaultKind kind :
         {FaultKind::InternalError500, FaultKind::Unavailable503, FaultKind::TooManyRequests429,
          FaultKind::Reset, FaultKind::Malformed, FaultKind::Stall}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<FaultRule> FaultRule::parse(const QString& text, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<FaultRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(QCoreApplication::translate("FaultRule", "Fault \"%1\" is not KIND:RATE (e.g. 503:0.25).")
                        .arg(text));
    const QString kindText = text.left(colon).trimmed();
    const std::optional<FaultKind> kind = kindFromName(kindText);
    if (!kind)
        return fail(QCoreApplication::translate(
                        "FaultRule", "Unknown fault kind \"%1\": use 500, 503, 429, reset, malformed or "
                                     "stall.")
                        .arg(kindText));
    bool ok = false;
    const double rate = text.mid(colon + 1).trimmed().toDouble(&ok);
    if (!ok || !(rate >= 0.0 && rate <= 1.0))
        return fail(QCoreApplication::translate("FaultRule", "Fault rate \"%1\" is not a number from 0 to 1.")
                        .arg(text.mid(colon + 1)));
    return FaultRule{*kind, rate};
}

} // namespace edgekv
