#pragma once

#include "SandboxTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace edgekv {

class SandboxServer;

// Demo tokens for --seed: what an account that has used EdgeKV for a while looks like. Everything is a
// function of the count, the namespaces and today's date, so the same arguments give the same tokens.
class SandboxSeeder
{
public:
    // What token i is. The first seven indices hold one of each (in this order), so any count of at least
    // seven shows every category; after that a ten-token cycle without errors repeats (3 active, 2 valid
    // legacy, 2 expired, 1 expiring within 7 days, 1 within 30 days, 1 activating): about 60 % legacy.
    enum class Category {
        EnhancedActive,      // COMPLETE, refreshed every two months since its issue date
        LegacyExpiringWeek,  // expires 0 to 7 days from today
        LegacyExpired,       // expired 1 to 25 days ago: listed with includeExpired=true
        EnhancedActivating,  // issued today, IN_PROGRESS until 00:00 UTC tomorrow
        LegacyExpiringMonth, // expires 8 to 30 days from today
        EnhancedError,       // activation ERROR; exactly one per seed
        LegacyValid,         // expires 31 to 180 days from today
    };

    static Category categoryAt(int index);
    static QString categoryName(Category category);

    // count tokens spread over the namespaces (a token's namespaces exist on its networks and share one
    // data access policy) and the networks. Legacy tokens have no value yet (see seed()). Empty when
    // there are no namespaces.
    static QList<SandboxToken> makeTokens(int count, const QList<SandboxNamespace>& namespaces,
                                          const QString& cpcode, const QDate& todayUtc);

    // Adds count demo tokens, with legacy JWT values from the server, to the API client's own account
    // (accountSwitchKey "") if it holds no tokens yet, so a restart with a state file never duplicates
    // them. *added (when given) says how many were added. Returns an error message, or "" on success.
    static QString seed(SandboxServer& server, int count, int* added = nullptr);
};

} // namespace edgekv
