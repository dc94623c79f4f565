#include "JwtIssuer.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace edgekv;

namespace {

const QDate kToday(2025, 3, 1);

// What the app will show for a token, computed from its fields alone (not from the seeder's categories).
enum class Status { Active, Activating, ActivationError, Expired, ExpiresWeek, ExpiresMonth, Valid, Other };

Status statusOf(const SandboxToken& token, const QDateTime& now)
{
    const QDate today = now.date();
    if (token.model == TokenModel::Enhanced) {
        const QString activation = token.activationStatus(now);
        if (activation == QLatin1String("COMPLETE"))
            return Status::Active;
        if (activation == QLatin1String("IN_PROGRESS"))
            return Status::Activating;
        return activation == QLatin1String("ERROR") ? Status::ActivationError : Status::Other;
    }
    if (token.isExpired(today))
        return token.expiry.daysTo(today) < 30 ? Status::Expired : Status::Other;
    const qint64 left = today.daysTo(token.expiry);
    if (left <= 7)
        return Status::ExpiresWeek;
    if (left <= 30)
        return Status::ExpiresMonth;
    return left <= 183 ? Status::Valid : Status::Other;
}

QMap<Status, int> countStatuses(const QList<SandboxToken>& tokens, const QDateTime& now)
{
    QMap<Status, int> counts;
    for (const SandboxToken& token : tokens)
        ++counts[statusOf(token, now)];
    return counts;
}

QList<SandboxToken> make(int count, const QDate& today = kToday)
{
    return SandboxSeeder::makeTokens(count, SandboxOptions::defaultNamespaces(), QStringLiteral("1234567"),
                                     today);
}

} // namespace

class TestSandboxSeeder : public QObject
{
    Q_OBJECT

private slots:
    void categoryCounts_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("activating");
        QTest::addColumn<int>("expired");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("valid");
        // The first seven give one of each; then a cycle of ten (3 active, 2 valid, 2 expired, 1 week,
        // 1 month, 1 activating) repeats.
        QTest::newRow("12") << 12 << 3 << 1 << 2 << 1 << 2 << 2;
        QTest::newRow("1000") << 1000 << 299 << 100 << 200 << 100 << 100 << 200;
        QTest::newRow("7") << 7 << 1 << 1 << 1 << 1 << 1 << 1;
    }

    void categoryCounts()
    {
        QFETCH(int, count);
        // Late in the day: the activating tokens are still IN_PROGRESS and the dates still hold.
        for (const QTime& time : {QTime(0, 0, 1), QTime(12, 0), QTime(23, 59, 59)}) {
            const QDateTime now(kToday, time, Qt::UTC);
            const QList<SandboxToken> tokens = make(count);
            QCOMPARE(tokens.size(), count);
            const QMap<Status, int> counts = countStatuses(tokens, now);
            QCOMPARE(counts.value(Status::ActivationError), 1);
            QTEST(counts.value(Status::Active), "active");
            QTEST(counts.value(Status::Activating), "activating");
            QTEST(counts.value(Status::Expired), "expired");
            QTEST(counts.value(Status::ExpiresWeek), "week");
            QTEST(counts.value(Status::ExpiresMonth), "month");
            QTEST(counts.value(Status::Valid), "valid");
            QCOMPARE(counts.value(Status::Other), 0);
        }
        // The enhanced activating tokens complete at 00:00 UTC the next day.
        const QMap<Status, int> tomorrow =
            countStatuses(make(count), QDateTime(kToday.addDays(1), {}, Qt::UTC));
        QCOMPARE(tomorrow.value(Status::Activating), 0);
    }

    void smallCountsStillValid()
    {
        for (int count = 0; count < 7; ++count) {
            const QList<SandboxToken> tokens = make(count);
            QCOMPARE(tokens.size(), count);
            QCOMPARE(countStatuses(tokens, QDateTime(kToday, QTime(12, 0), Qt::UTC)).value(Status::Other), 0);
        }
    }

    void deterministic()
    {
        QCOMPARE(make(300), make(300));
        // A larger seed starts with the smaller one (while the names have the same width).
        QCOMPARE(make(999).mid(0, 12), make(12));
        QVERIFY(make(12) != make(12, kToday.addDays(1)));
    }

    void datesFollowToday()
    {
        const QDate other(2031, 7, 15);
        const QDateTime now(other, QTime(10, 0), Qt::UTC);
        const QList<SandboxToken> tokens = make(1000, other);
        const QMap<Status, int> counts = countStatuses(tokens, now);
        QCOMPARE(counts.value(Status::Other), 0);
        QCOMPARE(counts.value(Status::Expired), 200);
        for (const SandboxToken& token : tokens) {
            QVERIFY(token.issueDate <= other);
            QVERIFY(token.createdAtUtc <= QDateTime(other, QTime(23, 59, 59), Qt::UTC));
            QCOMPARE(token.createdAtUtc.date(), token.issueDate);
        }
    }

    void tokensAreValidForTheApi()
    {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]{0,31}$"));
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QMap<QString, SandboxNamespace> namespaces;
        for (const SandboxNamespace& ns : SandboxOptions::defaultNamespaces())
            namespaces.insert(ns.name, ns);

        const QList<SandboxToken> tokens = make(1000);
        QSet<QString> names;
        QSet<QString> uuids;
        QSet<QString> usedNamespaces;
        int staging = 0;
        int production = 0;
        int both = 0;
        int legacy = 0;
        int restrictedIds = 0;
        for (const SandboxToken& token : tokens) {
            QVERIFY2(name.match(token.name).hasMatch(), qPrintable(token.name));
            QVERIFY2(uuid.match(token.uuid).hasMatch(), qPrintable(token.uuid));
            names.insert(token.name);
            uuids.insert(token.uuid);
            QVERIFY(token.allowOnStaging || token.allowOnProduction);
            staging += token.allowOnStaging && !token.allowOnProduction;
            production += !token.allowOnStaging && token.allowOnProduction;
            both += token.allowOnStaging && token.allowOnProduction;
            QVERIFY(!token.namespacePermissions.isEmpty() && token.namespacePermissions.size() <= 20);
            QSet<bool> policies;
            for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend();
                 ++it) {
                QVERIFY(namespaces.contains(it.key()));
                usedNamespaces.insert(it.key());
                policies.insert(namespaces.value(it.key()).restrictDataAccess);
                QVERIFY(!it.value().isEmpty() && it.value().size() <= 3);
                for (const QString& letter : it.value())
                    QVERIFY(QStringList({QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("d")})
                                .contains(letter));
            }
            QCOMPARE(policies.size(), 1);
            QVERIFY(token.restrictToEdgeWorkerIds.size() <= 8);
            restrictedIds += !token.restrictToEdgeWorkerIds.isEmpty();
            QCOMPARE(token.cpcode, QStringLiteral("1234567"));
            if (token.model == TokenModel::Legacy) {
                ++legacy;
                QVERIFY(token.expiry > token.issueDate);
                QVERIFY(token.issueDate.daysTo(token.expiry) <= 183);
                QVERIFY(token.value.isEmpty()); // seed() signs them
            } else {
                QCOMPARE(token.expiry, SandboxToken::enhancedExpiry());
                QVERIFY(token.nextScheduledRefreshDate > kToday);
                QVERIFY(!token.latestRefreshDate.isValid() || token.latestRefreshDate <= kToday);
            }
        }
        QCOMPARE(names.size(), 1000);
        QCOMPARE(uuids.size(), 1000);
        QCOMPARE(usedNamespaces.size(), namespaces.size());
        QVERIFY(staging > 100 && production > 100 && both > 300);
        QCOMPARE(legacy, 600);
        QVERIFY(restrictedIds > 100 && restrictedIds < 900);
    }

    void namespacesOnOneNetworkOnly()
    {
        SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("st"));
        stagingOnly.onProduction = false;
        const QList<SandboxToken> tokens =
            SandboxSeeder::makeTokens(50, {stagingOnly}, QStringLiteral("1"), kToday);
        QCOMPARE(tokens.size(), 50);
        for (const SandboxToken& token : tokens) {
            QVERIFY(token.allowOnStaging);
            QVERIFY(!token.allowOnProduction);
        }
        QVERIFY(SandboxSeeder::makeTokens(5, {}, QStringLiteral("1"), kToday).isEmpty());
    }

    void seedSignsLegacyTokensAndNeverDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MockClock clock(QDateTime(kToday, QTime(9, 30), Qt::UTC));
        SandboxOptions options;
        options.clock = &clock;
        options.stateFile = dir.filePath(QStringLiteral("state.json"));
        QByteArray jwtKey;
        {
            SandboxServer server(options);
            QCOMPARE(server.loadState(), QString());
            int added = -1;
            QCOMPARE(SandboxSeeder::seed(server, 12, &added), QString());
            QCOMPARE(added, 12);
            const SandboxAccount& account = server.store().account(QString());
            QCOMPARE(account.tokens.size(), 12);
            for (const SandboxToken& token : account.tokens) {
                if (token.model == TokenModel::Legacy) {
                    const auto claims = JwtIssuer::verify(token.value.toLatin1(), server.jwtKey());
                    QVERIFY(claims);
                    QCOMPARE(claims->value(QLatin1String("jti")).toString(), token.uuid);
                } else {
                    QVERIFY(token.value.isEmpty());
                }
            }
            // Seeding again into an account that has tokens adds nothing.
            QCOMPARE(SandboxSeeder::seed(server, 12, &added), QString());
            QCOMPARE(added, 0);
            QCOMPARE(server.saveState(), QString());
            jwtKey = server.jwtKey();
        }
        SandboxServer restarted(options);
        QCOMPARE(restarted.loadState(), QString());
        int added = -1;
        QCOMPARE(SandboxSeeder::seed(restarted, 40, &added), QString());
        QCOMPARE(added, 0);
        QCOMPARE(restarted.store().account(QString()).tokens.size(), 12);
        QCOMPARE(restarted.jwtKey(), jwtKey);
    }

    void seedZeroDoesNothing()
    {
        SandboxServer server;
        int added = -1;
        QCOMPARE(SandboxSeeder::seed(server, 0, &added), QString());
        QCOMPARE(added, 0);
        QVERIFY(server.store().account(QString()).tokens.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeder)
#include "tst_sandboxseeder.moc"
