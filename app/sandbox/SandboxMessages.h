#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace edgekv {

// One request as the sandbox received it, before any interpretation.
struct SandboxRequest
{
    QByteArray method;        // upper case
    QByteArray scheme;        // "http" or "https": what this connection actually is
    QByteArray host;          // the Host header as received
    QByteArray rawTarget;     // the request-target exactly as on the request line
    QByteArray authorization; // the Authorization header (a secret: never logged)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress clientAddress;
    QHostAddress serverAddress;
};

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// One answer, before faults and latency are applied.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    SandboxHeaders headers;
};

} // namespace edgekv
