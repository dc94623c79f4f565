#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"

namespace edgekv {

class Clock;

// Computes a token's TokenStatus from the injectable clock's UTC day and the expiry thresholds.
class ExpiryClassifier
{
public:
    // clock must outlive the classifier.
    explicit ExpiryClassifier(const Clock& clock, ExpiryThresholds thresholds = {});
    ExpiryClassifier();

    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock& clock) { m_clock = &clock; }
    ExpiryThresholds thresholds() const { return m_thresholds; }
    // Negative values count as 0; a warning threshold below the critical one is raised to it.
    void setThresholds(ExpiryThresholds thresholds);

    QDate todayUtc() const;
    TokenStatus classify(const Token& token) const;
    TokenStatus classify(const Token& token, const QDate& todayUtc) const;

    // Whether a listed token counts toward the account's token limit on todayUtc: every listed token does,
    // expired ones until 30 days after their expiry (EDGEKV_API.md §1.2, §3).
    static bool countsTowardTokenLimit(const Token& token, const QDate& todayUtc);
    static constexpr int ExpiredTokensCountForDays = 30;

    // Milliseconds until the next UTC midnight on clock: when a status may change next.
    static qint64 msecsToNextUtcMidnight(const Clock& clock);

private:
    const Clock* m_clock;
    ExpiryThresholds m_thresholds;
};

} // namespace edgekv
