#pragma once

// Shared by the tst_export_* widget tests: the in-process sandbox with seeded tokens of both models, a
// client, settings in a temporary file, a destination folder, and the golden form of edgekv_tokens.js.

#include "SandboxServer.h"
#include "api/EdgeKvClient.h"
#include "common/UserPrompts.h"
#include "export/ExportDialog.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace edgekv::test {

constexpr int kWaitMs = 30000;

// EDGEKV_EXPORT_SHOTS=<folder> saves what the dialog looks like at interesting moments.
inline void shoot(QWidget* widget, const char* name)
{
    const QString folder = qEnvironmentVariable("EDGEKV_EXPORT_SHOTS");
    if (folder.isEmpty())
        return;
    // Let pending layout requests run, as the event loop would before the next paint.
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + QLatin1String(name));
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString run(const QString& program, const QStringList& arguments, const QString& folder = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QByteArray entry(const QString& ns, const QString& name, const char* field, const QString& value)
{
    return QStringLiteral("  \"namespace-%1\": {\n    \"name\": \"%2\",\n    \"%3\": \"%4\"\n  }")
        .arg(ns, name, QLatin1String(field), value)
        .toUtf8();
}

inline QByteArray tokenFile(const QList<QByteArray>& entries)
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

} // namespace edgekv::test
