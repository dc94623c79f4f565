#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace edgekv {

// The expiry thresholds (in days) that make a legacy token need attention.
struct ExpiryThresholds
{
    int criticalDays = 7; // expires within this many days: critical
    int warningDays = 30; // expires within this many days: warning

    bool operator==(const ExpiryThresholds& other) const
    {
        return criticalDays == other.criticalDays && warningDays == other.warningDays;
    }
    bool operator!=(const ExpiryThresholds& other) const { return !(*this == other); }
};

// The health of one token on one UTC day, as ExpiryClassifier computes it. Semantic only: the UI maps
// kind() to an icon, a colour and strike-out.
class TokenStatus
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::TokenStatus)

public:
    // Numbered from most to least urgent; severity() is this order.
    enum class Kind {
        Expired,         // legacy, expiry date in the past
        ActivationError, // enhanced, tokenActivationStatus ERROR
        ExpiresToday,    // legacy, expires on today's UTC date
        ExpiresSoon,     // legacy, within ExpiryThresholds::criticalDays
        ExpiresLater,    // legacy, within ExpiryThresholds::warningDays
        Activating,      // enhanced, tokenActivationStatus IN_PROGRESS
        Valid,           // legacy beyond the warning threshold, or one that never expires
        AutoRefresh,     // enhanced, COMPLETE or not reported: never expires
    };
    static constexpr int KindCount = int(Kind::AutoRefresh) + 1;

    TokenStatus() = default;
    TokenStatus(Kind kind, const QDate& today, const QDate& expiry, const QDate& nextRefresh);

    Kind kind() const { return m_kind; }
    // The UTC day the status was computed for.
    QDate today() const { return m_today; }
    // Invalid when the token never expires or the API did not report a date.
    QDate expiry() const { return m_expiry; }
    QDate nextRefresh() const { return m_nextRefresh; }
    bool hasExpiryDate() const { return m_expiry.isValid(); }
    // Days from today to the expiry date: 0 today, 1 tomorrow, -1 yesterday. 0 without a date.
    int daysLeft() const;
    // Days since expiry for an expired token (1 = yesterday), else 0.
    int daysAgo() const { return m_kind == Kind::Expired ? -daysLeft() : 0; }

    // 0 is most urgent ("needs attention first" sorting).
    int severity() const { return int(m_kind); }
    // Orders tokens of equal severity: soonest expiry first, undated ones last.
    int sortDays() const;
    bool needsAttention() const;
    bool isExpired() const { return m_kind == Kind::Expired; }

    // "Expired 3 days ago", "Expires today", "Expires in 5 days", "Valid", "Auto-refresh", ...
    QString text() const;
    // What the status means for the EdgeWorkers using the token, and what to do.
    QString toolTip() const;
    // "Expired", "Expires today", ... without the day count: a name for the kind (filters, legends).
    static QString kindName(Kind kind);

    bool operator==(const TokenStatus& other) const;
    bool operator!=(const TokenStatus& other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Valid;
    QDate m_today;
    QDate m_expiry;
    QDate m_nextRefresh;
};

} // namespace edgekv
