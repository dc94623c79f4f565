#include "SandboxSeeder.h"

#include "SandboxServer.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <array>

namespace edgekv {

namespace {

using Category = SandboxSeeder::Category;

constexpr std::array<Category, 7> kFirst = {
    Category::EnhancedActive,     Category::LegacyExpiringWeek,  Category::LegacyExpired,
    Category::EnhancedActivating, Category::LegacyExpiringMonth, Category::EnhancedError,
    Category::LegacyValid,
};
constexpr std::array<Category, 10> kCycle = {
    Category::EnhancedActive, Category::LegacyValid,         Category::LegacyExpired,
    Category::EnhancedActive, Category::LegacyExpiringMonth, Category::EnhancedActivating,
    Category::LegacyValid,    Category::EnhancedActive,      Category::LegacyExpiringWeek,
    Category::LegacyExpired,
};

// What the tokens are for, as a team would name them.
const std::array<const char*, 8> kPurposes = {"storefront",   "checkout-ew", "geo-router",   "ab-tests-ew",
                                              "flags-reader", "prefs-sync",  "promo-banner", "search-edge"};

// The legacy limit: an expiry at most six months after creation.
constexpr int kMaxLegacyLeadDays = 180;

// SplitMix64: a tiny, fully specified generator, so the tokens never depend on a library's RNG.
class Mixer
{
public:
    explicit Mixer(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int bounded(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QDateTime utc(const QDate& day, int minuteOfDay = 0)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(qint64(minuteOfDay) * 60);
}

bool existsOnAll(const SandboxNamespace& ns, const SandboxToken& token)
{
    return (!token.allowOnStaging || ns.onStaging) && (!token.allowOnProduction || ns.onProduction);
}

void chooseNetworks(SandboxToken& token, int index, const QList<SandboxNamespace>& namespaces)
{
    // Mostly both networks, some staging only, some production only.
    switch (index % 5) {
    case 1:
        token.allowOnStaging = true;
        break;
    case 3:
        token.allowOnProduction = true;
        break;
    default:
        token.allowOnStaging = token.allowOnProduction = true;
    }
    const auto anyOn = [&](const SandboxToken& candidate) {
        return std::any_of(namespaces.cbegin(), namespaces.cend(),
                           [&](const SandboxNamespace& ns) { return existsOnAll(ns, candidate); });
    };
    if (anyOn(token))
        return;
    token.allowOnStaging = true;
    token.allowOnProduction = false;
    if (anyOn(token))
        return;
    token.allowOnStaging = false;
    token.allowOnProduction = true;
}

void choosePermissions(SandboxToken& token, int index, const QList<SandboxNamespace>& namespaces, Mixer& mix)
{
    QList<SandboxNamespace> candidates;
    for (const SandboxNamespace& ns : namespaces) {
        if (existsOnAll(ns, token))
            candidates.append(ns);
    }
    // Round robin for the first namespace spreads the tokens evenly.
    const SandboxNamespace& primary = candidates.at(index % candidates.size());
    QList<SandboxNamespace> samePolicy;
    for (const SandboxNamespace& ns : candidates) {
        if (ns.restrictDataAccess == primary.restrictDataAccess && ns.name != primary.name)
            samePolicy.append(ns);
    }
    static const QList<QStringList> permissionSets = {
        {QStringLiteral("r")},
        {QStringLiteral("r")},
        {QStringLiteral("r"), QStringLiteral("w")},
        {QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("d")},
        {QStringLiteral("w")},
    };
    token.namespacePermissions.insert(primary.name,
                                      permissionSets.at(mix.bounded(int(permissionSets.size()))));
    const int extra = qMin(int(samePolicy.size()), mix.bounded(3));
    for (int i = 0; i < extra; ++i) {
        const SandboxNamespace& ns = samePolicy.at(mix.bounded(int(samePolicy.size())));
        token.namespacePermissions.insert(ns.name,
                                          permissionSets.at(mix.bounded(int(permissionSets.size()))));
    }
    if (mix.bounded(3) == 0) {
        const int ids = 1 + mix.bounded(3);
        for (int i = 0; i < ids; ++i)
            token.restrictToEdgeWorkerIds.append(QString::number(1000 + mix.bounded(999000)));
        token.restrictToEdgeWorkerIds.removeDuplicates();
    }
}

void setEnhancedDates(SandboxToken& token, Category category, const QDate& today, Mixer& mix)
{
    token.model = TokenModel::Enhanced;
    token.expiry = SandboxToken::enhancedExpiry();
    switch (category) {
    case Category::EnhancedActivating:
        token.issueDate = today;
        token.createdAtUtc = utc(today);
        token.activationCompleteAtUtc = utc(today.addDays(1));
        break;
    case Category::EnhancedError:
        token.issueDate = today.addDays(-1);
        token.createdAtUtc = utc(token.issueDate, 9 * 60);
        token.activationCompleteAtUtc = token.createdAtUtc;
        token.activationError = true;
        break;
    default:
        token.issueDate = today.addDays(-(3 + mix.bounded(400)));
        token.createdAtUtc = utc(token.issueDate, 8 * 60 + mix.bounded(600));
        token.activationCompleteAtUtc = token.createdAtUtc.addSecs(5 + mix.bounded(300));
        break;
    }
    // Refreshed automatically every two months since the issue date.
    int refreshes = 0;
    while (token.issueDate.addMonths(2 * (refreshes + 1)) <= today)
        ++refreshes;
    token.latestRefreshDate = refreshes == 0 ? QDate() : token.issueDate.addMonths(2 * refreshes);
    token.nextScheduledRefreshDate = token.issueDate.addMonths(2 * (refreshes + 1));
}

void setLegacyDates(SandboxToken& token, Category category, const QDate& today, Mixer& mix)
{
    token.model = TokenModel::Legacy;
    switch (category) {
    case Category::LegacyExpiringWeek:
        token.expiry = today.addDays(mix.bounded(8));
        break;
    case Category::LegacyExpiringMonth:
        token.expiry = today.addDays(8 + mix.bounded(23));
        break;
    case Category::LegacyExpired:
        token.expiry = today.addDays(-(1 + mix.bounded(25)));
        break;
    default:
        token.expiry = today.addDays(31 + mix.bounded(kMaxLegacyLeadDays - 31 + 1));
        break;
    }
    // Created between one day and six months before the expiry, and not after today.
    const int minLead = qMax(qint64(1), today.daysTo(token.expiry));
    const int lead = minLead + mix.bounded(kMaxLegacyLeadDays - minLead + 1);
    token.issueDate = token.expiry.addDays(-lead);
    token.createdAtUtc = utc(token.issueDate, 8 * 60 + mix.bounded(600));
}

} // namespace

Category SandboxSeeder::categoryAt(int index)
{
    if (index < int(kFirst.size()))
        return kFirst.at(size_t(index));
    return kCycle.at(size_t(index - int(kFirst.size())) % kCycle.size());
}

QString SandboxSeeder::categoryName(Category category)
{
    switch (category) {
    case Category::EnhancedActive:
        return QStringLiteral("enhanced-active");
    case Category::LegacyExpiringWeek:
        return QStringLiteral("legacy-expiring-week");
    case Category::LegacyExpired:
        return QStringLiteral("legacy-expired");
    case Category::EnhancedActivating:
        return QStringLiteral("enhanced-activating");
    case Category::LegacyExpiringMonth:
        return QStringLiteral("legacy-expiring-month");
    case Category::EnhancedError:
        return QStringLiteral("enhanced-error");
    case Category::LegacyValid:
        return QStringLiteral("legacy-valid");
    }
    return {};
}

QList<SandboxToken> SandboxSeeder::makeTokens(int count, const QList<SandboxNamespace>& namespaces,
                                              const QString& cpcode, const QDate& todayUtc)
{
    QList<SandboxToken> tokens;
    if (namespaces.isEmpty() || count <= 0 || !todayUtc.isValid())
        return tokens;
    const int width = qMax(3, int(QString::number(count).size()));
    // Any fixed namespace would do; it only keeps these uuids apart from other v5 uuids.
    static const QUuid uuidNamespace(QStringLiteral("{5c0e2a52-6d4b-4f5e-9a55-5eed0edc0de1}"));
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        Mixer mix(quint64(i) + 1);
        const Category category = categoryAt(i);
        SandboxToken token;
        token.name = QStringLiteral("%1-%2")
                         .arg(QLatin1String(kPurposes.at(size_t(i) % kPurposes.size())))
                         .arg(i + 1, width, 10, QLatin1Char('0'));
        token.uuid =
            QUuid::createUuidV5(uuidNamespace, token.name + QLatin1Char('@') + todayUtc.toString(Qt::ISODate))
                .toString(QUuid::WithoutBraces);
        token.cpcode = cpcode;
        chooseNetworks(token, i, namespaces);
        choosePermissions(token, i, namespaces, mix);
        if (category == Category::EnhancedActive || category == Category::EnhancedActivating ||
            category == Category::EnhancedError)
            setEnhancedDates(token, category, todayUtc, mix);
        else
            setLegacyDates(token, category, todayUtc, mix);
        tokens.append(token);
    }
    return tokens;
}

QString SandboxSeeder::seed(SandboxServer& server, int count, int* added)
{
    if (added)
        *added = 0;
    if (count <= 0)
        return {};
    SandboxAccount account = server.store().account(QString());
    if (!account.tokens.isEmpty())
        return {};
    const QList<SandboxToken> tokens =
        makeTokens(count, account.namespaces.values(), account.cpcode, server.clock().todayUtc());
    if (tokens.isEmpty())
        return QCoreApplication::translate("SandboxSeeder",
                                           "Cannot seed demo tokens: the account has no namespaces.");
    for (SandboxToken token : tokens) {
        if (token.model == TokenModel::Legacy)
            token.value = QString::fromLatin1(server.issueLegacyJwt(token));
        account.tokens.insert(token.name, token);
    }
    // One change, so a state file is written once and not once per token.
    server.store().putAccount(QString(), account);
    if (added)
        *added = int(tokens.size());
    return {};
}

} // namespace edgekv
