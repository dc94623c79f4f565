#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace edgekv {

class ExpiryClassifier;
class TokenTableModel;

// What needs attention among an account's tokens, for the summary line above the table, and how many of
// them count toward the account's token limit.
class TokenSummary
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::TokenSummary)

public:
    // One clickable part of the summary line: "2 expired".
    struct Part
    {
        QList<TokenStatus::Kind> kinds; // the statuses a click on this part filters to
        int count = 0;
        QString text;
    };

    TokenSummary() = default;
    static TokenSummary compute(const QList<Token>& tokens, const ExpiryClassifier& classifier);
    static TokenSummary fromModel(const TokenTableModel& model);

    int total() const { return m_total; }
    int count(TokenStatus::Kind kind) const { return m_counts[int(kind)]; }
    int needsAttention() const;
    // Listed tokens that count toward the account's token limit: all but expired ones 30 days or more past
    // their expiry.
    int countingTowardLimit() const { return m_countingTowardLimit; }
    ExpiryThresholds thresholds() const { return m_thresholds; }

    // The parts with a non-zero count, most urgent first.
    QList<Part> parts() const;
    // "2 expired · 1 expires within 7 days · 1 activation error"; "Nothing needs attention" when all is
    // well; "No tokens" for an empty account.
    QString text() const;
    // "12 tokens count toward the account's token limit"
    QString limitText() const;

private:
    int m_total = 0;
    int m_countingTowardLimit = 0;
    int m_counts[TokenStatus::KindCount] = {};
    ExpiryThresholds m_thresholds;
};

} // namespace edgekv
