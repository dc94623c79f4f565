#include "tokens/ExpiryClassifier.h"

#include "util/Clock.h"

#include <QTimeZone>

#include <algorithm>

namespace edgekv {

ExpiryClassifier::ExpiryClassifier(const Clock& clock, ExpiryThresholds thresholds) : m_clock(&clock)
{
    setThresholds(thresholds);
}

ExpiryClassifier::ExpiryClassifier() : ExpiryClassifier(Clock::system()) {}

void ExpiryClassifier::setThresholds(ExpiryThresholds thresholds)
{
    thresholds.criticalDays = std::max(0, thresholds.criticalDays);
    thresholds.warningDays = std::max(thresholds.criticalDays, thresholds.warningDays);
    m_thresholds = thresholds;
}

QDate ExpiryClassifier::todayUtc() const
{
    // A mock clock may hold a local time; EdgeKV dates are UTC days.
    return m_clock->nowUtc().toUTC().date();
}

TokenStatus ExpiryClassifier::classify(const Token& token) const
{
    return classify(token, todayUtc());
}

TokenStatus ExpiryClassifier::classify(const Token& token, const QDate& today) const
{
    using Kind = TokenStatus::Kind;
    const QDate expiry = token.expiresNever() ? QDate() : token.expiry;
    const QDate nextRefresh = token.nextScheduledRefreshDate;
    const auto make = [&](Kind kind) {
        return TokenStatus(kind, today, expiry, nextRefresh);
    };

    // Only enhanced tokens report an activation status; a failed or pending activation matters more than
    // anything a date could say.
    if (token.activationStatus == Token::ActivationStatus::Error)
        return make(Kind::ActivationError);
    if (token.activationStatus == Token::ActivationStatus::InProgress)
        return make(Kind::Activating);

    if (expiry.isValid()) {
        const qint64 daysLeft = today.daysTo(expiry);
        if (daysLeft < 0)
            return make(Kind::Expired);
        if (daysLeft == 0)
            return make(Kind::ExpiresToday);
        if (daysLeft <= m_thresholds.criticalDays)
            return make(Kind::ExpiresSoon);
        if (daysLeft <= m_thresholds.warningDays)
            return make(Kind::ExpiresLater);
        return make(Kind::Valid);
    }
    return make(token.isLegacy() ? Kind::Valid : Kind::AutoRefresh);
}

bool ExpiryClassifier::countsTowardTokenLimit(const Token& token, const QDate& today)
{
    if (token.expiresNever() || !token.expiry.isValid())
        return true;
    return token.expiry.daysTo(today) < ExpiredTokensCountForDays;
}

qint64 ExpiryClassifier::msecsToNextUtcMidnight(const Clock& clock)
{
    const QDateTime now = clock.nowUtc().toUTC();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), QTimeZone::utc());
    return std::max<qint64>(1, now.msecsTo(midnight));
}

} // namespace edgekv
