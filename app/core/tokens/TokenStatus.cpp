#include "tokens/TokenStatus.h"

#include <limits>

namespace edgekv {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

TokenStatus::TokenStatus(Kind kind, const QDate& today, const QDate& expiry, const QDate& nextRefresh)
    : m_kind(kind), m_today(today), m_expiry(expiry), m_nextRefresh(nextRefresh)
{}

int TokenStatus::daysLeft() const
{
    if (!m_expiry.isValid() || !m_today.isValid())
        return 0;
    return int(m_today.daysTo(m_expiry));
}

int TokenStatus::sortDays() const
{
    if (!m_expiry.isValid())
        return std::numeric_limits<int>::max();
    return daysLeft();
}

bool TokenStatus::needsAttention() const
{
    switch (m_kind) {
    case Kind::Expired:
    case Kind::ActivationError:
    case Kind::ExpiresToday:
    case Kind::ExpiresSoon:
    case Kind::ExpiresLater:
        return true;
    case Kind::Activating:
    case Kind::Valid:
    case Kind::AutoRefresh:
        break;
    }
    return false;
}

// English has one singular form, so each count-dependent text has a singular and a plural source string;
// both are numerus strings, so a translation can still supply every plural form of its language.
QString TokenStatus::text() const
{
    switch (m_kind) {
    case Kind::Expired: {
        const int ago = daysAgo();
        if (ago == 1)
            return tr("Expired yesterday");
        return tr("Expired %n days ago", nullptr, ago);
    }
    case Kind::ExpiresToday:
        return tr("Expires today");
    case Kind::ExpiresSoon:
    case Kind::ExpiresLater: {
        const int left = daysLeft();
        if (left == 1)
            return tr("Expires tomorrow");
        return tr("Expires in %n days", nullptr, left);
    }
    case Kind::Valid:
    case Kind::AutoRefresh:
    case Kind::Activating:
    case Kind::ActivationError:
        break;
    }
    return kindName(m_kind);
}

QString TokenStatus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Expired:
        return tr("Expired");
    case Kind::ActivationError:
        return tr("Activation error");
    case Kind::ExpiresToday:
        return tr("Expires today");
    case Kind::ExpiresSoon:
        return tr("Expires soon");
    case Kind::ExpiresLater:
        return tr("Expires within weeks");
    case Kind::Activating:
        return tr("Activating");
    case Kind::Valid:
        return tr("Valid");
    case Kind::AutoRefresh:
        return tr("Auto-refresh");
    }
    return {};
}

QString TokenStatus::toolTip() const
{
    const QString replace = tr("Create a replacement token for the same namespaces and export it into the "
                               "EdgeWorker bundles that use this one.");
    switch (m_kind) {
    case Kind::Expired: {
        const int ago = daysAgo();
        const QString when = ago == 1 ? tr("This token expired yesterday (%1, UTC).")
                                      : tr("This token expired %n days ago (%1, UTC).", nullptr, ago);
        return when.arg(isoDate(m_expiry)) + QLatin1Char(' ') +
               tr("EdgeWorkers that still use it get 401 errors from EdgeKV.") + QLatin1Char(' ') + replace +
               QLatin1Char(' ') +
               tr("Expired tokens keep counting toward the account's token limit for 30 days.");
    }
    case Kind::ExpiresToday:
        return tr("This token expires today (%1, UTC); after that, EdgeWorkers that use it get 401 errors "
                  "from EdgeKV.")
                   .arg(isoDate(m_expiry)) +
               QLatin1Char(' ') + replace;
    case Kind::ExpiresSoon:
    case Kind::ExpiresLater: {
        const int left = daysLeft();
        const QString when = left == 1 ? tr("This token expires tomorrow (%1, UTC).")
                                       : tr("This token expires in %n days (%1, UTC).", nullptr, left);
        return when.arg(isoDate(m_expiry)) + QLatin1Char(' ') + replace;
    }
    case Kind::Valid:
        if (!m_expiry.isValid())
            return tr("This token does not expire.");
        return tr("This token is valid until %1 (UTC). Nothing to do yet.").arg(isoDate(m_expiry));
    case Kind::AutoRefresh:
        if (!m_nextRefresh.isValid())
            return tr("This token never expires: Akamai refreshes it automatically.");
        return tr("This token never expires: Akamai refreshes it automatically. Next refresh: %1.")
            .arg(isoDate(m_nextRefresh));
    case Kind::Activating:
        return tr("This token is still being activated; EdgeWorkers cannot use it yet. Activation usually "
                  "completes within minutes: refresh the list to check again.");
    case Kind::ActivationError:
        return tr("Activation of this token failed; EdgeWorkers cannot use it. Revoke it and create it "
                  "again; if that fails too, contact Akamai support.");
    }
    return {};
}

bool TokenStatus::operator==(const TokenStatus& other) const
{
    return m_kind == other.m_kind && m_today == other.m_today && m_expiry == other.m_expiry &&
           m_nextRefresh == other.m_nextRefresh;
}

} // namespace edgekv
