#pragma once

#include "SandboxTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace edgekv {

// The JWT `value` of a legacy token: HS256, claims as in EDGEKV_API.md §1.1.
class JwtIssuer
{
public:
    explicit JwtIssuer(QByteArray key);

    // Claims: "namespace-<ns>" -> permissions, cpc, ewids ("all" or the list), env (["p","s"] subset),
    // exp (end of the expiry day, UTC), iat (createdAtUtc, or the issue day), jti (= uuid), iss, sub, reqid.
    QByteArray issue(const SandboxToken& token) const;

    // header.payload.signature with base64url without padding.
    static QByteArray sign(const QJsonObject& claims, const QByteArray& key);
    // The claims when jwt is a well-formed HS256 JWT signed with key; nullopt otherwise.
    static std::optional<QJsonObject> verify(const QByteArray& jwt, const QByteArray& key);

    const QByteArray& key() const { return m_key; }

private:
    QByteArray m_key;
};

} // namespace edgekv
