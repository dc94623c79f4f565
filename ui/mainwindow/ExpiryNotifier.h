#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QSettings;
class QSystemTrayIcon;

namespace edgekv {

// Desktop notifications (system tray) when a token crosses a threshold: it enters the warning or critical
// window, expires today, expires, or fails to activate. Off by default. What was notified is remembered per
// account, token (by uuid) and status in the settings file, so a token is reported once per state, also
// across restarts. Several tokens crossing at once make one notification.
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString title;
        QString text;
        QStringList tokenNames;
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

signals:
    // The user clicked a notification (bring the window forward).
    void activated();

private:
    void deliver(const Notification& notification);
    QSystemTrayIcon* trayIcon();

    QSettings* m_settings;
    bool m_enabled = false;
    Sink m_sink;
    QIcon m_icon;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace edgekv
