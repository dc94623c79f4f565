// The export dialog clicked through offscreen against the in-process sandbox: tokens of both models,
// a folder or a bundle .tgz chosen through the UserPrompts hooks, the preview before anything is written,
// merging, the conflict picker, an unreadable existing file, warnings, the remembered folder.
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "api/EdgeKvClient.h"
#include "common/UserPrompts.h"
#include "export/ExportDialog.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidgetItem>

#include <memory>

using namespace edgekv;

namespace {

constexpr int kWaitMs = 30000;

bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QString& program, const QStringList& arguments, const QString& folder = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray entry(const QString& ns, const QString& name, const char* field, const QString& value)
{
    return QStringLiteral("  \"namespace-%1\": {\n    \"name\": \"%2\",\n    \"%3\": \"%4\"\n  }")
        .arg(ns, name, QLatin1String(field), value)
        .toUtf8();
}

QByteArray tokenFile(const QList<QByteArray>& entries)
{
    QByteArray text = "var edgekv_access_tokens = {\n";
    for (qsizetype i = 0; i < entries.size(); ++i)
        text += entries[i] + (i + 1 < entries.size() ? ",\n" : "\n");
    return text + "}\nexport { edgekv_access_tokens };\n";
}

// The sandbox with seeded tokens, a client for it, settings in a temporary file and a destination folder.
struct Rig
{
    SandboxClient apiClient = SandboxClient::generate();
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<EdgeKvClient> client;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    QString error;

    Rig()
    {
        SandboxOptions options;
        options.clients = {apiClient};
        server = std::make_unique<SandboxServer>(options);
        error = server->listen();
        client = std::make_unique<EdgeKvClient>(server->credentialsFor(apiClient), Clock::system());
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QDir(dir.path()).mkpath(QStringLiteral("bundle"));
        UserPrompts::clearPendingAnswers();
    }

    QString folder() const { return dir.filePath(QStringLiteral("bundle")); }
    QString tokenFilePath() const { return dir.filePath(QStringLiteral("bundle/edgekv_tokens.js")); }
    QDate today() const { return Clock::system().todayUtc(); }

    SandboxToken enhanced(const QString& name, const QStringList& namespaces, const QString& activation = {})
    {
        SandboxToken token;
        token.model = TokenModel::Enhanced;
        token.name = name;
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        for (const QString& ns : namespaces)
            token.namespacePermissions.insert(ns, {QStringLiteral("r")});
        token.expiry = SandboxToken::enhancedExpiry();
        token.issueDate = today();
        token.createdAtUtc = QDateTime::currentDateTimeUtc().addDays(-1);
        token.nextScheduledRefreshDate = today().addDays(60);
        token.activationCompleteAtUtc = activation == QLatin1String("IN_PROGRESS")
                                            ? QDateTime::currentDateTimeUtc().addSecs(3600)
                                            : QDateTime::currentDateTimeUtc().addSecs(-3600);
        token.activationError = activation == QLatin1String("ERROR");
        server->store().addToken(QString(), token);
        return token;
    }

    SandboxToken legacy(const QString& name, const QStringList& namespaces, int daysLeft = 90)
    {
        SandboxToken token;
        token.model = TokenModel::Legacy;
        token.name = name;
        token.uuid = SandboxStore::newUuid();
        token.allowOnStaging = true;
        for (const QString& ns : namespaces)
            token.namespacePermissions.insert(ns, {QStringLiteral("r")});
        token.expiry = today().addDays(daysLeft);
        token.issueDate = today().addDays(-10);
        token.createdAtUtc = QDateTime::currentDateTimeUtc().addDays(-10);
        token.value = QString::fromLatin1(server->issueLegacyJwt(token));
        server->store().addToken(QString(), token);
        return token;
    }

    // The tokens as the main window's table first knows them: list items without details or values.
    QList<Token> listed(const QStringList& names)
    {
        TokenListJob* job = client->listTokens(true);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, kWaitMs) || !job->isSuccess())
            return {};
        QList<Token> result;
        for (const QString& name : names) {
            for (const Token& token : job->result()) {
                if (token.name == name)
                    result << token;
            }
        }
        return result;
    }

    std::unique_ptr<ExportDialog> dialog(const QStringList& names,
                                         const QString& account = QStringLiteral("acct"))
    {
        auto dialog = std::make_unique<ExportDialog>(client.get(), listed(names), account);
        dialog->setSettings(settings.get());
        dialog->show();
        return dialog;
    }
};

#define WAIT_LOADED(dialog) QTRY_VERIFY_WITH_TIMEOUT(!(dialog)->isLoading(), kWaitMs)
#define CHOOSE_FOLDER(dialog, path)                                                                          \
    do {                                                                                                     \
        UserPrompts::setNextPath(path);                                                                      \
        QTest::mouseClick((dialog)->findChild<QPushButton*>(QStringLiteral("chooseFolderButton")),           \
                          Qt::LeftButton);                                                                   \
        QVERIFY(!UserPrompts::hasPendingAnswers());                                                          \
    } while (false)

} // namespace

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

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
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

    void exportsIntoABundle()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/bundle.json"), "{\"edgeworker-version\": \"1.0\"}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/edgekv.js"),
                          "/*\n * Version: 0.6.1\n */\nexport class EdgeKV {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("worker.tgz"));
        const QString made = run(QStringLiteral("tar"),
                                 {QStringLiteral("czf"), bundle, QStringLiteral("bundle.json"),
                                  QStringLiteral("main.js"), QStringLiteral("edgekv.js")},
                                 source);
        QVERIFY2(!made.startsWith(QLatin1String("failed")), qPrintable(made));

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog->destination(), bundle);
        QVERIFY2(dialog->targetText().contains(QLatin1String("inside this bundle")),
                 qPrintable(dialog->targetText()));
        // edgekv.js 0.6.1 cannot read reference entries.
        QVERIFY2(dialog->messagesText().contains(QLatin1String("0.6.2")), qPrintable(dialog->messagesText()));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

        QCOMPARE(
            run(QStringLiteral("tar"), {QStringLiteral("xzOf"), bundle, QStringLiteral("edgekv_tokens.js")})
                .toUtf8(),
            tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid)}));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("xzOf"), bundle, QStringLiteral("main.js")}),
                 QStringLiteral("export function onClientRequest() {}\n"));
        QTest::mouseClick(dialog->openFolderButton(), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(rig.dir.path())});
    }

    void refusedBundleStaysIntactAndTheDialogOpen()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("nobundle.tgz"));
        QVERIFY(
            !run(QStringLiteral("tar"), {QStringLiteral("czf"), bundle, QStringLiteral("main.js")}, source)
                 .startsWith(QLatin1String("failed")));
        const QByteArray before = readFile(bundle);

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog->statusText().contains(QLatin1String("bundle.json")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!dialog->canExport());
        QTest::keyClick(dialog.get(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(readFile(bundle), before);

        // A file that is no archive at all.
        const QString fake = rig.dir.filePath(QStringLiteral("fake.tgz"));
        QVERIFY(writeFile(fake, "not a tar"));
        UserPrompts::setNextPath(fake);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog->canExport());
        QVERIFY(dialog->statusText().contains(QLatin1String("fake.tgz")));
        QCOMPARE(readFile(fake), QByteArray("not a tar"));
    }

    void unsafeBundleIsRefused()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/bundle.json"), "{}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("evil.tgz"));
        const QString made = run(QStringLiteral("tar"),
                                 {QStringLiteral("czPf"), bundle, QStringLiteral("--transform"),
                                  QStringLiteral("s,^main.js,../evil.js,"), QStringLiteral("bundle.json"),
                                  QStringLiteral("main.js")},
                                 source);
        QVERIFY2(!made.startsWith(QLatin1String("failed")), qPrintable(made));
        const QByteArray before = readFile(bundle);

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog->statusText().contains(QLatin1String("..")), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->canExport());
        QVERIFY(dialog->changesText().startsWith(QLatin1String("No preview")));
        QCOMPARE(readFile(bundle), before);
        QVERIFY(!QFile::exists(rig.dir.filePath(QStringLiteral("evil.js"))));
    }

    void aWriteErrorStaysInTheDialog()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QByteArray first = tokenFile({entry(QStringLiteral("other"), QStringLiteral("a"), "reference",
                                                  QStringLiteral("11111111-2222-3333-4444-555555555555"))});
        QVERIFY(writeFile(rig.tokenFilePath(), first));
        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
        QVERIFY(dialog->canExport());

        // Someone else changes the file after the preview: the export refuses and keeps their version.
        const QByteArray theirs = tokenFile({entry(QStringLiteral("theirs"), QStringLiteral("b"), "reference",
                                                   QStringLiteral("22222222-2222-3333-4444-555555555555"))});
        QVERIFY(writeFile(rig.tokenFilePath(), theirs));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QLatin1String("changed since the preview")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(readFile(rig.tokenFilePath()), theirs);
        QVERIFY(!dialog->openFolderButton()->isVisible());

        // The preview now shows their file; exporting again merges into it.
        QVERIFY(dialog->changesText().contains(QLatin1String("namespace-theirs")));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCOMPARE(readFile(rig.tokenFilePath()),
                 tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid),
                            entry(QStringLiteral("theirs"), QStringLiteral("b"), "reference",
                                  QStringLiteral("22222222-2222-3333-4444-555555555555"))}));
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

    // A realistic selection of the demo seed; EDGEKV_EXPORT_SHOTS=<folder> saves what it looks like.
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
        const QString shots = qEnvironmentVariable("EDGEKV_EXPORT_SHOTS");
        const auto shoot = [&](const QString& name) {
            if (!shots.isEmpty())
                QVERIFY(dialog->grab().save(shots + QLatin1Char('/') + name));
        };
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QWidget*>(QStringLiteral("progressRow"))->isVisible(),
                                 kWaitMs);
        shoot(QStringLiteral("export-loading.png"));
        WAIT_LOADED(dialog);
        rig.server->setLatencyMs(0);
        CHOOSE_FOLDER(dialog, rig.folder());
        shoot(QStringLiteral("export-conflicts.png"));
        for (const QString& ns : dialog->selection().conflicts()) {
            QComboBox* combo = dialog->conflictCombo(ns);
            combo->setCurrentIndex(1);
        }
        QVERIFY2(dialog->canExport(), qPrintable(dialog->statusText()));
        shoot(QStringLiteral("export.png"));
        auto* changes = dialog->findChild<QTextEdit*>(QStringLiteral("changesView"));
        changes->verticalScrollBar()->setValue(changes->verticalScrollBar()->maximum() / 2);
        shoot(QStringLiteral("export-diff.png"));
        dialog->findChild<QTabWidget*>()->setCurrentIndex(1);
        shoot(QStringLiteral("export-file.png"));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        dialog->findChild<QTabWidget*>()->setCurrentIndex(0);
        shoot(QStringLiteral("export-done.png"));
        QVERIFY(readFile(rig.tokenFilePath()).contains("namespace-legacyspace"));
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
