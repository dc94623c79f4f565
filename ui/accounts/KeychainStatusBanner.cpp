#include "accounts/KeychainStatusBanner.h"

#include "credentials/KeychainSecretStore.h"
#include "ui_KeychainStatusBanner.h"

#include <QStyle>

namespace edgekv {

namespace {

// A key that is never written: reading it answers "not found" from a working keychain.
const auto probeKey = QStringLiteral("keychain-check");

} // namespace

KeychainStatusBanner::KeychainStatusBanner(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::KeychainStatusBanner>())
{
    m_ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_ui->icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    connect(m_ui->linkButton, &QPushButton::clicked, this, &KeychainStatusBanner::linkEdgercRequested);
    connect(m_ui->sessionButton, &QPushButton::clicked, this, &KeychainStatusBanner::sessionOnlyRequested);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    updateButtons();
    hide();
}

KeychainStatusBanner::~KeychainStatusBanner()
{
    // The children outlive this object's members while QWidget's destructor deletes them: their last
    // signals must not reach it.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void KeychainStatusBanner::setOffers(Offers offers)
{
    m_offers = offers;
    updateButtons();
}

void KeychainStatusBanner::updateButtons()
{
    m_ui->linkButton->setVisible(m_offers.testFlag(Offer::LinkEdgerc));
    m_ui->sessionButton->setVisible(m_offers.testFlag(Offer::SessionOnly));
    QString what;
    if (m_offers.testFlag(Offer::LinkEdgerc) && m_offers.testFlag(Offer::SessionOnly))
        what = tr("You can keep accounts linked to your .edgerc file, or use them for this session only.");
    else if (m_offers.testFlag(Offer::LinkEdgerc))
        what = tr("You can keep accounts linked to your .edgerc file instead.");
    else if (m_offers.testFlag(Offer::SessionOnly))
        what = tr("You can use the account for this session only instead.");
    m_ui->text->setText(tr("Without a keychain the app cannot remember API secrets, and it never writes them "
                           "to a plain file instead. %1")
                            .arg(what));
}

void KeychainStatusBanner::showUnavailable(const QString& reason)
{
    m_reason = reason;
    m_ui->reason->setText(reason);
    m_ui->reason->setVisible(!reason.isEmpty());
    show();
}

void KeychainStatusBanner::probe(SecretStore* keychain)
{
    if (!keychain) {
        if (!m_ownKeychain)
            m_ownKeychain = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
        keychain = m_ownKeychain;
    }
    // A new context drops the answer of an earlier probe.
    m_probeContext = std::make_unique<QObject>();
    keychain->read(probeKey, m_probeContext.get(), [this](const SecretResult& result) {
        const bool available = result.status != SecretResult::Status::Unavailable;
        if (available)
            hide();
        else
            showUnavailable(result.message);
        emit keychainChecked(available);
    });
}

} // namespace edgekv
