#pragma once

// Shared by the tst_accounts_* widget tests: stores on a temporary settings file, the real keychain under a
// throwaway service name, the in-process sandbox, and the scan for secrets on disk.

#include "CredentialsTestSupport.h"
#include "credentials/AccountStore.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/MemorySecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace edgekv::test {

constexpr int kWaitMs = 30000;

// No file under the XDG folders holds one of secrets.
inline void verifyNoSecretsOnDisk(const QList<QByteArray>& secrets)
{
    QVERIFY(!secrets.isEmpty());
    const QStringList roots = xdgRoots();
    // Outside tests/run-tests.sh there are no throwaway XDG folders, and the user's own are not scanned.
    if (roots.isEmpty())
        return;
    int scanned = 0;
    const QStringList hits = filesContaining(roots, secrets, &scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secrets found in: ") + hits.join(QLatin1Char(' '))));
    QVERIFY(scanned > 0);
}

// An AccountStore on a settings file in a temporary folder (under $XDG_CONFIG_HOME when it is set, so the
// scan for secrets covers it) with either an in-memory keychain or the real one under a unique service.
struct TestStore
{
    enum class Keychain { Memory, Real };

    static QString dirTemplate()
    {
        const QString parent = qEnvironmentVariableIsSet("XDG_CONFIG_HOME")
                                   ? qEnvironmentVariable("XDG_CONFIG_HOME")
                                   : QDir::tempPath();
        QDir().mkpath(parent);
        return parent + QStringLiteral("/tst_accounts-XXXXXX");
    }

    explicit TestStore(Keychain kind = Keychain::Memory)
        : dir(dirTemplate()), service(uniqueName("edgekv-test-ui-"))
    {
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        if (kind == Keychain::Real)
            keychain = std::make_unique<KeychainSecretStore>(service);
        else
            keychain = std::make_unique<MemorySecretStore>();
        store = std::make_unique<AccountStore>(settings.get(), keychain.get());
    }

    QString settingsFile() const { return settings->fileName(); }

    QTemporaryDir dir;
    QString service;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SecretStore> keychain;
    std::unique_ptr<AccountStore> store;
};

inline void click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Saves a picture of widget to $EDGEKV_TEST_SHOTS/<name>.png when that variable is set (to look at the
// dialogs as a user would; not part of the checks).
inline void shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("EDGEKV_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Let the layout settle (a window that grew lays out again).
    QTest::qWait(100);
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace edgekv::test
