#pragma once

#include "api/Token.h"

namespace edgekv {

// GET /tokens/{name} answers a legacy token with name, uuid, expiry and the JWT value only; its
// namespaces, networks, EdgeWorker IDs and CP code are claims inside the JWT (EDGEKV_API.md §1.1), which the
// official CLI reads the same way, without checking the signature. The value itself is never logged.
namespace LegacyJwtClaims {

// Fills token's details from the claims of token.value (namespace-<ns>, env, ewids, cpc; exp when the
// expiry is missing) and sets hasDetails. Returns false, leaving token unchanged, when token already has
// details or its value is not a readable JWT.
bool apply(Token& token);

} // namespace LegacyJwtClaims

} // namespace edgekv
