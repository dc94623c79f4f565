#include "TestTokens.h"
#include "tokens/TokenFilterProxyModel.h"
#include "tokens/TokenTableModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace edgekv;
using namespace edgekv::test;
using Kind = TokenStatus::Kind;
using M = TokenTableModel;
using Filter = TokenFilterProxyModel::Filter;

class TestTokenFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<TokenFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // The names in the order the view shows them.
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result << m_proxy->index(row, M::Name).data().toString();
        return result;
    }

    QList<Token> account() const
    {
        const QDate today = tokensNow().date();
        return {
            withDetails(enhancedToken(QStringLiteral("web-auto")),
                        {{QStringLiteral("default"), QStringLiteral("r")}}),
            withDetails(legacyToken(QStringLiteral("Checkout"), today.addDays(6)),
                        {{QStringLiteral("payments"), QStringLiteral("rw")}}, true, false),
            legacyToken(QStringLiteral("lapsed-b"), today.addDays(-2)),
            legacyToken(QStringLiteral("lapsed-a"), today.addDays(-20)),
            withDetails(legacyToken(QStringLiteral("catalog"), today.addDays(2)),
                        {{QStringLiteral("Marketing"), QStringLiteral("r")}}),
            legacyToken(QStringLiteral("quarterly"), today.addDays(90)),
            legacyToken(QStringLiteral("monthly"), today.addDays(20)),
            enhancedToken(QStringLiteral("broken"), Token::ActivationStatus::Error),
            enhancedToken(QStringLiteral("new-one"), Token::ActivationStatus::InProgress),
            legacyToken(QStringLiteral("deadline"), today),
            enhancedToken(QStringLiteral("another-auto")),
        };
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<MockClock>(tokensNow());
        m_model = std::make_unique<TokenTableModel>();
        m_model->setClock(*m_clock);
        m_proxy = std::make_unique<TokenFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setTokens(account());
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_clock.reset();
    }

    void defaultOrderPutsWhatNeedsAttentionFirst()
    {
        QCOMPARE(m_proxy->sortColumn(), int(M::Status));
        QCOMPARE(m_proxy->sortOrder(), Qt::AscendingOrder);
        const QStringList expected = {
            QStringLiteral("lapsed-a"),     // expired 20 days ago
            QStringLiteral("lapsed-b"),     // expired 2 days ago
            QStringLiteral("broken"),       // activation error
            QStringLiteral("deadline"),     // expires today
            QStringLiteral("catalog"),      // in 2 days
            QStringLiteral("Checkout"),     // in 6 days
            QStringLiteral("monthly"),      // in 20 days
            QStringLiteral("new-one"),      // activating
            QStringLiteral("quarterly"),    // valid
            QStringLiteral("another-auto"), // auto-refresh, by name
            QStringLiteral("web-auto"),
        };
        QCOMPARE(names(), expected);
    }

    void anyModelWithTheRolesSortsAndFiltersTheSame()
    {
        // E.g. the UI's decoration proxy between the table model and this one.
        QIdentityProxyModel between;
        between.setSourceModel(m_model.get());
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&between);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto namesOf = [&proxy] {
            QStringList result;
            for (int row = 0; row < proxy.rowCount(); ++row)
                result << proxy.index(row, M::Name).data().toString();
            return result;
        };
        QCOMPARE(namesOf(), names());
        proxy.setFilter(Filter::NeedsAttention);
        m_proxy->setFilter(Filter::NeedsAttention);
        proxy.setSearchText(QStringLiteral("a"));
        m_proxy->setSearchText(QStringLiteral("a"));
        QCOMPARE(namesOf(), names());
        proxy.sort(M::Expires, Qt::DescendingOrder);
        m_proxy->sort(M::Expires, Qt::DescendingOrder);
        QCOMPARE(namesOf(), names());
    }

    void theOrderFollowsTheClock()
    {
        // Three days on: "deadline" and "catalog" have expired too, "Checkout" is due in 3 days.
        m_clock->advanceDays(3);
        m_model->refreshStatuses();
        QCOMPARE(names().mid(0, 6), (QStringList{QStringLiteral("lapsed-a"), QStringLiteral("lapsed-b"),
                                                 QStringLiteral("deadline"), QStringLiteral("catalog"),
                                                 QStringLiteral("broken"), QStringLiteral("Checkout")}));
    }

    void columnsSortOnRawValuesNotText()
    {
        // As text, "2026-03-08" < "Never …" would hold too; the dates must order as dates, and the
        // enhanced tokens' 9999-12-31 after every real date.
        m_proxy->sort(M::Expires, Qt::AscendingOrder);
        const QStringList byExpiry = names();
        QCOMPARE(byExpiry.mid(0, 7), (QStringList{QStringLiteral("lapsed-a"), QStringLiteral("lapsed-b"),
                                                  QStringLiteral("deadline"), QStringLiteral("catalog"),
                                                  QStringLiteral("Checkout"), QStringLiteral("monthly"),
                                                  QStringLiteral("quarterly")}));

        m_proxy->sort(M::Expires, Qt::DescendingOrder);
        QCOMPARE(names().at(4), QStringLiteral("quarterly"));
        QCOMPARE(names().last(), QStringLiteral("lapsed-a"));

        // Names: case-insensitive, not "C" before "a".
        m_proxy->sort(M::Name, Qt::AscendingOrder);
        QCOMPARE(names().mid(0, 4), (QStringList{QStringLiteral("another-auto"), QStringLiteral("broken"),
                                                 QStringLiteral("catalog"), QStringLiteral("Checkout")}));

        // Ties (tokens without details share a network value) keep the attention order.
        m_proxy->sort(M::Networks, Qt::AscendingOrder);
        QCOMPARE(names().first(), QStringLiteral("lapsed-a"));
        QCOMPARE(names().last(), QStringLiteral("web-auto"));
        QCOMPARE(names().at(names().size() - 3),
                 QStringLiteral("Checkout")); // staging only (1) before both (3)
    }

    void searchMatchesNameOrNamespaceCaseInsensitively()
    {
        m_proxy->setSearchText(QStringLiteral("LAPSED"));
        QCOMPARE(names(), (QStringList{QStringLiteral("lapsed-a"), QStringLiteral("lapsed-b")}));

        m_proxy->setSearchText(QStringLiteral("market"));
        QCOMPARE(names(), QStringList{QStringLiteral("catalog")});

        m_proxy->setSearchText(QStringLiteral("  pay "));
        QCOMPARE(names(), QStringList{QStringLiteral("Checkout")});

        // A namespace learnt later from the details makes the row match as soon as it arrives.
        m_proxy->setSearchText(QStringLiteral("search-ns"));
        QVERIFY(names().isEmpty());
        m_model->updateToken(withDetails(enhancedToken(QStringLiteral("another-auto")),
                                         {{QStringLiteral("search-ns"), QStringLiteral("r")}}));
        QCOMPARE(names(), QStringList{QStringLiteral("another-auto")});

        m_proxy->setSearchText({});
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void filtersShowWhatTheirNameSays()
    {
        m_proxy->setFilter(Filter::NeedsAttention);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("lapsed-a"), QStringLiteral("lapsed-b"),
                              QStringLiteral("broken"), QStringLiteral("deadline"), QStringLiteral("catalog"),
                              QStringLiteral("Checkout"), QStringLiteral("monthly")}));

        m_proxy->setFilter(Filter::Expired);
        QCOMPARE(names(), (QStringList{QStringLiteral("lapsed-a"), QStringLiteral("lapsed-b")}));

        m_proxy->setFilter(Filter::AutoRefresh);
        QCOMPARE(names(), (QStringList{QStringLiteral("broken"), QStringLiteral("new-one"),
                                       QStringLiteral("another-auto"), QStringLiteral("web-auto")}));

        // Filter and search combine.
        m_proxy->setSearchText(QStringLiteral("auto"));
        QCOMPARE(names(), (QStringList{QStringLiteral("another-auto"), QStringLiteral("web-auto")}));

        m_proxy->setSearchText({});
        m_proxy->setFilter(Filter::All);
        QCOMPARE(m_proxy->rowCount(), 11);
    }

    void aClickOnASummaryPartShowsItsStatuses()
    {
        m_proxy->setStatusKinds({Kind::ExpiresToday, Kind::ExpiresSoon});
        QCOMPARE(names(), (QStringList{QStringLiteral("deadline"), QStringLiteral("catalog"),
                                       QStringLiteral("Checkout")}));
        m_proxy->setStatusKinds({Kind::ActivationError});
        QCOMPARE(names(), QStringList{QStringLiteral("broken")});
        m_proxy->setStatusKinds({});
        QCOMPARE(m_proxy->rowCount(), 11);
    }

    void rowsThatStopMatchingLeaveAndSelectionSurvivesARelist()
    {
        m_proxy->setFilter(Filter::NeedsAttention);
        const QPersistentModelIndex monthly =
            m_proxy->index(names().indexOf(QStringLiteral("monthly")), M::Name);
        QVERIFY(monthly.isValid());

        // A relist with the same tokens keeps the row (and so the view's selection).
        m_model->setTokens(account());
        QVERIFY(monthly.isValid());
        QCOMPARE(monthly.data().toString(), QStringLiteral("monthly"));

        // Lower thresholds: "monthly" (20 days) no longer needs attention and leaves the filtered view.
        m_model->setThresholds(ExpiryThresholds{7, 14});
        QVERIFY(!names().contains(QStringLiteral("monthly")));
        QVERIFY(!monthly.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTokenFilterProxyModel)
#include "tst_tokenfilterproxymodel.moc"
