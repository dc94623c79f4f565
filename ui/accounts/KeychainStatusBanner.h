#pragma once

#include <QFlags>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class KeychainStatusBanner;
}

namespace edgekv {

class SecretStore;

// A non-blocking banner saying that the system keychain cannot be used (no Secret Service running, an
// error, or no answer in time), why that matters (secrets cannot be remembered, and they are never written
// to a plain file instead) and what the user can do: keep accounts linked to their .edgerc file, or use
// them for this session only. Hidden until showUnavailable() or a probe() that found no keychain; the user
// can dismiss it. Embed it at the top of a window or dialog; it takes no space while hidden.
class KeychainStatusBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Offer {
        LinkEdgerc = 0x1,  // "Keep linked to the .edgerc file" -> linkEdgercRequested()
        SessionOnly = 0x2, // "Use for this session only" -> sessionOnlyRequested()
    };
    Q_DECLARE_FLAGS(Offers, Offer)

    explicit KeychainStatusBanner(QWidget* parent = nullptr);
    ~KeychainStatusBanner() override;

    // The choices shown (both by default): a dialog where one makes no sense leaves it out.
    void setOffers(Offers offers);
    Offers offers() const { return m_offers; }

    // Shows the banner. reason is the keychain's answer (AccountResult::message), shown as the cause.
    void showUnavailable(const QString& reason);
    QString reason() const { return m_reason; }

    // Asks the keychain, without writing anything, whether it can be used; shows the banner when it
    // cannot. keychain: the store to ask (not owned); nullptr asks the system keychain with its timeout.
    // Answers through keychainChecked() once (unless probed again before the answer).
    void probe(SecretStore* keychain = nullptr);

signals:
    void linkEdgercRequested();
    void sessionOnlyRequested();
    void keychainChecked(bool available);
    void dismissed();

private:
    void updateButtons();

    std::unique_ptr<Ui::KeychainStatusBanner> m_ui;
    Offers m_offers = Offers(Offer::LinkEdgerc) | Offer::SessionOnly;
    QString m_reason;
    SecretStore* m_ownKeychain = nullptr;
    std::unique_ptr<QObject> m_probeContext;
};

} // namespace edgekv

Q_DECLARE_OPERATORS_FOR_FLAGS(edgekv::KeychainStatusBanner::Offers)
