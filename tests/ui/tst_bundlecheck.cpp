// The bundle check dialog (issue #6): opens seeded bundle folders through the folder chooser's test hook
// and checks the rows, icons and verdict a user sees, offline and with the account's tokens.
#include "MainWindowFixture.h"
#include "api/Token.h"
#include "check/BundleCheckDialog.h"
#include "common/UserPrompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TokenActionContext.h"
#include "mainwindow/TokenDialogs.h"
#include "tokenfile/BundleChecker.h"
#include "tokenfile/TokenFileFormat.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace edgekv;
using edgekv::test::MainWindowFixture;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
const QString Uuid = QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");

// A JWT with the given claims, as tst_bundlechecker makes them; the signature is never checked.
QString jwt(const QJsonObject& claims)
{
    const auto part = [](const QJsonObject& object) {
        return QString::fromLatin1(
            QJsonDocument(object)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                            {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
           QLatin1Char('.') + part(claims) + QStringLiteral(".c2lnbmF0dXJl");
}

// A legacy value for namespace ns that expires `days` days from Now.
QString legacyValue(const QString& ns, qint64 days)
{
    return jwt(QJsonObject{{QStringLiteral("namespace-") + ns, QJsonArray{QStringLiteral("r")}},
                           {QStringLiteral("exp"), Now.addDays(days).toSecsSinceEpoch()}});
}

Token accountToken(const QString& name, Token::Model model, const QDate& expiry)
{
    Token token;
    token.name = name;
    token.model = model;
    token.uuid =
        model == Token::Model::Enhanced ? Uuid : QStringLiteral("00000000-0000-0000-0000-000000000001");
    token.expiry = expiry;
    token.activationStatus = Token::ActivationStatus::Complete;
    return token;
}

CheckSeverity rowSeverity(const QTreeWidgetItem* item)
{
    return CheckSeverity(item->data(BundleCheckDialog::ProblemsColumn, Qt::UserRole).toInt());
}

} // namespace

class TestBundleCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockClock m_clock{Now};

    // A bundle folder holding an edgekv_tokens.js with object as its content.
    QString writeBundle(const QString& name, const TokenFileObject& object)
    {
        const QString folder = m_dir.filePath(name);
        if (!QDir().mkpath(folder))
            return QString();
        QFile file(QDir(folder).filePath(tokenFileName()));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(TokenFileFormat::serialize(object));
        return folder;
    }

    QString writeBundle(const QString& name, const QList<TokenFileEntry>& entries)
    {
        TokenFileObject object;
        for (const TokenFileEntry& entry : entries)
            object.insert(entry.key(), entry.toJson());
        return writeBundle(name, object);
    }

    // Opens folder through the dialog's "Open Folder…" button, as a user would.
    static void openFolder(BundleCheckDialog& dialog, const QString& folder)
    {
        UserPrompts::setNextPath(folder);
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QVERIFY(!UserPrompts::hasPendingAnswers());
    }

    static QTreeWidgetItem* row(const BundleCheckDialog& dialog, const QString& ns)
    {
        const auto items =
            dialog.entryTree()->findItems(ns, Qt::MatchExactly, BundleCheckDialog::NamespaceColumn);
        return items.size() == 1 ? items.first() : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { UserPrompts::clearPendingAnswers(); }

    void anAllGoodFileSaysAllUsable()
    {
        const QString folder = writeBundle(
            QStringLiteral("good"),
            QList<TokenFileEntry>{
                TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("old"),
                                       legacyValue(QStringLiteral("default"), 100)),
                TokenFileEntry::enhanced(QStringLiteral("marketing"), QStringLiteral("new"), Uuid)});
        QVERIFY(!folder.isEmpty());
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        QCOMPARE(dialog.openFolderButton()->text(), QStringLiteral("Open Folder…"));
        QCOMPARE(dialog.openFileButton()->text(), QStringLiteral("Open File…"));
        openFolder(dialog, folder);

        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 2);
        QTreeWidgetItem* legacy = row(dialog, QStringLiteral("default"));
        QVERIFY(legacy);
        QCOMPARE(legacy->text(BundleCheckDialog::TokenColumn), QStringLiteral("old"));
        QCOMPARE(legacy->text(BundleCheckDialog::KindColumn), QStringLiteral("legacy"));
        QCOMPARE(legacy->text(BundleCheckDialog::StatusColumn), QStringLiteral("Expires 2027-03-08"));
        QCOMPARE(rowSeverity(legacy), CheckSeverity::Ok);
        QTreeWidgetItem* enhanced = row(dialog, QStringLiteral("marketing"));
        QVERIFY(enhanced);
        QCOMPARE(enhanced->text(BundleCheckDialog::KindColumn), QStringLiteral("enhanced"));
        QCOMPARE(enhanced->text(BundleCheckDialog::StatusColumn), QStringLiteral("Refreshed by Akamai"));
        QCOMPARE(rowSeverity(enhanced), CheckSeverity::Ok);

        QCOMPARE(dialog.verdictLabel()->text(), QStringLiteral("All entries are usable"));
        QVERIFY(dialog.pathLabel()->text().contains(tokenFileName()));
        // Offline: the dialog says what it could not judge.
        QVERIFY(dialog.checksNotMadeList()->count() > 0);
        bool offlineSaid = false;
        for (int i = 0; i < dialog.checksNotMadeList()->count(); ++i)
            offlineSaid |= dialog.checksNotMadeList()->item(i)->text().contains(QStringLiteral("no account"));
        QVERIFY(offlineSaid);
    }

    void anExpiredLegacyEntryBreaksTheBundle()
    {
        const QString folder = writeBundle(
            QStringLiteral("expired"),
            QList<TokenFileEntry>{TokenFileEntry::legacy(QStringLiteral("old"), QStringLiteral("stale"),
                                                         legacyValue(QStringLiteral("old"), -1))});
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        openFolder(dialog, folder);

        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 1);
        QTreeWidgetItem* item = row(dialog, QStringLiteral("old"));
        QVERIFY(item);
        QCOMPARE(item->text(BundleCheckDialog::KindColumn), QStringLiteral("legacy"));
        QCOMPARE(item->text(BundleCheckDialog::StatusColumn), QStringLiteral("Expired 2026-11-27"));
        QCOMPARE(rowSeverity(item), CheckSeverity::Broken);
        QVERIFY(!item->icon(BundleCheckDialog::ProblemsColumn).isNull());
        QVERIFY(!item->text(BundleCheckDialog::ProblemsColumn).isEmpty());
        QCOMPARE(dialog.verdictLabel()->text(), QStringLiteral("1 problem breaks the bundle"));
        QCOMPARE(dialog.result().exitCode(), 2);
    }

    void anExpiringLegacyEntryIsAWarning()
    {
        const QString folder = writeBundle(
            QStringLiteral("expiring"),
            QList<TokenFileEntry>{TokenFileEntry::legacy(QStringLiteral("soon"), QStringLiteral("tok"),
                                                         legacyValue(QStringLiteral("soon"), 5)),
                                  TokenFileEntry::legacy(QStringLiteral("soon2"), QStringLiteral("tok2"),
                                                         legacyValue(QStringLiteral("soon2"), 10))});
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        openFolder(dialog, folder);

        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 2);
        QTreeWidgetItem* item = row(dialog, QStringLiteral("soon"));
        QVERIFY(item);
        QCOMPARE(item->text(BundleCheckDialog::StatusColumn), QStringLiteral("Expires 2026-12-03"));
        QCOMPARE(rowSeverity(item), CheckSeverity::Warning);
        QVERIFY(!item->icon(BundleCheckDialog::ProblemsColumn).isNull());
        QCOMPARE(dialog.verdictLabel()->text(), QStringLiteral("2 warnings"));

        // A shorter warning period from the preferences: no warning for either.
        BundleCheckDialog relaxed({}, m_clock, 3, nullptr);
        openFolder(relaxed, folder);
        QCOMPARE(rowSeverity(row(relaxed, QStringLiteral("soon"))), CheckSeverity::Ok);
        QCOMPARE(relaxed.verdictLabel()->text(), QStringLiteral("All entries are usable"));
    }

    void aBareKeyBreaksTheBundle()
    {
        TokenFileObject object;
        object.insert(QStringLiteral("myspace"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cli")},
                                                             {QStringLiteral("reference"), Uuid}});
        const QString folder = writeBundle(QStringLiteral("bare"), object);
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        openFolder(dialog, folder);

        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 1);
        QTreeWidgetItem* item = dialog.entryTree()->topLevelItem(0);
        QCOMPARE(item->text(BundleCheckDialog::TokenColumn), QStringLiteral("cli"));
        QCOMPARE(rowSeverity(item), CheckSeverity::Broken);
        QVERIFY(item->text(BundleCheckDialog::ProblemsColumn).contains(QStringLiteral("namespace-")));
        QVERIFY(dialog.verdictLabel()->text().contains(QStringLiteral("break")));
        QCOMPARE(dialog.result().exitCode(), 2);
    }

    void aTokenTheAccountDoesNotKnowIsFlagged()
    {
        const QString folder = writeBundle(
            QStringLiteral("account"),
            QList<TokenFileEntry>{TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("known"),
                                                         legacyValue(QStringLiteral("default"), 100)),
                                  TokenFileEntry::legacy(QStringLiteral("gone"), QStringLiteral("revoked"),
                                                         legacyValue(QStringLiteral("gone"), 100))});

        // Offline both look usable.
        BundleCheckDialog offline({}, m_clock, 30, nullptr);
        openFolder(offline, folder);
        QCOMPARE(offline.verdictLabel()->text(), QStringLiteral("All entries are usable"));

        const QList<Token> tokens{
            accountToken(QStringLiteral("known"), Token::Model::Legacy, Now.date().addDays(100))};
        BundleCheckDialog online(tokens, m_clock, 30, nullptr);
        openFolder(online, folder);
        QCOMPARE(online.entryTree()->topLevelItemCount(), 2);
        QCOMPARE(rowSeverity(row(online, QStringLiteral("default"))), CheckSeverity::Ok);
        QTreeWidgetItem* gone = row(online, QStringLiteral("gone"));
        QVERIFY(gone);
        QCOMPARE(rowSeverity(gone), CheckSeverity::Broken);
        QVERIFY(gone->text(BundleCheckDialog::ProblemsColumn).contains(QStringLiteral("revoked")));
        QCOMPARE(online.verdictLabel()->text(), QStringLiteral("1 problem breaks the bundle"));
    }

    void aCancelledChooserKeepsTheDialogAsItWas()
    {
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        const QString before = dialog.pathLabel()->text();
        UserPrompts::setNextPath(QString());
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QCOMPARE(dialog.pathLabel()->text(), before);
        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 0);
    }

    void opensATokenFileAndEscCloses()
    {
        const QString folder = writeBundle(
            QStringLiteral("file"),
            QList<TokenFileEntry>{TokenFileEntry::enhanced(QStringLiteral("a"), QStringLiteral("t"), Uuid)});
        BundleCheckDialog dialog({}, m_clock, 30, nullptr);
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        UserPrompts::setNextPath(QDir(folder).filePath(tokenFileName()));
        QTest::mouseClick(dialog.openFileButton(), Qt::LeftButton);
        QCOMPARE(dialog.entryTree()->topLevelItemCount(), 1);
        QCOMPARE(dialog.verdictLabel()->text(), QStringLiteral("All entries are usable"));

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void theWindowsTokenMenuOpensTheCheckOnTheAccountsTokens()
    {
        MainWindowFixture fixture;
        QVERIFY(fixture.startOnSandbox(4));
        TokenDialogs::install(*fixture.window);
        auto* action = fixture.window->findChild<QAction*>(QStringLiteral("actionCheckBundle"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        auto* tokenMenu = fixture.window->menuBar()->findChild<QMenu*>(QStringLiteral("menuToken"));
        QVERIFY(tokenMenu);
        QVERIFY(tokenMenu->actions().contains(action));
        QVERIFY(!fixture.window->tokenContext().tokens.isEmpty());

        const QString folder = writeBundle(
            QStringLiteral("window"), QList<TokenFileEntry>{TokenFileEntry::enhanced(
                                          QStringLiteral("ns"), QStringLiteral("not-in-account"), Uuid)});
        action->trigger();
        auto* dialog = fixture.window->findChild<BundleCheckDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        openFolder(*dialog, folder);
        QTreeWidgetItem* item = row(*dialog, QStringLiteral("ns"));
        QVERIFY(item);
        QCOMPARE(rowSeverity(item), CheckSeverity::Broken);
        QVERIFY(item->text(BundleCheckDialog::ProblemsColumn).contains(QStringLiteral("not-in-account")));
        dialog->close();
    }
};

QTEST_MAIN(TestBundleCheck)
#include "tst_bundlecheck.moc"
