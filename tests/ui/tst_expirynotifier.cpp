#include "../tokens/TestTokens.h"
#include "mainwindow/ExpiryNotifier.h"
#include "tokens/ExpiryClassifier.h"
#include "util/Clock.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

const QString Account = QStringLiteral("prod/team-a");

QList<TokenStatus> statusesOf(const QList<Token>& tokens)
{
    const MockClock clock(tokensNow());
    const ExpiryClassifier classifier(clock);
    QList<TokenStatus> statuses;
    for (const Token& token : tokens)
        statuses << classifier.classify(token);
    return statuses;
}

QDate inDays(int days)
{
    return tokensNow().date().addDays(days);
}

QList<QAction*> renewActions(const ExpiryNotifier& notifier)
{
    QList<QAction*> actions;
    for (QAction* action : notifier.trayMenu()->actions()) {
        if (action->data().isValid())
            actions << action;
    }
    return actions;
}

} // namespace

// Desktop notifications for tokens that need attention: once per token and state, and a way back in
// (renew or show) from the notification and the tray menu.
class TestExpiryNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_notifier = std::make_unique<ExpiryNotifier>(m_settings.get());
        m_sent.clear();
        m_notifier->setSink([this](const ExpiryNotifier::Notification& n) { m_sent << n; });
        m_notifier->setEnabled(true);
    }

    void cleanup()
    {
        m_notifier.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void nothingIsNotifiedWhileDisabled()
    {
        m_notifier->setEnabled(false);
        const QList<Token> tokens{legacyToken(QStringLiteral("expired"), inDays(-1))};
        QVERIFY(m_notifier->check(Account, tokens, statusesOf(tokens)).tokenNames.isEmpty());
        QVERIFY(m_sent.isEmpty());
    }

    void aTokenIsNotifiedOncePerStateAlsoAfterARestart()
    {
        QList<Token> tokens{legacyToken(QStringLiteral("soon"), inDays(20)),
                            legacyToken(QStringLiteral("fine"), inDays(120)),
                            enhancedToken(QStringLiteral("auto"))};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);
        QCOMPARE(m_sent.constFirst().tokenNames, QStringList{QStringLiteral("soon")});
        QCOMPARE(m_sent.constFirst().kind, TokenStatus::Kind::ExpiresLater);
        QVERIFY(m_sent.constFirst().text.contains(QLatin1String("soon")));
        QVERIFY(m_sent.constFirst().text.contains(Account));

        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);

        // A restart remembers what was notified.
        ExpiryNotifier restarted(m_settings.get());
        restarted.setEnabled(true);
        restarted.setSink([this](const ExpiryNotifier::Notification& n) { m_sent << n; });
        restarted.check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);

        // Entering the critical window is a new state: notified again.
        tokens[0].expiry = inDays(3);
        restarted.check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent.constLast().kind, TokenStatus::Kind::ExpiresSoon);
    }

    void theSameTokenNameIsTrackedPerAccount()
    {
        const QList<Token> tokens{legacyToken(QStringLiteral("soon"), inDays(5))};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        m_notifier->check(QStringLiteral("staging-team"), tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent.constLast().account, QStringLiteral("staging-team"));
    }

    void severalTokensMakeOneNotificationLedByTheMostUrgent()
    {
        QList<Token> tokens;
        for (int i = 0; i < 7; ++i)
            tokens << legacyToken(QStringLiteral("later-%1").arg(i), inDays(20 + i));
        tokens << legacyToken(QStringLiteral("gone"), inDays(-2));
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);
        const ExpiryNotifier::Notification& n = m_sent.constFirst();
        QCOMPARE(n.tokenNames.size(), 8);
        QCOMPARE(n.tokenNames.constFirst(), QStringLiteral("gone"));
        QCOMPARE(n.kind, TokenStatus::Kind::Expired);
        QCOMPARE(n.title, QStringLiteral("8 EdgeKV tokens need attention"));
        QVERIFY(n.text.contains(QLatin1String("and 3 more")));
        QVERIFY(!n.text.contains(QLatin1String("later-6")));
    }

    void clickingANotificationAboutOneExpiringTokenRenewsIt()
    {
        const QList<Token> tokens{legacyToken(QStringLiteral("soon"), inDays(2)),
                                  enhancedToken(QStringLiteral("auto"))};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);
        QVERIFY(m_sent.constFirst().text.contains(QLatin1String("Click to renew it.")));

        QSignalSpy renew(m_notifier.get(), &ExpiryNotifier::renewRequested);
        QSignalSpy show(m_notifier.get(), &ExpiryNotifier::showRequested);
        m_notifier->openLastNotification();
        QCOMPARE(renew.count(), 1);
        QCOMPARE(renew.constFirst().at(0).toString(), Account);
        QCOMPARE(renew.constFirst().at(1).toString(), QStringLiteral("soon"));
        QCOMPARE(show.count(), 0);
    }

    void clickingANotificationAboutAnEnhancedTokenShowsIt()
    {
        const QList<Token> tokens{enhancedToken(QStringLiteral("broken"), Token::ActivationStatus::Error)};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);
        QCOMPARE(m_sent.constFirst().kind, TokenStatus::Kind::ActivationError);
        QVERIFY(!m_sent.constFirst().text.contains(QLatin1String("renew")));
        QVERIFY(renewActions(*m_notifier).isEmpty());

        QSignalSpy renew(m_notifier.get(), &ExpiryNotifier::renewRequested);
        QSignalSpy show(m_notifier.get(), &ExpiryNotifier::showRequested);
        m_notifier->openLastNotification();
        QCOMPARE(renew.count(), 0);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.constFirst().at(1).toStringList(), QStringList{QStringLiteral("broken")});
    }

    void theTrayMenuOffersRenewForEachExpiringToken()
    {
        const QList<Token> tokens{legacyToken(QStringLiteral("first"), inDays(1)),
                                  legacyToken(QStringLiteral("second"), inDays(25)),
                                  enhancedToken(QStringLiteral("broken"), Token::ActivationStatus::Error)};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 1);
        const QList<QAction*> actions = renewActions(*m_notifier);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Renew \u201cfirst\u201d…"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Renew \u201csecond\u201d…"));

        QSignalSpy renew(m_notifier.get(), &ExpiryNotifier::renewRequested);
        actions.at(1)->trigger();
        QCOMPARE(renew.count(), 1);
        QCOMPARE(renew.constFirst().at(1).toString(), QStringLiteral("second"));

        // Several tokens: a click shows them all rather than guessing which one to renew.
        QSignalSpy show(m_notifier.get(), &ExpiryNotifier::showRequested);
        m_notifier->openLastNotification();
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.constFirst().at(1).toStringList().size(), 3);
    }

    void afterSeveralNotificationsAClickShowsInsteadOfRenewing()
    {
        QList<Token> tokens{legacyToken(QStringLiteral("soon"), inDays(20))};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        tokens[0].expiry = inDays(3);
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QCOMPARE(m_sent.size(), 2);

        // The click may be on the older one: nothing is renewed on a guess.
        QSignalSpy renew(m_notifier.get(), &ExpiryNotifier::renewRequested);
        QSignalSpy show(m_notifier.get(), &ExpiryNotifier::showRequested);
        m_notifier->openLastNotification();
        QCOMPARE(renew.count(), 0);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.constFirst().at(1).toStringList(), QStringList{QStringLiteral("soon")});

        // One new notification after that click: a click renews again.
        tokens[0].expiry = inDays(0);
        m_notifier->check(Account, tokens, statusesOf(tokens));
        m_notifier->openLastNotification();
        QCOMPARE(renew.count(), 1);
    }

    void showInTheTrayMenuOnlyBringsTheWindowForward()
    {
        const QList<Token> tokens{legacyToken(QStringLiteral("soon"), inDays(2))};
        m_notifier->check(Account, tokens, statusesOf(tokens));
        QAction* show = m_notifier->trayMenu()->findChild<QAction*>(QStringLiteral("actionShowWindow"));
        QVERIFY(show);
        QSignalSpy shown(m_notifier.get(), &ExpiryNotifier::showRequested);
        show->trigger();
        QCOMPARE(shown.count(), 1);
        QVERIFY(shown.constFirst().at(0).toString().isEmpty()); // no account: the selection stays
        QVERIFY(shown.constFirst().at(1).toStringList().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ExpiryNotifier> m_notifier;
    QList<ExpiryNotifier::Notification> m_sent;
};

QTEST_MAIN(TestExpiryNotifier)
#include "tst_expirynotifier.moc"
