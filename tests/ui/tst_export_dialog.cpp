// The export dialog clicked through offscreen against the in-process sandbox: tokens of both models, a
// folder chosen through the UserPrompts hook, the preview before anything is written, merging, the conflict
// picker, an unreadable existing file, warnings, keyboard use and the remembered folder.
#include "SandboxSeeder.h"
#include "tst_export_support.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeWidgetItem>

using namespace edgekv;
using namespace edgekv::test;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_opened.clear();
        ExportDialog::setOpenUrlHook([this](const QUrl& url) {
            m_opened << url;
            return true;
        });
    }

    void writesTheGoldenFileWithBothEntryKinds()
    {
        Rig rig;
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"),
                                                 {QStringLiteral("orders"), QStringLiteral("products")});
        const SandboxToken legacy = rig.legacy(QStringLiteral("ekv_legacy"), {QStringLiteral("marketing")});
        auto dialog = rig.dialog({QStringLiteral("ekv_orders"), QStringLiteral("ekv_legacy")});
        WAIT_LOADED(dialog);
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->tokenItem(QStringLiteral("ekv_orders"))
                    ->text(3)
                    .contains(QLatin1String("orders, products")));
        QCOMPARE(dialog->tokenItem(QStringLiteral("ekv_legacy"))->text(3), QStringLiteral("marketing"));

        CHOOSE_FOLDER(dialog, rig.folder());
        QCOMPARE(dialog->destination(), rig.folder());
        QVERIFY(dialog->canExport());
        QVERIFY(!QFile::exists(rig.tokenFilePath()));
        // The preview shows the new file, with the JWT masked everywhere.
        QVERIFY(dialog->changesText().contains(QLatin1String("+   \"namespace-marketing\": {")));
        QVERIFY(dialog->fileText().contains(QLatin1String("(hidden #")));
        QVERIFY(!dialog->fileText().contains(legacy.value));
        QVERIFY(!dialog->changesText().contains(legacy.value));
        QVERIFY(dialog->targetText().contains(QLatin1String("edgekv_tokens.js")));

        QSignalSpy exported(dialog.get(), &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        const QByteArray expected =
            tokenFile({entry(QStringLiteral("marketing"), legacy.name, "value", legacy.value),
                       entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid),
                       entry(QStringLiteral("products"), orders.name, "reference", orders.uuid)});
        QCOMPARE(readFile(rig.tokenFilePath()), expected);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->statusText().contains(QLatin1String("Exported 3 namespaces")));
        QVERIFY(!dialog->exportButton()->isEnabled());

        QVERIFY(dialog->openFolderButton()->isVisible());
        QTest::mouseClick(dialog->openFolderButton(), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(rig.folder())});
    }

    void mergeKeepsOtherNamespaces()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QByteArray other = entry(QStringLiteral("other"), QStringLiteral("someone_else"), "reference",
                                       QStringLiteral("11111111-2222-3333-4444-555555555555"));
        const QByteArray oldOrders = entry(QStringLiteral("orders"), QStringLiteral("old_token"), "reference",
                                           QStringLiteral("99999999-2222-3333-4444-555555555555"));
        QVERIFY(writeFile(rig.tokenFilePath(), tokenFile({oldOrders, other})));

        QVERIFY(writeFile(rig.folder() + QStringLiteral("/edgekv.js"), "/*\n * Version: 0.6.1\n */\n"));

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
        QVERIFY2(dialog->messagesText().contains(QLatin1String("0.6.2")), qPrintable(dialog->messagesText()));
        QVERIFY(dialog->changesText().contains(QLatin1String("Kept as they were: namespace-other.")));
        QVERIFY2(dialog->changesText().contains(QStringLiteral("token old_token → ekv_orders")),
                 qPrintable(dialog->changesText()));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCOMPARE(readFile(rig.tokenFilePath()),
                 tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid), other}));
    }

    void conflictPickerDecidesTheWinner()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_first"), {QStringLiteral("shared"), QStringLiteral("alpha")});
        const SandboxToken second =
            rig.legacy(QStringLiteral("ekv_second"), {QStringLiteral("shared"), QStringLiteral("beta")});
        auto dialog = rig.dialog({QStringLiteral("ekv_first"), QStringLiteral("ekv_second")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());

        QComboBox* combo = dialog->conflictCombo(QStringLiteral("shared"));
        QVERIFY(combo);
        QVERIFY(!dialog->conflictCombo(QStringLiteral("alpha")));
        QVERIFY(!dialog->canExport());
        QVERIFY(dialog->statusText().contains(QLatin1String("shared")));
        // Enter does nothing while a namespace has no token.
        QTest::keyClick(dialog.get(), Qt::Key_Return);
        QVERIFY(!QFile::exists(rig.tokenFilePath()));

        combo->setCurrentIndex(combo->findData(QStringLiteral("ekv_second")));
        QVERIFY(dialog->canExport());
        QVERIFY(dialog->tokenItem(QStringLiteral("ekv_first"))
                    ->text(3)
                    .contains(QLatin1String("shared from ekv_second")));
        QTest::keyClick(dialog.get(), Qt::Key_Return);
        const QByteArray written = readFile(rig.tokenFilePath());
        QVERIFY(written.contains(entry(QStringLiteral("shared"), second.name, "value", second.value)));
        QVERIFY(written.contains("\"namespace-alpha\""));
        QVERIFY(written.contains("\"namespace-beta\""));
    }

    void tabOrderFollowsTheLayout()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_first"), {QStringLiteral("shared")});
        rig.enhanced(QStringLiteral("ekv_second"), {QStringLiteral("shared")});
        auto dialog = rig.dialog({QStringLiteral("ekv_first"), QStringLiteral("ekv_second")});
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        WAIT_LOADED(dialog);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("chooseFolderButton"));
        CHOOSE_FOLDER(dialog, rig.folder());
        QComboBox* combo = dialog->conflictCombo(QStringLiteral("shared"));
        combo->setCurrentIndex(1);

        dialog->findChild<QWidget*>(QStringLiteral("pathEdit"))->setFocus();
        QStringList order;
        for (int i = 0; i < 9; ++i) {
            QWidget* focus = QApplication::focusWidget();
            order << (focus == combo                    ? QStringLiteral("combo")
                      : focus == dialog->exportButton() ? QStringLiteral("export")
                      : qobject_cast<QPushButton*>(focus) && focus->objectName().isEmpty()
                          ? static_cast<QPushButton*>(focus)->text()
                          : focus->objectName());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("pathEdit"), QStringLiteral("chooseFolderButton"),
                                     QStringLiteral("chooseBundleButton"), QStringLiteral("tokenTree"),
                                     QStringLiteral("combo"), QStringLiteral("qt_tabwidget_tabbar"),
                                     QStringLiteral("changesView"), QStringLiteral("export"),
                                     QStringLiteral("Cancel")}));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pathEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(qobject_cast<QPushButton*>(QApplication::focusWidget())->text(), QStringLiteral("Cancel"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), dialog->exportButton());

        // Enter in the preview still exports.
        dialog->findChild<QWidget*>(QStringLiteral("changesView"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(QFile::exists(rig.tokenFilePath()));
    }

    void previewComesFirstAndEscapeWritesNothing()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QByteArray before =
            tokenFile({entry(QStringLiteral("orders"), QStringLiteral("old_token"), "reference",
                             QStringLiteral("99999999-2222-3333-4444-555555555555"))});
        QVERIFY(writeFile(rig.tokenFilePath(), before));

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
        QVERIFY(dialog->changesText().contains(QLatin1String("-     \"name\": \"old_token\",")));
        QVERIFY(dialog->changesText().contains(QLatin1String("+     \"name\": \"ekv_orders\",")));
        QCOMPARE(readFile(rig.tokenFilePath()), before);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(readFile(rig.tokenFilePath()), before);
    }

    void unparseableFileAsksAndKeepsABackup()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QByteArray broken =
            "var edgekv_access_tokens = {\n  \"namespace-x\": {\"name\": \"a\", \"reference\": "
            "\"b\"},\n}\nexport { edgekv_access_tokens };\n";
        QVERIFY(writeFile(rig.tokenFilePath(), broken));

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
        QVERIFY2(dialog->statusText().contains(QLatin1String("line 2")), qPrintable(dialog->statusText()));
        QVERIFY(dialog->canExport());

        shoot(dialog.get(), "export-unreadable.png");
        UserPrompts::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(UserPrompts::lastQuestionText().contains(QLatin1String("line 2")));
        QVERIFY(UserPrompts::lastQuestionText().contains(QLatin1String(".bak")));
        QCOMPARE(readFile(rig.tokenFilePath()), broken);
        QVERIFY(!QFile::exists(rig.tokenFilePath() + QStringLiteral(".bak")));
        QVERIFY(dialog->statusText().contains(QLatin1String("Nothing was written")));

        UserPrompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCOMPARE(readFile(rig.tokenFilePath() + QStringLiteral(".bak")), broken);
        QCOMPARE(readFile(rig.tokenFilePath()),
                 tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid)}));
        QVERIFY(dialog->statusText().contains(QLatin1String(".bak")));
    }

    void closingWhileLoadingCancels()
    {
        Rig rig;
        rig.legacy(QStringLiteral("ekv_slow"), {QStringLiteral("slow")});
        QList<Token> tokens = rig.listed({QStringLiteral("ekv_slow")});
        QCOMPARE(tokens.size(), 1);
        rig.server->setLatencyMs(1000);
        QSignalSpy received(rig.server.get(), &SandboxServer::requestReceived);
        {
            ExportDialog dialog(rig.client.get(), tokens, QStringLiteral("acct"));
            dialog.setSettings(rig.settings.get());
            dialog.show();
            QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
            QVERIFY(dialog.isLoading());
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        }
        // A later answer reaches no dialog: the loop keeps running without a crash.
        rig.server->setLatencyMs(0);
        QVERIFY(rig.listed({QStringLiteral("ekv_slow")}).size() == 1);
    }

    void warnsAboutExpiredExpiringAndActivatingTokens()
    {
        Rig rig;
        rig.legacy(QStringLiteral("ekv_expired"), {QStringLiteral("gone")}, -3);
        rig.legacy(QStringLiteral("ekv_soon"), {QStringLiteral("soon")}, 5);
        rig.enhanced(QStringLiteral("ekv_activating"), {QStringLiteral("fresh")},
                     QStringLiteral("IN_PROGRESS"));
        rig.enhanced(QStringLiteral("ekv_broken"), {QStringLiteral("broken")}, QStringLiteral("ERROR"));
        rig.legacy(QStringLiteral("ekv_gone"), {QStringLiteral("gone2")}, -1);
        QList<Token> tokens = rig.listed({QStringLiteral("ekv_expired"), QStringLiteral("ekv_soon"),
                                          QStringLiteral("ekv_activating"), QStringLiteral("ekv_broken")});
        QCOMPARE(tokens.size(), 4);
        // Known by name only: the details call answers 410.
        Token gone;
        gone.name = QStringLiteral("ekv_gone");
        tokens << gone;

        ExportDialog dialog(rig.client.get(), tokens, QStringLiteral("acct"));
        dialog.setSettings(rig.settings.get());
        dialog.show();
        WAIT_LOADED(&dialog);
        const QString messages = dialog.messagesText();
        const auto line = [&messages](const char* start) {
            for (const QString& text : messages.split(QLatin1Char('\n'))) {
                if (text.startsWith(QLatin1String(start)))
                    return text;
            }
            return QString();
        };
        QVERIFY2(line("Expired, so left out").contains(QLatin1String("ekv_expired (")), qPrintable(messages));
        QVERIFY2(line("Expired, so left out").contains(QLatin1String("ekv_gone (410")), qPrintable(messages));
        QVERIFY2(line("Expiring soon").contains(QLatin1String("ekv_soon (")), qPrintable(messages));
        QVERIFY2(line("Expiring soon").contains(QLatin1String("in 5 days")), qPrintable(messages));
        QVERIFY2(line("Still activating").contains(QLatin1String("ekv_activating")), qPrintable(messages));
        QVERIFY2(line("Activation failed").contains(QLatin1String("ekv_broken")), qPrintable(messages));
        QVERIFY(dialog.tokenItem(QStringLiteral("ekv_gone"))->toolTip(2).contains(QLatin1String("410")));
        QVERIFY(
            dialog.tokenItem(QStringLiteral("ekv_soon"))->toolTip(2).contains(QLatin1String("expires on")));
        QVERIFY(
            dialog.tokenItem(QStringLiteral("ekv_expired"))->text(2).startsWith(QLatin1String("Left out")));
        QVERIFY(dialog.tokenItem(QStringLiteral("ekv_gone"))->text(2).startsWith(QLatin1String("Left out")));

        CHOOSE_FOLDER(&dialog, rig.folder());
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        const QByteArray written = readFile(rig.tokenFilePath());
        QVERIFY(written.contains("\"namespace-soon\""));
        QVERIFY(written.contains("\"namespace-fresh\""));
        QVERIFY(written.contains("\"namespace-broken\""));
        QVERIFY(!written.contains("\"namespace-gone\""));
        QVERIFY(!written.contains("\"namespace-gone2\""));
    }

    void remembersTheFolderPerAccount()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        {
            auto dialog = rig.dialog({QStringLiteral("ekv_orders")}, QStringLiteral("work/account"));
            WAIT_LOADED(dialog);
            QVERIFY(dialog->destination().isEmpty());
            CHOOSE_FOLDER(dialog, rig.folder());
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            QVERIFY(QFile::exists(rig.tokenFilePath()));
        }
        auto same = rig.dialog({QStringLiteral("ekv_orders")}, QStringLiteral("work/account"));
        WAIT_LOADED(same);
        QCOMPARE(same->destination(), rig.folder());
        QVERIFY(same->statusText().contains(QLatin1String("nothing to export")));
        auto other = rig.dialog({QStringLiteral("ekv_orders")}, QStringLiteral("other"));
        WAIT_LOADED(other);
        QVERIFY(other->destination().isEmpty());
        QVERIFY(!other->canExport());
    }

    // A realistic selection of the demo seed (EDGEKV_EXPORT_SHOTS=<folder> saves what it looks like).
    void looksRightWithARealisticSelection()
    {
        Rig rig;
        QVERIFY(SandboxSeeder::seed(*rig.server, 14).isEmpty());
        QStringList names;
        for (const SandboxToken& token : rig.server->store().account(QString()).tokens)
            names << token.name;
        names = names.mid(0, 8);
        QVERIFY(writeFile(rig.folder() + QStringLiteral("/edgekv.js"), "/*\n * Version: 0.6.3\n */\n"));
        QVERIFY(writeFile(
            rig.tokenFilePath(),
            tokenFile({entry(QStringLiteral("checkout"), QStringLiteral("old_checkout"), "reference",
                             QStringLiteral("99999999-2222-3333-4444-555555555555")),
                       entry(QStringLiteral("legacyspace"), QStringLiteral("old_reader"), "reference",
                             QStringLiteral("11111111-2222-3333-4444-555555555555"))})));
        rig.server->setLatencyMs(400);
        auto dialog = rig.dialog(names);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QWidget*>(QStringLiteral("progressRow"))->isVisible(),
                                 kWaitMs);
        shoot(dialog.get(), "export-loading.png");
        WAIT_LOADED(dialog);
        rig.server->setLatencyMs(0);
        CHOOSE_FOLDER(dialog, rig.folder());
        shoot(dialog.get(), "export-conflicts.png");
        for (const QString& ns : dialog->selection().conflicts()) {
            QComboBox* combo = dialog->conflictCombo(ns);
            combo->setCurrentIndex(1);
        }
        QVERIFY2(dialog->canExport(), qPrintable(dialog->statusText()));
        shoot(dialog.get(), "export.png");
        auto* changes = dialog->findChild<QTextEdit*>(QStringLiteral("changesView"));
        changes->verticalScrollBar()->setValue(changes->verticalScrollBar()->maximum() / 2);
        shoot(dialog.get(), "export-diff.png");
        dialog->findChild<QTabWidget*>()->setCurrentIndex(1);
        shoot(dialog.get(), "export-file.png");
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        dialog->findChild<QTabWidget*>()->setCurrentIndex(0);
        shoot(dialog.get(), "export-done.png");
        QVERIFY(readFile(rig.tokenFilePath()).contains("namespace-legacyspace"));
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
