#include "mainwindow/ExpiryNotifier.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QUrl>

#include <algorithm>

namespace edgekv {

namespace {

constexpr int MaxNamesInText = 5;

QString settingsGroup(const QString& account)
{
    // Account names may hold '/', which QSettings reads as a group separator.
    return QStringLiteral("notified/") + QString::fromLatin1(QUrl::toPercentEncoding(account));
}

QString kindKey(TokenStatus::Kind kind)
{
    return QString::number(int(kind));
}

QString singleText(const QString& name, const TokenStatus& status)
{
    return ExpiryNotifier::tr("Token \u201c%1\u201d: %2.").arg(name, status.text());
}

} // namespace

ExpiryNotifier::ExpiryNotifier(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_menu(std::make_unique<QMenu>())
{
    updateMenu();
}

ExpiryNotifier::~ExpiryNotifier()
{
    delete m_tray;
}

void ExpiryNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && m_tray)
        m_tray->hide();
}

bool ExpiryNotifier::isNotable(TokenStatus::Kind kind)
{
    using Kind = TokenStatus::Kind;
    return kind == Kind::Expired || kind == Kind::ExpiresToday || kind == Kind::ExpiresSoon ||
           kind == Kind::ExpiresLater || kind == Kind::ActivationError;
}

ExpiryNotifier::Notification ExpiryNotifier::check(const QString& account, const QList<Token>& tokens,
                                                   const QList<TokenStatus>& statuses)
{
    Notification notification;
    if (!m_enabled || !m_settings || tokens.size() != statuses.size())
        return notification;

    m_settings->beginGroup(settingsGroup(account));
    const QStringList known = m_settings->childKeys();
    QStringList seen;
    QList<int> due;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString key = tokens.at(i).uuid.isEmpty() ? tokens.at(i).name : tokens.at(i).uuid;
        seen << key;
        const TokenStatus::Kind kind = statuses.at(i).kind();
        const QString last = m_settings->value(key).toString();
        if (last == kindKey(kind))
            continue;
        m_settings->setValue(key, kindKey(kind));
        if (isNotable(kind))
            due << i;
    }
    // Tokens that are gone (revoked, or expired past the listing) need no memory.
    for (const QString& key : known) {
        if (!seen.contains(key))
            m_settings->remove(key);
    }
    m_settings->endGroup();

    if (due.isEmpty())
        return notification;
    std::sort(due.begin(), due.end(),
              [&statuses](int a, int b) { return statuses.at(a).severity() < statuses.at(b).severity(); });
    notification.account = account;
    notification.kind = statuses.at(due.constFirst()).kind();
    for (int i : std::as_const(due)) {
        notification.tokenNames << tokens.at(i).name;
        if (tokens.at(i).isLegacy())
            notification.renewableNames << tokens.at(i).name;
    }
    if (due.size() == 1) {
        const int i = due.constFirst();
        notification.title = tr("EdgeKV token needs attention");
        notification.text = singleText(tokens.at(i).name, statuses.at(i));
        if (!notification.renewableNames.isEmpty())
            notification.text += QLatin1Char('\n') + tr("Click to renew it.");
    } else {
        notification.title = tr("%n EdgeKV tokens need attention", nullptr, int(due.size()));
        QStringList lines;
        for (int i : due.mid(0, MaxNamesInText))
            lines << singleText(tokens.at(i).name, statuses.at(i));
        if (due.size() > MaxNamesInText)
            lines << tr("and %n more", nullptr, int(due.size()) - MaxNamesInText);
        notification.text = lines.join(QLatin1Char('\n'));
    }
    notification.text += QLatin1Char('\n') + tr("Account: %1").arg(account);
    m_last = notification;
    ++m_unopened;
    updateMenu();
    deliver(notification);
    return notification;
}

void ExpiryNotifier::openLastNotification()
{
    // A click does not say which notification it was: with several shown since the last click, an older
    // one may be meant, so only show the tokens of the newest rather than renew the wrong one.
    const bool onlyOne = m_unopened == 1;
    m_unopened = 0;
    if (onlyOne && m_last.tokenNames.size() == 1 && m_last.renewableNames.size() == 1)
        emit renewRequested(m_last.account, m_last.renewableNames.constFirst());
    else
        emit showRequested(m_last.account, m_last.tokenNames);
}

void ExpiryNotifier::updateMenu()
{
    m_menu->clear();
    QAction* show = m_menu->addAction(tr("&Show EdgeKV Token Manager"));
    show->setObjectName(QStringLiteral("actionShowWindow"));
    // Only brings the window forward: the user's search and selection stay as they are.
    connect(show, &QAction::triggered, this, [this] { emit showRequested({}, {}); });
    if (m_last.renewableNames.isEmpty())
        return;
    m_menu->addSeparator();
    for (const QString& name : m_last.renewableNames.mid(0, MaxNamesInText)) {
        QAction* renew = m_menu->addAction(tr("Renew \u201c%1\u201d…").arg(name));
        renew->setData(name);
        connect(renew, &QAction::triggered, this,
                [this, account = m_last.account, name] { emit renewRequested(account, name); });
    }
}

void ExpiryNotifier::deliver(const Notification& notification)
{
    if (m_sink) {
        m_sink(notification);
        return;
    }
    if (QSystemTrayIcon* tray = trayIcon()) {
        const bool critical = notification.kind == TokenStatus::Kind::Expired ||
                              notification.kind == TokenStatus::Kind::ActivationError;
        tray->showMessage(notification.title, notification.text,
                          critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
}

QSystemTrayIcon* ExpiryNotifier::trayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon);
        m_tray->setToolTip(tr("EdgeKV Token Manager"));
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit showRequested({}, {});
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ExpiryNotifier::openLastNotification);
    }
    m_tray->show();
    return m_tray;
}

} // namespace edgekv
