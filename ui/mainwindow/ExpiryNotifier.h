#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;
class QSettings;
class QSystemTrayIcon;

namespace edgekv {

// Desktop notifications (system tray) when a token crosses a threshold: it enters the warning or critical
// window, expires today, expires, or fails to activate. Off by default. What was notified is remembered per
// account, token (by uuid) and status in the settings file, so a token is reported once per state, also
// across restarts. Several tokens crossing at once make one notification.
//
// A notification leads somewhere: clicking it renews the token when it is about one expiring (legacy)
// token, else brings the window forward with the most urgent token it names selected; the tray icon's
// menu offers "Renew …" for each expiring token of the last notification. Clicking the icon only brings
// the window forward.
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString title;
        QString text;
        QString account;
        QStringList tokenNames;
        QStringList renewableNames;                        // the expiring (legacy) ones among tokenNames
        TokenStatus::Kind kind = TokenStatus::Kind::Valid; // the most urgent one
    };
    using Sink = std::function<void(const Notification&)>;

    // settings must outlive the notifier.
    explicit ExpiryNotifier(QSettings* settings, QObject* parent = nullptr);
    ~ExpiryNotifier() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // Where notifications go; by default a system tray message (when the desktop has a tray).
    void setSink(Sink sink) { m_sink = std::move(sink); }
    void setIcon(const QIcon& icon) { m_icon = icon; }

    // Compares the statuses of account's tokens with what was notified and notifies what is new. Returns
    // the notification made, if any (its tokenNames is empty when none was due). Does nothing when disabled.
    Notification check(const QString& account, const QList<Token>& tokens,
                       const QList<TokenStatus>& statuses);

    static bool isNotable(TokenStatus::Kind kind);

    // What clicking the last notification does (the tray calls it; so can tests).
    void openLastNotification();
    // The tray icon's context menu: show the window, and Renew for each renewable token last notified.
    QMenu* trayMenu() const { return m_menu.get(); }

signals:
    // Bring the window forward; if it shows account, select the first of tokenNames (both may be empty).
    void showRequested(const QString& account, const QStringList& tokenNames);
    // Open the renew form for tokenName of account.
    void renewRequested(const QString& account, const QString& tokenName);

private:
    void deliver(const Notification& notification);
    void updateMenu();
    QSystemTrayIcon* trayIcon();

    QSettings* m_settings;
    bool m_enabled = false;
    Sink m_sink;
    QIcon m_icon;
    QPointer<QSystemTrayIcon> m_tray;
    std::unique_ptr<QMenu> m_menu; // the tray icon (deleted first) only points to it
    Notification m_last;
    int m_unopened = 0; // notifications delivered since the last click on one
};

} // namespace edgekv
