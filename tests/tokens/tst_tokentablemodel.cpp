#include "TestTokens.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace edgekv;
using namespace edgekv::test;
using Kind = TokenStatus::Kind;
using M = TokenTableModel;

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVariant cell(const QString& name, int column, int role = Qt::DisplayRole) const
    {
        const int row = m_model->rowOf(name);
        return m_model->index(row, column).data(role);
    }
    QString text(const QString& name, int column) const { return cell(name, column).toString(); }

    QList<Token> mixedTokens() const
    {
        const QDate today = tokensNow().date();
        return {
            legacyToken(QStringLiteral("old"), today.addDays(-3)),
            legacyToken(QStringLiteral("soon"), today.addDays(5)),
            enhancedToken(QStringLiteral("auto")),
            enhancedToken(QStringLiteral("pending"), Token::ActivationStatus::InProgress),
        };
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<MockClock>(tokensNow());
        m_model = std::make_unique<TokenTableModel>();
        m_model->setClock(*m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
    }

    void headersNameEveryColumn()
    {
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        const QStringList expected = {QStringLiteral("Name"),           QStringLiteral("Status"),
                                      QStringLiteral("Expires"),        QStringLiteral("Networks"),
                                      QStringLiteral("Namespaces"),     QStringLiteral("Issued"),
                                      QStringLiteral("EdgeWorker IDs"), QStringLiteral("CP code")};
        for (int column = 0; column < M::ColumnCount; ++column)
            QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }

    void listRowsShowStatusAndExpiryAndWaitForDetails()
    {
        m_model->setTokens(mixedTokens());
        QCOMPARE(m_model->rowCount(), 4);

        QCOMPARE(text(QStringLiteral("old"), M::Status), QStringLiteral("Expired 3 days ago"));
        QCOMPARE(text(QStringLiteral("old"), M::Expires), QStringLiteral("2026-03-07"));
        QCOMPARE(text(QStringLiteral("soon"), M::Status), QStringLiteral("Expires in 5 days"));
        QCOMPARE(text(QStringLiteral("auto"), M::Status), QStringLiteral("Auto-refresh"));
        QCOMPARE(text(QStringLiteral("auto"), M::Expires),
                 QStringLiteral("Never \u2014 next refresh 2026-05-01"));
        QCOMPARE(text(QStringLiteral("auto"), M::Issued), QStringLiteral("2025-11-02"));
        QCOMPARE(text(QStringLiteral("pending"), M::Status), QStringLiteral("Activating"));

        // Only the list is known: the detail columns say so instead of showing empty or wrong values.
        for (const int column : {M::Networks, M::Namespaces, M::EdgeWorkerIds, M::CpCode}) {
            QCOMPARE(text(QStringLiteral("auto"), column), QStringLiteral("Loading\u2026"));
            QVERIFY(!cell(QStringLiteral("auto"), column, M::DetailsLoadedRole).toBool());
        }

        QCOMPARE(cell(QStringLiteral("old"), M::Name, M::StatusKindRole).toInt(), int(Kind::Expired));
        QVERIFY(cell(QStringLiteral("old"), M::Namespaces, M::ExpiredRole).toBool());
        QVERIFY(cell(QStringLiteral("old"), M::Name, M::NeedsAttentionRole).toBool());
        QVERIFY(cell(QStringLiteral("soon"), M::Name, M::NeedsAttentionRole).toBool());
        QVERIFY(!cell(QStringLiteral("soon"), M::Name, M::ExpiredRole).toBool());
        QVERIFY(!cell(QStringLiteral("auto"), M::Name, M::NeedsAttentionRole).toBool());
        QCOMPARE(cell(QStringLiteral("pending"), M::Status, M::StatusKindRole).toInt(),
                 int(Kind::Activating));
    }

    void detailsFillInOneRowAtATime()
    {
        m_model->setTokens(mixedTokens());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        const Token details = withDetails(enhancedToken(QStringLiteral("auto")),
                                          {{QStringLiteral("marketing"), QStringLiteral("r")},
                                           {QStringLiteral("default"), QStringLiteral("rwd")}},
                                          true, true, {});
        m_model->updateToken(details);

        QCOMPARE(changed.size(), 1);
        const int row = m_model->rowOf(QStringLiteral("auto"));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(reset.size(), 0);

        QCOMPARE(text(QStringLiteral("auto"), M::Namespaces),
                 QStringLiteral("default rwd \u00B7 marketing r"));
        QCOMPARE(text(QStringLiteral("auto"), M::Networks), QStringLiteral("Staging \u00B7 Production"));
        QCOMPARE(text(QStringLiteral("auto"), M::EdgeWorkerIds), QStringLiteral("All"));
        QCOMPARE(text(QStringLiteral("auto"), M::CpCode), QStringLiteral("1234567"));
        QVERIFY(cell(QStringLiteral("auto"), M::Networks, M::DetailsLoadedRole).toBool());
        const QString namespacesTip = cell(QStringLiteral("auto"), M::Namespaces, Qt::ToolTipRole).toString();
        QCOMPARE(namespacesTip, QStringLiteral("default: read, write, delete\nmarketing: read"));

        // The others still wait.
        QCOMPARE(text(QStringLiteral("soon"), M::Namespaces), QStringLiteral("Loading\u2026"));

        const Token staging = withDetails(legacyToken(QStringLiteral("soon"), tokensNow().date().addDays(5)),
                                          {{QStringLiteral("default"), QStringLiteral("r")}}, true, false,
                                          {QStringLiteral("42"), QStringLiteral("7")});
        m_model->updateToken(staging);
        QCOMPARE(text(QStringLiteral("soon"), M::Networks), QStringLiteral("Staging"));
        QCOMPARE(text(QStringLiteral("soon"), M::EdgeWorkerIds), QStringLiteral("42, 7"));
        QCOMPARE(text(QStringLiteral("soon"), M::Status), QStringLiteral("Expires in 5 days"));
    }

    void aLegacyAnswerShowsTheNamespacesOfItsJwt()
    {
        const QDate expiry = tokensNow().date().addDays(20);
        m_model->setTokens({legacyToken(QStringLiteral("legacy"), expiry)});
        // GET /tokens/{name} for a legacy token: name, uuid, expiry and the JWT, whose claims hold the rest.
        const QByteArray claims =
            R"({"namespace-default":["r","w"],"env":["s"],"ewids":"all","cpc":"7654321"})";
        Token answer = legacyToken(QStringLiteral("legacy"), expiry);
        answer.value = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") +
                       QString::fromLatin1(
                           claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                       QStringLiteral(".c2ln");
        m_model->updateToken(answer);

        QCOMPARE(text(QStringLiteral("legacy"), M::Namespaces), QStringLiteral("default rw"));
        QCOMPARE(text(QStringLiteral("legacy"), M::Networks), QStringLiteral("Staging"));
        QCOMPARE(text(QStringLiteral("legacy"), M::EdgeWorkerIds), QStringLiteral("All"));
        QCOMPARE(text(QStringLiteral("legacy"), M::CpCode), QStringLiteral("7654321"));
        QCOMPARE(text(QStringLiteral("legacy"), M::Status), QStringLiteral("Expires in 20 days"));
    }

    void aDetailsAnswerWithoutListFieldsKeepsThem()
    {
        m_model->setTokens({enhancedToken(QStringLiteral("auto"))});
        Token sparse;
        sparse.name = QStringLiteral("auto");
        sparse.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("r")}};
        sparse.allowOnProduction = true;
        sparse.hasDetails = true;
        m_model->updateToken(sparse);

        QCOMPARE(text(QStringLiteral("auto"), M::Status), QStringLiteral("Auto-refresh"));
        QCOMPARE(text(QStringLiteral("auto"), M::Expires),
                 QStringLiteral("Never \u2014 next refresh 2026-05-01"));
        QCOMPARE(text(QStringLiteral("auto"), M::Networks), QStringLiteral("Production"));
        QCOMPARE(cell(QStringLiteral("auto"), M::Name, M::TokenRole).value<Token>().uuid,
                 QStringLiteral("uuid-auto"));
    }

    void failedAndExpiredDetailsAreShownPerRow()
    {
        m_model->setTokens(mixedTokens());
        m_model->setDetailsState(QStringLiteral("old"), M::DetailsState::Expired);
        m_model->setDetailsState(QStringLiteral("soon"), M::DetailsState::Failed,
                                 QStringLiteral("Loading token \u201csoon\u201d failed: server error."));

        QCOMPARE(text(QStringLiteral("old"), M::Namespaces), QStringLiteral("Not available"));
        QVERIFY(cell(QStringLiteral("old"), M::Namespaces, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("expired")));
        // The list data stays.
        QCOMPARE(text(QStringLiteral("old"), M::Status), QStringLiteral("Expired 3 days ago"));

        QCOMPARE(text(QStringLiteral("soon"), M::Networks), QStringLiteral("Could not load"));
        QCOMPARE(cell(QStringLiteral("soon"), M::Networks, Qt::ToolTipRole).toString(),
                 QStringLiteral("Loading token \u201csoon\u201d failed: server error."));
        QCOMPARE(cell(QStringLiteral("soon"), M::Name, M::DetailsStateRole).toInt(),
                 int(M::DetailsState::Failed));
        QCOMPARE(m_model->detailsStateAt(m_model->rowOf(QStringLiteral("old"))), M::DetailsState::Expired);
    }

    void relistingKeepsRowsSelectionAndDetails()
    {
        m_model->setTokens(mixedTokens());
        m_model->updateToken(withDetails(enhancedToken(QStringLiteral("auto")),
                                         {{QStringLiteral("default"), QStringLiteral("r")}}));
        const QPersistentModelIndex selected =
            m_model->index(m_model->rowOf(QStringLiteral("auto")), M::Name);

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        // "old" was purged, "new" appeared, "auto" refreshed meanwhile.
        QList<Token> again = mixedTokens();
        again.removeFirst();
        again[1].latestRefreshDate = QDate(2026, 3, 9);
        again[1].nextScheduledRefreshDate = QDate(2026, 5, 9);
        again.append(enhancedToken(QStringLiteral("new")));
        m_model->setTokens(again);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOf(QStringLiteral("old")), -1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("auto"));
        // The details already known stay visible until the next details answer replaces them.
        QCOMPARE(QModelIndex(selected).siblingAtColumn(M::Namespaces).data().toString(),
                 QStringLiteral("default r"));
        QCOMPARE(QModelIndex(selected).siblingAtColumn(M::Expires).data().toString(),
                 QStringLiteral("Never \u2014 next refresh 2026-05-09"));
        QCOMPARE(m_model->index(3, M::Name).data().toString(), QStringLiteral("new"));
    }

    void anUnchangedListChangesNothing()
    {
        m_model->setTokens(mixedTokens());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_model->setTokens(mixedTokens());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(layout.size(), 0);
    }

    void aRecreatedTokenLosesTheOldDetails()
    {
        m_model->setTokens({enhancedToken(QStringLiteral("auto"))});
        m_model->updateToken(withDetails(enhancedToken(QStringLiteral("auto")),
                                         {{QStringLiteral("default"), QStringLiteral("r")}}));
        Token recreated = enhancedToken(QStringLiteral("auto"));
        recreated.uuid = QStringLiteral("another-uuid");
        m_model->setTokens({recreated});
        QCOMPARE(text(QStringLiteral("auto"), M::Namespaces), QStringLiteral("Loading\u2026"));
    }

    void removeAndLookUp()
    {
        m_model->setTokens(mixedTokens());
        QCOMPARE(m_model->tokenAt(m_model->rowOf(QStringLiteral("soon"))).name, QStringLiteral("soon"));
        QVERIFY(m_model->removeToken(QStringLiteral("soon")));
        QVERIFY(!m_model->removeToken(QStringLiteral("soon")));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("soon")), -1);
        QCOMPARE(m_model->rowOf(QStringLiteral("pending")), 2);
        QCOMPARE(text(QStringLiteral("pending"), M::Status), QStringLiteral("Activating"));
        QCOMPARE(m_model->tokenAt(99).name, QString());

        // A token created meanwhile shows up with its details.
        m_model->updateToken(withDetails(enhancedToken(QStringLiteral("created")),
                                         {{QStringLiteral("default"), QStringLiteral("rw")}}));
        QCOMPARE(text(QStringLiteral("created"), M::Namespaces), QStringLiteral("default rw"));

        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void theNextDayAndNewThresholdsUpdateStatuses()
    {
        const QDate today = tokensNow().date();
        m_model->setTokens({legacyToken(QStringLiteral("a"), today.addDays(8)),
                            legacyToken(QStringLiteral("b"), today.addDays(1)),
                            enhancedToken(QStringLiteral("e"))});
        QCOMPARE(text(QStringLiteral("a"), M::Status), QStringLiteral("Expires in 8 days"));
        QCOMPARE(cell(QStringLiteral("a"), M::Name, M::StatusKindRole).toInt(), int(Kind::ExpiresLater));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_clock->advanceDays(1);
        m_model->refreshStatuses();
        QVERIFY(changed.size() >= 1);
        QCOMPARE(text(QStringLiteral("a"), M::Status), QStringLiteral("Expires in 7 days"));
        QCOMPARE(cell(QStringLiteral("a"), M::Name, M::StatusKindRole).toInt(), int(Kind::ExpiresSoon));
        QCOMPARE(text(QStringLiteral("b"), M::Status), QStringLiteral("Expires today"));

        changed.clear();
        m_model->setThresholds(ExpiryThresholds{3, 5});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(QStringLiteral("a"), M::Name, M::StatusKindRole).toInt(), int(Kind::Valid));
        QCOMPARE(text(QStringLiteral("a"), M::Status), QStringLiteral("Valid"));

        // Nothing changes, nothing is announced.
        changed.clear();
        m_model->refreshStatuses();
        QCOMPARE(changed.size(), 0);

        MockClock later(tokensNow().addDays(10));
        m_model->setClock(later);
        QCOMPARE(text(QStringLiteral("a"), M::Status), QStringLiteral("Expired 2 days ago"));
        m_model->setClock(*m_clock); // before later goes away
    }

    void sortRoleHoldsRawValues()
    {
        m_model->setTokens(mixedTokens());
        m_model->updateToken(withDetails(
            enhancedToken(QStringLiteral("auto")),
            {{QStringLiteral("Zeta"), QStringLiteral("r")}, {QStringLiteral("alpha"), QStringLiteral("r")}},
            false, true));
        QCOMPARE(cell(QStringLiteral("old"), M::Expires, M::SortRole).typeId(), QMetaType::QDate);
        QCOMPARE(cell(QStringLiteral("old"), M::Expires, M::SortRole).toDate(), QDate(2026, 3, 7));
        QCOMPARE(cell(QStringLiteral("auto"), M::Expires, M::SortRole).toDate(), Token::neverExpiresDate());
        QCOMPARE(cell(QStringLiteral("auto"), M::Issued, M::SortRole).toDate(), QDate(2025, 11, 2));
        QCOMPARE(cell(QStringLiteral("auto"), M::Networks, M::SortRole).toInt(), 2);
        QCOMPARE(cell(QStringLiteral("auto"), M::Namespaces, M::SortRole).toString(),
                 QStringLiteral("alpha,zeta"));
        QCOMPARE(cell(QStringLiteral("auto"), M::CpCode, M::SortRole).toLongLong(), 1234567);

        const qint64 expired = cell(QStringLiteral("old"), M::Status, M::SortRole).toLongLong();
        const qint64 soon = cell(QStringLiteral("soon"), M::Status, M::SortRole).toLongLong();
        const qint64 activating = cell(QStringLiteral("pending"), M::Status, M::SortRole).toLongLong();
        const qint64 automatic = cell(QStringLiteral("auto"), M::Status, M::SortRole).toLongLong();
        QVERIFY(expired < soon);
        QVERIFY(soon < activating);
        QVERIFY(activating < automatic);
    }

    void theWholeTokenTravelsWithTheRow()
    {
        m_model->setTokens(mixedTokens());
        const QVariant value = cell(QStringLiteral("soon"), M::CpCode, M::TokenRole);
        QVERIFY(value.canConvert<Token>());
        const Token token = value.value<Token>();
        QCOMPARE(token.name, QStringLiteral("soon"));
        QCOMPARE(token.expiry, tokensNow().date().addDays(5));
        QVERIFY(token.isLegacy());
        QCOMPARE(m_model->roleNames().value(M::TokenRole), QByteArray("token"));
    }

    void toolTipsExplain()
    {
        m_model->setTokens(mixedTokens());
        QVERIFY(cell(QStringLiteral("old"), M::Status, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("401")));
        QVERIFY(cell(QStringLiteral("auto"), M::Name, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("uuid-auto")));
        QVERIFY(cell(QStringLiteral("auto"), M::Expires, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Next scheduled refresh: 2026-05-01")));
        QVERIFY(cell(QStringLiteral("auto"), M::Namespaces, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Loading")));
    }

    void duplicateNamesInAListBecomeOneRow()
    {
        const QDate today = tokensNow().date();
        m_model->setTokens({legacyToken(QStringLiteral("dup"), today.addDays(2)),
                            legacyToken(QStringLiteral("x"), today.addDays(90)),
                            legacyToken(QStringLiteral("dup"), today.addDays(40))});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(QStringLiteral("dup"), M::Status), QStringLiteral("Valid"));
    }
};

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
