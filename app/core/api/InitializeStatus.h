#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace edgekv {

// GET /initialize (EDGEKV_API.md §2.3): whether the account can use EdgeKV at all. The API answers 404 with
// this same shape (every status UNINITIALIZED) for an account that was never initialized.
struct InitializeStatus
{
    enum class State { Unknown, Initialized, Uninitialized, Pending };

    State accountStatus = State::Unknown;
    State productionStatus = State::Unknown;
    State stagingStatus = State::Unknown;
    QString cpcode;
    std::optional<bool> restrictDataAccess;
    std::optional<bool> allowNamespacePolicyOverride;

    bool isInitialized() const { return accountStatus == State::Initialized; }

    static InitializeStatus fromJson(const QJsonObject& json);
    // True when json has the shape of this answer (an accountStatus field); tells the 404 "not initialized"
    // answer apart from an error body.
    static bool looksLikeStatus(const QJsonObject& json);
    static State stateFromName(const QString& name); // "INITIALIZED", "UNINITIALIZED", "PENDING"

    bool operator==(const InitializeStatus& other) const;
    bool operator!=(const InitializeStatus& other) const { return !(*this == other); }
};

} // namespace edgekv
