#include "accounts/FirstRunPanel.h"
#include "accounts/KeychainStatusBanner.h"
#include "tst_accounts_support.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace edgekv;
using namespace edgekv::test;
using namespace std::chrono_literals;

class TestAccountsFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void importIsOfferedOnlyWhenTheFileExists()
    {
        QTemporaryDir dir;
        const QString edgerc = dir.filePath(QStringLiteral(".edgerc"));
        FirstRunPanel panel;
        panel.setEdgercPath(edgerc);
        panel.resize(640, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* import = panel.findChild<QCommandLinkButton*>(QStringLiteral("importButton"));
        QVERIFY(!panel.offersImport());
        QVERIFY(!import->isVisible());
        shoot(&panel, QStringLiteral("first-run-no-edgerc"));

        QVERIFY(writeFile(edgerc, "[default]\nhost = a\n\n[ccu]\nhost = b\n"));
        panel.refresh();
        QVERIFY(panel.offersImport());
        QVERIFY(import->isVisible());
        QVERIFY2(import->description().contains(QStringLiteral("2 section")) &&
                     import->description().contains(edgerc),
                 qPrintable(import->description()));
        shoot(&panel, QStringLiteral("first-run"));

        QSignalSpy importRequested(&panel, &FirstRunPanel::importRequested);
        QSignalSpy addRequested(&panel, &FirstRunPanel::addRequested);
        QSignalSpy sandboxRequested(&panel, &FirstRunPanel::sandboxRequested);
        click(import);
        QCOMPARE(importRequested.count(), 1);
        QCOMPARE(importRequested.at(0).at(0).toString(), edgerc);
        click(panel.findChild<QCommandLinkButton*>(QStringLiteral("addButton")));
        QCOMPARE(addRequested.count(), 1);
        click(panel.findChild<QCommandLinkButton*>(QStringLiteral("sandboxButton")));
        QCOMPARE(sandboxRequested.count(), 1);
    }

    void bannerOffersAndDismisses()
    {
        KeychainStatusBanner banner;
        QVERIFY(banner.isHidden());
        banner.resize(720, banner.sizeHint().height());
        banner.showUnavailable(QStringLiteral("The system keychain is unavailable: no Secret Service."));
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        QVERIFY(banner.findChild<QLabel*>(QStringLiteral("reason"))
                    ->text()
                    .contains(QStringLiteral("Secret Service")));
        const QString why = banner.findChild<QLabel*>(QStringLiteral("text"))->text();
        QVERIFY2(why.contains(QStringLiteral("never writes them")), qPrintable(why));
        shoot(&banner, QStringLiteral("keychain-banner"));

        QSignalSpy link(&banner, &KeychainStatusBanner::linkEdgercRequested);
        QSignalSpy session(&banner, &KeychainStatusBanner::sessionOnlyRequested);
        QSignalSpy dismissed(&banner, &KeychainStatusBanner::dismissed);
        click(banner.findChild<QPushButton*>(QStringLiteral("linkButton")));
        click(banner.findChild<QPushButton*>(QStringLiteral("sessionButton")));
        QCOMPARE(link.count(), 1);
        QCOMPARE(session.count(), 1);

        banner.setOffers(KeychainStatusBanner::Offer::SessionOnly);
        QVERIFY(!banner.findChild<QPushButton*>(QStringLiteral("linkButton"))->isVisible());
        QVERIFY(banner.findChild<QPushButton*>(QStringLiteral("sessionButton"))->isVisible());

        click(banner.findChild<QPushButton*>(QStringLiteral("dismissButton")));
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(banner.isHidden());
    }

    void probeOfAWorkingKeychainStaysHidden()
    {
        MemorySecretStore keychain;
        KeychainStatusBanner banner;
        QSignalSpy checked(&banner, &KeychainStatusBanner::keychainChecked);
        banner.probe(&keychain);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kWaitMs);
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        QVERIFY(banner.isHidden());
        QCOMPARE(keychain.size(), 0);
    }

    // A keychain that never answers (a prompt nobody sees, a hung daemon): the store's timeout ends the wait.
    void probeOfAHungKeychainTimesOut()
    {
        KeychainSecretStore silent(QStringLiteral("edgekv-test-silent"),
                                   [](const KeychainSecretStore::Request&, QObject*, SecretCallback) {});
        silent.setTimeout(200ms);
        KeychainStatusBanner banner;
        QSignalSpy checked(&banner, &KeychainStatusBanner::keychainChecked);
        banner.probe(&silent);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kWaitMs);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.reason().contains(QStringLiteral("did not answer")), qPrintable(banner.reason()));
    }
};

QTEST_MAIN(TestAccountsFirstRun)
#include "tst_accounts_firstrun.moc"
