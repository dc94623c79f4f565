#pragma once

// Shared by the tst_createtoken_* widget tests: the in-process sandbox with a MockClock, an EdgeKvClient
// for it, and helpers that click through the create dialog like a user.

#include "SandboxServer.h"
#include "api/EdgeKvClient.h"
#include "create/CreateTokenDialog.h"
#include "create/EdgeWorkerIdList.h"
#include "create/ExpiryChooser.h"
#include "create/NamespacePermissionGrid.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace edgekv::test {

constexpr int kWaitMs = 30000;

inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc());
}

// The default namespaces plus one that exists on staging only (nine in all: the filter box shows).
inline QList<SandboxNamespace> testNamespaces()
{
    QList<SandboxNamespace> namespaces = SandboxOptions::defaultNamespaces();
    SandboxNamespace stagingOnly = SandboxOptions::makeNamespace(QStringLiteral("stage-only"));
    stagingOnly.onProduction = false;
    namespaces.append(stagingOnly);
    return namespaces;
}

// The sandbox on 127.0.0.1:0 and a client for it; both use the same MockClock as the dialog.
struct CreateRig
{
    MockClock clock{testNow()};
    SandboxClient apiClient = SandboxClient::generate();
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<EdgeKvClient> client;
    QString error;
    int tokenPosts = 0;

    explicit CreateRig(SandboxOptions options = defaultOptions())
    {
        options.clients = {apiClient};
        options.clock = &clock;
        server = std::make_unique<SandboxServer>(options);
        error = server->listen();
        client = std::make_unique<EdgeKvClient>(server->credentialsFor(apiClient), clock);
        ApiClientSettings settings;
        settings.timeoutMs = 2000;
        settings.backoffBaseMs = 10;
        settings.backoffCapMs = 40;
        settings.retryAfterCapMs = 100;
        client->setSettings(settings);
        QObject::connect(server.get(), &SandboxServer::requestReceived,
                         [this](const QByteArray& method, const QByteArray& path) {
                             if (method == "POST" && path == "/edgekv/v1/tokens")
                                 ++tokenPosts;
                         });
    }

    static SandboxOptions defaultOptions()
    {
        SandboxOptions options;
        options.namespaces = testNamespaces();
        return options;
    }

    std::optional<SandboxToken> stored(const QString& name) const
    {
        return server->store().token(QString(), name);
    }
    int storedCount() { return int(server->store().account(QString()).tokens.size()); }

    // Injects kind into the next request only.
    void faultOnce(FaultKind kind)
    {
        server->setFaults({FaultRule{kind, 1.0}}, 1);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(server.get(), &SandboxServer::requestHandled, server.get(),
                                       [this, connection](const QByteArray&, const QByteArray&, int) {
                                           server->setFaults({});
                                           QObject::disconnect(*connection);
                                       });
    }

    // A dialog shown with its namespaces and CP code loaded.
    std::unique_ptr<CreateTokenDialog> openDialog(const QStringList& existing = {})
    {
        auto dialog = std::make_unique<CreateTokenDialog>(client.get(), clock, existing);
        dialog->show();
        return dialog;
    }
};

#define WAIT_LOADED(dialog)                                                                                  \
    do {                                                                                                     \
        QTRY_VERIFY_WITH_TIMEOUT(!(dialog)->isLoading() && (dialog)->namespaceGrid()->hasNamespaces(),       \
                                 kWaitMs);                                                                   \
    } while (false)

// Clicks a checkbox on its indicator, as a user would.
inline void clickBox(QCheckBox* box)
{
    QVERIFY(box);
    QVERIFY2(box->isEnabled(), qPrintable(box->accessibleName() + QStringLiteral(" is disabled")));
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, indicator.center());
}

// Clicks a button; a radio button on its indicator (its label may end well before the widget's middle).
inline void clickButton(QAbstractButton* button)
{
    QVERIFY(button);
    if (auto* radio = qobject_cast<QRadioButton*>(button)) {
        QStyleOptionButton option;
        option.initFrom(radio);
        const QRect indicator =
            radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
        QTest::mouseClick(radio, Qt::LeftButton, Qt::NoModifier, indicator.center());
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

// Ticks the letters of "rwd" for namespace ns by clicking its checkboxes.
inline void tick(CreateTokenDialog& dialog, const QString& ns, const QString& letters)
{
    for (const QChar letter : letters)
        clickBox(dialog.namespaceGrid()->permissionBox(ns, letter));
}

inline void typeName(CreateTokenDialog& dialog, const QString& name)
{
    QLineEdit* edit = dialog.nameEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, name);
}

inline void addEdgeWorkerId(CreateTokenDialog& dialog, const QString& id)
{
    QLineEdit* input = dialog.edgeWorkerIdList()->input();
    input->setFocus();
    QTest::keyClicks(input, id);
    QTest::keyClick(input, Qt::Key_Return);
}

// Saves what widget looks like once pending layout requests are done (as after an event loop turn).
inline bool shoot(QWidget& widget, const QString& folder, const QString& name)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget.grab().save(folder + QLatin1Char('/') + name);
}

} // namespace edgekv::test
