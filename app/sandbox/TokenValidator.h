#pragma once

#include "SandboxTypes.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace edgekv {

// An EdgeKV error: status, errorCode and detail of the §1.6a problem body.
struct SandboxApiError
{
    int status = 400;
    QString errorCode;
    QString detail;
};

// The validation rules of EDGEKV_API.md §3 for tokens.
class TokenValidator
{
public:
    static constexpr int MaxNameLength = 32;
    static constexpr int MaxNamespaces = 20;
    static constexpr int MaxEdgeWorkerIds = 8;
    static constexpr int ExpiredListDays = 30;

    // 1-32 of [A-Za-z0-9_-], not starting with '-'.
    static std::optional<SandboxApiError> checkName(const QString& name);

    // Parses and validates a POST /tokens body for an account. On success returns nullopt and fills
    // name, networks, permissions, EdgeWorker IDs and (legacy) expiry of *token.
    static std::optional<SandboxApiError> validateCreate(const QByteArray& body,
                                                         const SandboxAccount& account, TokenModel model,
                                                         const QDate& todayUtc, SandboxToken* token);

    // True when some object in this (syntactically valid) JSON text repeats a key.
    static bool hasDuplicateKeys(const QByteArray& json);

    // An expired legacy token stays visible (includeExpired, 410 on GET) for 30 days after its expiry day,
    // then it is gone as if revoked.
    static bool isGone(const SandboxToken& token, const QDate& todayUtc);
};

} // namespace edgekv
