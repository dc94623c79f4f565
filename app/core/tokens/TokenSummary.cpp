#include "tokens/TokenSummary.h"

#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenTableModel.h"

namespace edgekv {

namespace {

using Kind = TokenStatus::Kind;

} // namespace

TokenSummary TokenSummary::compute(const QList<Token>& tokens, const ExpiryClassifier& classifier)
{
    TokenSummary summary;
    summary.m_thresholds = classifier.thresholds();
    const QDate today = classifier.todayUtc();
    for (const Token& token : tokens) {
        ++summary.m_total;
        ++summary.m_counts[int(classifier.classify(token, today).kind())];
        if (ExpiryClassifier::countsTowardTokenLimit(token, today))
            ++summary.m_countingTowardLimit;
    }
    return summary;
}

TokenSummary TokenSummary::fromModel(const TokenTableModel& model)
{
    return compute(model.tokens(), model.classifier());
}

int TokenSummary::needsAttention() const
{
    int sum = 0;
    for (int kind = 0; kind < TokenStatus::KindCount; ++kind) {
        if (TokenStatus(Kind(kind), {}, {}, {}).needsAttention())
            sum += m_counts[kind];
    }
    return sum;
}

// Each count-dependent text has an English singular and plural source string; both are numerus strings so
// a translation supplies every plural form of its language.
QList<TokenSummary::Part> TokenSummary::parts() const
{
    QList<Part> result;
    const auto add = [&result](QList<Kind> kinds, int n, const QString& text) {
        if (n > 0)
            result.append(Part{std::move(kinds), n, text});
    };

    add({Kind::Expired}, count(Kind::Expired), tr("%n expired", nullptr, count(Kind::Expired)));

    const int today = count(Kind::ExpiresToday);
    add({Kind::ExpiresToday}, today,
        today == 1 ? tr("%n expires today", nullptr, today) : tr("%n expire today", nullptr, today));

    const auto within = [](int n, int days) {
        if (days == 1)
            return n == 1 ? tr("%n expires within 1 day", nullptr, n)
                          : tr("%n expire within 1 day", nullptr, n);
        return (n == 1 ? tr("%n expires within %1 days", nullptr, n)
                       : tr("%n expire within %1 days", nullptr, n))
            .arg(days);
    };
    const int soon = count(Kind::ExpiresSoon);
    add({Kind::ExpiresSoon}, soon, within(soon, m_thresholds.criticalDays));
    const int later = count(Kind::ExpiresLater);
    add({Kind::ExpiresLater}, later, within(later, m_thresholds.warningDays));

    const int errors = count(Kind::ActivationError);
    add({Kind::ActivationError}, errors,
        errors == 1 ? tr("%n activation error", nullptr, errors)
                    : tr("%n activation errors", nullptr, errors));
    return result;
}

QString TokenSummary::text() const
{
    if (m_total == 0)
        return tr("No tokens");
    QStringList texts;
    for (const Part& part : parts())
        texts << part.text;
    if (texts.isEmpty())
        return tr("Nothing needs attention");
    return texts.join(QStringLiteral(" \u00B7 "));
}

QString TokenSummary::limitText() const
{
    const int n = m_countingTowardLimit;
    return n == 1 ? tr("%n token counts toward the account's token limit", nullptr, n)
                  : tr("%n tokens count toward the account's token limit", nullptr, n);
}

} // namespace edgekv
