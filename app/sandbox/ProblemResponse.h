#pragma once

#include "SandboxMessages.h"

#include <QDateTime>
#include <QString>

namespace edgekv {

// application/problem+json bodies in the two shapes of EDGEKV_API.md §1.6.
class ProblemResponse
{
public:
    // (a) From the EdgeKV service: type, title, detail, status, instance, errorCode,
    // additionalDetail.requestId.
    static SandboxResponse edgeKv(int status, const QString& errorCode, const QString& detail);
    // (b) From the gateway (EDGEGRID.md §5.7): type, title, status, detail, instance, method, serverIp,
    // clientIp, requestId, requestTime. 401 is "Not authorized" (pep-authn/deny), anything else "Bad
    // request".
    static SandboxResponse gateway(int status, const QString& detail, const SandboxRequest& request,
                                   const QDateTime& nowUtc);

    static QString edgeKvTitle(int status);
    // 16 lower-case hex digits, like Akamai's request ids.
    static QString newRequestId();
};

} // namespace edgekv
