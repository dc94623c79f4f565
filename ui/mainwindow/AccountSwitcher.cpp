#include "mainwindow/AccountSwitcher.h"

#include "credentials/AccountStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace edgekv {

namespace {

QString keptIn(const AccountProfile& profile)
{
    switch (profile.kind) {
    case AccountProfile::Kind::Keychain:
        return AccountSwitcher::tr("%1 \u00b7 OS keychain").arg(profile.host);
    case AccountProfile::Kind::LinkedEdgerc:
        return AccountSwitcher::tr("Linked to %1 [%2]").arg(profile.edgercPath, profile.edgercSection);
    case AccountProfile::Kind::SessionOnly:
        return AccountSwitcher::tr("%1 \u00b7 this session only").arg(profile.host);
    }
    return {};
}

} // namespace

AccountSwitcher::AccountSwitcher(AccountStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_label(new QLabel(tr("A&ccount:"), this)),
      m_combo(new QComboBox(this))
{
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("accountCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setToolTip(tr("The account whose tokens are shown"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_combo->itemData(index).toString();
        if (name.isEmpty() || name == m_current)
            return;
        m_current = name;
        emit accountChosen(name);
    });
    if (m_store)
        connect(m_store, &AccountStore::profilesChanged, this, &AccountSwitcher::reload);
    reload();
}

QString AccountSwitcher::currentAccount() const
{
    return m_current;
}

void AccountSwitcher::setCurrentAccount(const QString& name)
{
    m_current = name;
    const int index = m_combo->findData(name);
    m_combo->setCurrentIndex(index);
}

QStringList AccountSwitcher::accounts() const
{
    QStringList names;
    for (int i = 0; i < m_combo->count(); ++i)
        names << m_combo->itemData(i).toString();
    return names;
}

void AccountSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_store) {
        for (const AccountProfile& profile : m_store->list()) {
            m_combo->addItem(profile.name, profile.name);
            m_combo->setItemData(m_combo->count() - 1, keptIn(profile), Qt::ToolTipRole);
        }
    }
    m_combo->setEnabled(m_combo->count() > 0);
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(tr("No accounts"));
    m_combo->setCurrentIndex(m_combo->findData(m_current));
}

} // namespace edgekv
