#pragma once

#include "api/TokenCreateRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace edgekv {

// The create form's plain-language summary of a request: the name and kind of token, the networks, the
// EdgeWorkers and the namespaces with their permissions (rich text, every user-typed value escaped).
class CreateTokenSummary
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::CreateTokenSummary)

public:
    static QString html(const TokenCreateRequest& request, const QDate& todayUtc);
    static QString networks(const TokenCreateRequest& request);
    static QString edgeWorkers(const TokenCreateRequest& request);
    static QString namespaces(const TokenCreateRequest& request);
};

} // namespace edgekv
