#pragma once

namespace edgekv {
class Token;
}

namespace edgekv::cli {

// What a legacy token's JWT value says about itself, read without checking its signature (only Akamai
// can). The value is a secret; nothing here puts it into a message.
class JwtClaims
{
public:
    // A legacy token as GET /tokens/{name} answers it may carry only name, uuid, expiry and value (the
    // legacy OpenAPI): fills in the networks ("env"), namespaces and permissions ("namespace-<ns>"),
    // EdgeWorker IDs ("ewids") and CP code ("cpc") from its JWT, as the official CLI does. Does nothing
    // for tokens that have details, have no value, or whose value names no namespace.
    static void completeFromValue(Token& token);
};

} // namespace edgekv::cli
