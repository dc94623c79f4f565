#include "accounts/EdgercImportDialog.h"
#include "accounts/KeychainStatusBanner.h"
#include "common/UserPrompts.h"
#include "tst_accounts_support.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace edgekv;
using namespace edgekv::test;

class TestAccountsImport : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_secrets;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_edgerc;

    struct View
    {
        QTreeWidget* list;
        QLabel* problems;
        QLabel* fileMessage;
        QLabel* status;
        QPushButton* import;
        QPushButton* browse;
        QRadioButton* keychain;
        QRadioButton* linked;

        explicit View(QDialog& dialog)
            : list(dialog.findChild<QTreeWidget*>(QStringLiteral("sectionList"))),
              problems(dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"))),
              fileMessage(dialog.findChild<QLabel*>(QStringLiteral("fileMessage"))),
              status(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))), import(nullptr),
              browse(dialog.findChild<QPushButton*>(QStringLiteral("browseButton"))),
              keychain(dialog.findChild<QRadioButton*>(QStringLiteral("keychainRadio"))),
              linked(dialog.findChild<QRadioButton*>(QStringLiteral("linkedRadio")))
        {
            for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
                if (button->text() == EdgercImportDialog::tr("&Import"))
                    import = static_cast<QPushButton*>(button);
            }
        }
    };

    QString section(const QString& name, const QString& host, bool complete = true)
    {
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("Import+Secret/") + unique + QStringLiteral("=");
        const QString access = QStringLiteral("akab-access-") + unique;
        m_secrets << secret.toUtf8() << access.toUtf8();
        QString text =
            QStringLiteral("[%1]\nhost = %2\nclient_token = akab-client-%3\n").arg(name, host, unique);
        if (complete)
            text += QStringLiteral("client_secret = %1\naccess_token = %2\n").arg(secret, access);
        return text + QLatin1Char('\n');
    }

    // Ticks a section the way a user does with the keyboard (Space on the current row).
    static void tick(QTreeWidget* list, QTreeWidgetItem* item)
    {
        list->setFocus();
        list->setCurrentItem(item, EdgercImportDialog::SectionColumn);
        QTest::keyClick(list, Qt::Key_Space);
    }

    static void openWithBrowse(EdgercImportDialog& dialog, View& view, const QString& path)
    {
        UserPrompts::setNextPath(path);
        click(view.browse);
        QVERIFY(!UserPrompts::hasPendingAnswers());
        QCOMPARE(dialog.filePath(), path);
    }

private slots:
    void initTestCase()
    {
        // Outside the XDG folders: a .edgerc holds its secrets by design, and the scan must not find them
        // there.
        m_files = std::make_unique<QTemporaryDir>();
        m_edgerc = m_files->filePath(QStringLiteral("edgerc"));
        const QString text =
            section(QStringLiteral("default"), QStringLiteral("akab-default.luna.akamaiapis.net")) +
            section(QStringLiteral("staging"), QStringLiteral("https://akab-staging.luna.akamaiapis.net/")) +
            section(QStringLiteral("broken"), QStringLiteral("akab-broken.luna.akamaiapis.net"), false) +
            section(QStringLiteral("elsewhere"), QStringLiteral("api.example.com")) +
            section(QStringLiteral("sandbox"), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(writeFile(m_edgerc, text.toUtf8()));
    }

    void cleanup() { UserPrompts::clearPendingAnswers(); }

    void sectionsAreListedAndBrokenOnesCannotBeTicked()
    {
        TestStore test;
        EdgercImportDialog dialog(test.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QVERIFY(view.import);
        openWithBrowse(dialog, view, m_edgerc);

        QCOMPARE(view.list->topLevelItemCount(), 5);
        QTreeWidgetItem* staging = dialog.sectionItem(QStringLiteral("staging"));
        QCOMPARE(staging->text(EdgercImportDialog::HostColumn),
                 QStringLiteral("akab-staging.luna.akamaiapis.net"));
        QCOMPARE(staging->text(EdgercImportDialog::NameColumn), QStringLiteral("staging"));
        QVERIFY(!view.import->isEnabled());

        for (const QString& name : {QStringLiteral("broken"), QStringLiteral("elsewhere")}) {
            QTreeWidgetItem* item = dialog.sectionItem(name);
            QVERIFY(!item->flags().testFlag(Qt::ItemIsUserCheckable));
            QVERIFY(!item->flags().testFlag(Qt::ItemIsEnabled));
            QVERIFY(!item->data(EdgercImportDialog::SectionColumn, Qt::CheckStateRole).isValid());
            // A click where the box would be ticks nothing.
            const QRect rect = view.list->visualItemRect(item);
            QTest::mouseClick(view.list->viewport(), Qt::LeftButton, {},
                              rect.topLeft() + QPoint(8, rect.height() / 2));
            QVERIFY(!item->data(EdgercImportDialog::SectionColumn, Qt::CheckStateRole).isValid());
            QVERIFY(!view.import->isEnabled());
        }
        QVERIFY(!view.problems->isHidden());
        QVERIFY2(view.problems->text().contains(QStringLiteral("[broken]")) &&
                     view.problems->text().contains(QStringLiteral("client_secret")),
                 qPrintable(view.problems->text()));
        QVERIFY2(view.problems->text().contains(QStringLiteral("[elsewhere]")) &&
                     view.problems->text().contains(QStringLiteral("not an Akamai API host")),
                 qPrintable(view.problems->text()));
        QCOMPARE(dialog.sectionItem(QStringLiteral("sandbox"))->checkState(0), Qt::Unchecked);

        tick(view.list, staging);
        QCOMPARE(staging->checkState(EdgercImportDialog::SectionColumn), Qt::Checked);
        QVERIFY(view.import->isEnabled());
        shoot(&dialog, QStringLiteral("import-sections"));

        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(test.store->list().isEmpty());
    }

    void missingFileIsExplained()
    {
        TestStore test;
        EdgercImportDialog dialog(test.store.get());
        const QString missing = m_files->filePath(QStringLiteral("nothing-here"));
        dialog.setFilePath(missing);
        View view(dialog);
        QVERIFY(!view.fileMessage->isHidden());
        QVERIFY2(view.fileMessage->text().contains(missing), qPrintable(view.fileMessage->text()));
        QCOMPARE(view.list->topLevelItemCount(), 0);
        QVERIFY(!view.import->isEnabled());
    }

    void linkedImportWithANameClash()
    {
        TestStore test;
        Credentials existing;
        existing.host = QStringLiteral("akab-old.luna.akamaiapis.net");
        existing.clientToken = QStringLiteral("a");
        existing.clientSecret = QStringLiteral("b");
        existing.accessToken = QStringLiteral("c");
        QCOMPARE(test.store->addSessionProfile(QStringLiteral("default"), existing), QString());

        EdgercImportDialog dialog(test.store.get());
        dialog.setFilePath(m_edgerc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QTreeWidgetItem* item = dialog.sectionItem(QStringLiteral("default"));
        QCOMPARE(item->text(EdgercImportDialog::NameColumn), QStringLiteral("default (2)"));
        tick(view.list, item);
        tick(view.list, dialog.sectionItem(QStringLiteral("sandbox")));

        // A name changed in the list to one that is taken is refused.
        item->setText(EdgercImportDialog::NameColumn, QStringLiteral("default"));
        QVERIFY(!view.import->isEnabled());
        QVERIFY2(view.status->text().contains(QStringLiteral("already exists")),
                 qPrintable(view.status->text()));
        view.list->setCurrentItem(item, EdgercImportDialog::NameColumn);
        view.list->editItem(item, EdgercImportDialog::NameColumn);
        auto* editor = view.list->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("default-linked"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(item->text(EdgercImportDialog::NameColumn), QStringLiteral("default-linked"));
        QVERIFY(view.import->isEnabled());

        click(view.linked);
        QSignalSpy imported(&dialog, &EdgercImportDialog::accountsImported);
        click(view.import);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toStringList(),
                 QStringList({QStringLiteral("default-linked"), QStringLiteral("sandbox")}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto linked = test.store->profile(QStringLiteral("default-linked"));
        QVERIFY(linked);
        QCOMPARE(linked->kind, AccountProfile::Kind::LinkedEdgerc);
        QCOMPARE(linked->edgercSection, QStringLiteral("default"));
        QCOMPARE(linked->edgercPath, m_edgerc);
        QCOMPARE(test.store->profile(QStringLiteral("sandbox"))->edgercSection, QStringLiteral("sandbox"));
        // Linked: nothing went to the keychain, and the settings file holds the path only.
        QCOMPARE(static_cast<MemorySecretStore*>(test.keychain.get())->size(), 0);
        test.settings->sync();
        const QByteArray settings = readAll(test.settingsFile());
        for (const QByteArray& secret : std::as_const(m_secrets))
            QVERIFY(!settings.contains(secret));
    }

    void keychainImportOfSeveralSections()
    {
        REQUIRE_KEYRING();
        TestStore test(TestStore::Keychain::Real);
        EdgercImportDialog dialog(test.store.get());
        dialog.setFilePath(m_edgerc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        View view(dialog);
        QVERIFY(view.keychain->isChecked());
        tick(view.list, dialog.sectionItem(QStringLiteral("default")));
        tick(view.list, dialog.sectionItem(QStringLiteral("staging")));
        QSignalSpy imported(&dialog, &EdgercImportDialog::accountsImported);
        click(view.import);
        QVERIFY(dialog.isImporting());
        QVERIFY(!view.list->isEnabled());
        QVERIFY(!view.import->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kWaitMs);
        QCOMPARE(imported.at(0).at(0).toStringList(),
                 QStringList({QStringLiteral("default"), QStringLiteral("staging")}));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto staging = test.store->profile(QStringLiteral("staging"));
        QVERIFY(staging);
        QCOMPARE(staging->kind, AccountProfile::Kind::Keychain);
        QCOMPARE(staging->host, QStringLiteral("akab-staging.luna.akamaiapis.net"));
        const QString entries = secretToolSearch(test.service);
        QVERIFY2(entries.contains(AccountStore::secretKey(QStringLiteral("default"))) &&
                     entries.contains(AccountStore::secretKey(QStringLiteral("staging"))),
                 qPrintable(entries));
        QVERIFY(!test.store->contains(QStringLiteral("broken")));
        verifyNoSecretsOnDisk(m_secrets);
    }
};

QTEST_MAIN(TestAccountsImport)
#include "tst_accounts_import.moc"
