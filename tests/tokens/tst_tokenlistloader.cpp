#include "SandboxServer.h"
#include "api/EdgeKvClient.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace edgekv;
using M = TokenTableModel;

namespace {

constexpr int kWaitMs = 30000;

QDateTime sandboxNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
}

// A sandbox on 127.0.0.1:0 and a client for it, both on one mock clock (EdgeGrid timestamps agree).
struct Account
{
    MockClock clock{sandboxNow()};
    SandboxClient apiClient = SandboxClient::generate();
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<EdgeKvClient> client;
    QString listenError;

    explicit Account(SandboxOptions options = {})
    {
        options.clock = &clock;
        options.clients.append(apiClient);
        server = std::make_unique<SandboxServer>(options);
        listenError = server->listen();
        client = std::make_unique<EdgeKvClient>(server->credentialsFor(apiClient), clock);
    }

    QDate today() const { return clock.todayUtc(); }

    void addEnhanced(const QString& name, const QMap<QString, QStringList>& permissions,
                     bool activationError = false)
    {
        SandboxToken token;
        token.model = TokenModel::Enhanced;
        token.name = name;
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        token.allowOnProduction = true;
        token.namespacePermissions = permissions;
        token.cpcode = QStringLiteral("1234567");
        token.expiry = SandboxToken::enhancedExpiry();
        token.issueDate = today().addDays(-40);
        token.createdAtUtc = clock.nowUtc().addDays(-40);
        token.activationCompleteAtUtc = token.createdAtUtc.addSecs(60);
        token.activationError = activationError;
        token.nextScheduledRefreshDate = today().addDays(20);
        QVERIFY(server->store().addToken({}, token));
    }

    void addLegacy(const QString& name, const QDate& expiry)
    {
        SandboxToken token;
        token.model = TokenModel::Legacy;
        token.name = name;
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        token.namespacePermissions = {{QStringLiteral("default"), {QStringLiteral("r")}}};
        token.cpcode = QStringLiteral("1234567");
        token.expiry = expiry;
        token.issueDate = today().addDays(-60);
        token.createdAtUtc = clock.nowUtc().addDays(-60);
        token.value = QString::fromLatin1(server->issueLegacyJwt(token));
        QVERIFY(server->store().addToken({}, token));
    }
};

bool isTokenDetailsRequest(const QByteArray& method, const QByteArray& path)
{
    return method == "GET" && path.startsWith("/edgekv/v1/tokens/");
}

} // namespace

class TestTokenListLoader : public QObject
{
    Q_OBJECT

private slots:
    void rowsFillInWithDetails()
    {
        Account account;
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        for (int i = 0; i < 10; ++i)
            account.addEnhanced(QStringLiteral("auto-%1").arg(i),
                                {{QStringLiteral("default"), {QStringLiteral("r"), QStringLiteral("w")}},
                                 {QStringLiteral("marketing"), {QStringLiteral("r")}}});
        account.addEnhanced(QStringLiteral("failed-activation"),
                            {{QStringLiteral("default"), {QStringLiteral("r")}}}, true);
        account.addLegacy(QStringLiteral("due-soon"), account.today().addDays(5));
        account.addLegacy(QStringLiteral("lapsed"), account.today().addDays(-3));

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        QSignalSpy started(&loader, &TokenListLoader::started);
        QSignalSpy progress(&loader, &TokenListLoader::progress);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        QSignalSpy initialized(&loader, &TokenListLoader::initializeStatusKnown);

        // The list rows appear before any details answer.
        int rowsWhenListed = -1;
        int waitingWhenListed = -1;
        connect(&loader, &TokenListLoader::listLoaded, this, [&](int count) {
            rowsWhenListed = model.rowCount();
            waitingWhenListed = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, M::Namespaces).data().toString() == QStringLiteral("Loading\u2026"))
                    ++waitingWhenListed;
            }
            QCOMPARE(count, 13);
        });

        loader.start();
        QCOMPARE(started.size(), 1);
        QVERIFY(loader.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!loader.error().isError());
        QCOMPARE(rowsWhenListed, 13);
        QCOMPARE(waitingWhenListed, 13);

        QCOMPARE(model.rowCount(), 13);
        const auto text = [&](const QString& name, int column) {
            return model.index(model.rowOf(name), column).data().toString();
        };
        QCOMPARE(text(QStringLiteral("auto-7"), M::Namespaces),
                 QStringLiteral("default rw \u00B7 marketing r"));
        QCOMPARE(text(QStringLiteral("auto-7"), M::Networks), QStringLiteral("Staging \u00B7 Production"));
        QCOMPARE(text(QStringLiteral("auto-7"), M::Status), QStringLiteral("Auto-refresh"));
        QCOMPARE(text(QStringLiteral("auto-7"), M::Expires),
                 QStringLiteral("Never \u2014 next refresh 2026-03-30"));
        QCOMPARE(text(QStringLiteral("failed-activation"), M::Status), QStringLiteral("Activation error"));
        QCOMPARE(text(QStringLiteral("due-soon"), M::Status), QStringLiteral("Expires in 5 days"));
        QCOMPARE(text(QStringLiteral("due-soon"), M::Namespaces), QStringLiteral("default r"));
        QCOMPARE(text(QStringLiteral("due-soon"), M::Networks), QStringLiteral("Staging"));

        // The API refuses the details of an expired legacy token (410): the row keeps its list data.
        QCOMPARE(text(QStringLiteral("lapsed"), M::Status), QStringLiteral("Expired 3 days ago"));
        QCOMPARE(text(QStringLiteral("lapsed"), M::Namespaces), QStringLiteral("Not available"));
        QCOMPARE(model.detailsStateAt(model.rowOf(QStringLiteral("lapsed"))), M::DetailsState::Expired);
        QCOMPARE(loader.detailErrors().size(), 1);
        QCOMPARE(loader.detailErrors().value(QStringLiteral("lapsed")).status, 410);

        QCOMPARE(progress.last().at(0).toInt(), 13);
        QCOMPARE(progress.last().at(1).toInt(), 13);
        QCOMPARE(loader.done(), 13);
        QCOMPARE(initialized.size(), 1);
        QVERIFY(loader.initializeStatus().has_value());
        QVERIFY(loader.initializeStatus()->isInitialized());
    }

    void perTokenErrorsStayOnTheirRow()
    {
        Account account;
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        account.addEnhanced(QStringLiteral("fine"), {{QStringLiteral("default"), {QStringLiteral("r")}}});
        // A name the API should never have accepted: the client refuses to build its URL.
        account.addEnhanced(QStringLiteral("bad name;"),
                            {{QStringLiteral("default"), {QStringLiteral("r")}}});

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        const int bad = model.rowOf(QStringLiteral("bad name;"));
        QVERIFY(bad >= 0);
        QCOMPARE(model.index(bad, M::Namespaces).data().toString(), QStringLiteral("Could not load"));
        QVERIFY(!model.index(bad, M::Namespaces).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.detailsStateAt(bad), M::DetailsState::Failed);
        QCOMPARE(loader.detailErrors().value(QStringLiteral("bad name;")).kind,
                 ApiError::Kind::InvalidRequest);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("fine")), M::Namespaces).data().toString(),
                 QStringLiteral("default r"));
    }

    void detailRequestsStayWithinTheBound()
    {
        SandboxOptions options;
        options.latencyMs = 20; // answers overlap, so the loader has the chance to overrun its bound
        Account account(options);
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        for (int i = 0; i < 30; ++i)
            account.addEnhanced(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                                {{QStringLiteral("default"), {QStringLiteral("r")}}});

        // Seen from the server: how many details requests were open at once.
        QStringList detailRequests;
        int open = 0;
        int mostOpen = 0;
        connect(account.server.get(), &SandboxServer::requestReceived, this,
                [&](const QByteArray& method, const QByteArray& path) {
                    if (isTokenDetailsRequest(method, path))
                        mostOpen = std::max(mostOpen, ++open);
                });
        connect(account.server.get(), &SandboxServer::requestHandled, this,
                [&](const QByteArray& method, const QByteArray& path, int) {
                    if (isTokenDetailsRequest(method, path)) {
                        --open;
                        detailRequests << QString::fromLatin1(path);
                    }
                });

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        QCOMPARE(loader.maxInFlight(), 8);
        loader.setMaxInFlight(3);
        int mostInFlight = 0;
        connect(&loader, &TokenListLoader::progress, this,
                [&](int, int) { mostInFlight = std::max(mostInFlight, loader.inFlight()); });
        QSignalSpy finished(&loader, &TokenListLoader::finished);

        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(loader.peakInFlight(), 3);
        QVERIFY(mostInFlight <= 3);
        QVERIFY2(mostOpen <= 3 && mostOpen >= 2, qPrintable(QString::number(mostOpen)));
        QCOMPARE(loader.inFlight(), 0);
        // Every token was asked for exactly once, and every row has its details.
        QCOMPARE(detailRequests.size(), 30);
        detailRequests.removeDuplicates();
        QCOMPARE(detailRequests.size(), 30);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(M::DetailsLoadedRole).toBool());

        // The default bound.
        finished.clear();
        mostOpen = 0;
        loader.setMaxInFlight(TokenListLoader::DefaultMaxInFlight);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(loader.peakInFlight(), 8);
        QVERIFY2(mostOpen <= 8 && mostOpen > 3, qPrintable(QString::number(mostOpen)));
    }

    void anUninitializedAccountIsToldFromAnEmptyOne()
    {
        SandboxOptions options;
        options.uninitialized = true;
        Account uninitialized(options);
        QVERIFY2(uninitialized.listenError.isEmpty(), qPrintable(uninitialized.listenError));

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TokenListLoader loader(uninitialized.client.get(), &model);
        QSignalSpy known(&loader, &TokenListLoader::initializeStatusKnown);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(known.size(), 1);
        const auto status = known.at(0).at(0).value<InitializeStatus>();
        QCOMPARE(status.accountStatus, InitializeStatus::State::Uninitialized);
        QVERIFY(!loader.initializeStatus()->isInitialized());
        QCOMPARE(model.rowCount(), 0);

        Account empty;
        QVERIFY2(empty.listenError.isEmpty(), qPrintable(empty.listenError));
        TokenListLoader emptyLoader(empty.client.get(), &model);
        QSignalSpy emptyFinished(&emptyLoader, &TokenListLoader::finished);
        emptyLoader.start();
        QTRY_COMPARE_WITH_TIMEOUT(emptyFinished.size(), 1, kWaitMs);
        QCOMPARE(emptyFinished.at(0).at(0).toBool(), true);
        QVERIFY(emptyLoader.initializeStatus().has_value());
        QVERIFY(emptyLoader.initializeStatus()->isInitialized());
        QCOMPARE(model.rowCount(), 0);
    }

    void aFailedListIsATypedErrorAndKeepsTheRows()
    {
        Account account;
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        account.addEnhanced(QStringLiteral("kept"), {{QStringLiteral("default"), {QStringLiteral("r")}}});

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(model.rowCount(), 1);

        // The wrong secret: the gateway answers 401 to every call.
        Credentials wrong = account.client->credentials();
        wrong.clientSecret = SandboxClient::generate().clientSecret;
        account.client->setCredentials(wrong);
        finished.clear();
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(loader.error().kind, ApiError::Kind::Http);
        QCOMPARE(loader.error().status, 401);
        QCOMPARE(loader.error().operation, ApiError::Operation::ListTokens);
        QVERIFY(!loader.error().userMessage().isEmpty());
        QVERIFY(!loader.initializeStatus().has_value());
        // A failed refresh does not empty the table.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, M::Namespaces).data().toString(), QStringLiteral("default r"));
    }

    void aServerErrorOnTheListIsTyped()
    {
        Account account;
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        ApiClientSettings fast;
        fast.maxTries = 2;
        fast.backoffBaseMs = 10;
        fast.backoffCapMs = 20;
        account.client->setSettings(fast);
        account.server->setFaults({FaultRule{FaultKind::InternalError500, 1.0}}, 1);

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TokenListLoader loader(account.client.get(), &model);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(loader.error().kind, ApiError::Kind::Http);
        QCOMPARE(loader.error().cause(), ApiError::Cause::ServerError);
        QCOMPARE(loader.initializeError().status, 500);
    }

    void cancelStopsAndMarksWaitingRows()
    {
        SandboxOptions options;
        options.latencyMs = 100;
        Account account(options);
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        for (int i = 0; i < 12; ++i)
            account.addEnhanced(QStringLiteral("t%1").arg(i),
                                {{QStringLiteral("default"), {QStringLiteral("r")}}});

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        loader.setMaxInFlight(2);
        QSignalSpy listed(&loader, &TokenListLoader::listLoaded);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        QSignalSpy progress(&loader, &TokenListLoader::progress);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kWaitMs);
        loader.cancel();

        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(loader.error().kind, ApiError::Kind::Cancelled);
        QVERIFY(!loader.isRunning());
        QCOMPARE(loader.inFlight(), 0);
        QCOMPARE(model.rowCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, M::Namespaces).data().toString(), QStringLiteral("Could not load"));
            QVERIFY(model.index(row, M::Namespaces)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("cancelled")));
        }

        // Loading again after a cancel works, and the abandoned answers do not count.
        finished.clear();
        progress.clear();
        loader.start();
        loader.start(); // a second start abandons the first without a finished()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QCOMPARE(loader.done(), 12);
        QCOMPARE(model.index(0, M::Namespaces).data().toString(), QStringLiteral("default r"));
    }

    void aRefreshKeepsRowsAndFollowsTheAccount()
    {
        Account account;
        QVERIFY2(account.listenError.isEmpty(), qPrintable(account.listenError));
        account.addEnhanced(QStringLiteral("stays"), {{QStringLiteral("default"), {QStringLiteral("r")}}});
        account.addEnhanced(QStringLiteral("revoked"), {{QStringLiteral("default"), {QStringLiteral("r")}}});

        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(account.clock);
        TokenListLoader loader(account.client.get(), &model);
        QSignalSpy finished(&loader, &TokenListLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);

        const QPersistentModelIndex selected = model.index(model.rowOf(QStringLiteral("stays")), M::Name);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(account.server->store().removeToken({}, QStringLiteral("revoked")));
        account.addEnhanced(QStringLiteral("created"),
                            {{QStringLiteral("marketing"), {QStringLiteral("r")}}});

        finished.clear();
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(reset.size(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("stays"));
        QCOMPARE(model.rowOf(QStringLiteral("revoked")), -1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("created")), M::Namespaces).data().toString(),
                 QStringLiteral("marketing r"));
    }
};

QTEST_GUILESS_MAIN(TestTokenListLoader)
#include "tst_tokenlistloader.moc"
