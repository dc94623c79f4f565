#include "tokens/TokenMerge.h"

#include "tokens/LegacyJwtClaims.h"

namespace edgekv {

namespace {

void copyDetailFields(Token& to, const Token& from)
{
    to.namespacePermissions = from.namespacePermissions;
    to.allowOnStaging = from.allowOnStaging;
    to.allowOnProduction = from.allowOnProduction;
    to.restrictToEdgeWorkerIds = from.restrictToEdgeWorkerIds;
    to.cpcode = from.cpcode;
    to.hasDetails = from.hasDetails;
}

} // namespace

Token TokenMerge::listItemOver(const Token& known, const Token& listItem)
{
    Token item = listItem;
    LegacyJwtClaims::apply(item);
    if (item.hasDetails || !known.hasDetails || known.uuid != item.uuid)
        return item;

    Token merged = known;
    if (item.expiry.isValid()) {
        merged.expiry = item.expiry;
        if (merged.value.isEmpty())
            merged.model = item.model;
    }
    if (item.issueDate.isValid())
        merged.issueDate = item.issueDate;
    merged.latestRefreshDate = item.latestRefreshDate;
    if (item.nextScheduledRefreshDate.isValid())
        merged.nextScheduledRefreshDate = item.nextScheduledRefreshDate;
    if (item.activationStatus != Token::ActivationStatus::Unknown)
        merged.activationStatus = item.activationStatus;
    return merged;
}

Token TokenMerge::answerOver(const Token& known, const Token& answer)
{
    Token merged = answer;
    if (merged.uuid.isEmpty())
        merged.uuid = known.uuid;
    const bool sameToken = merged.uuid == known.uuid;
    if (!merged.expiry.isValid() && merged.value.isEmpty()) {
        merged.expiry = known.expiry;
        merged.model = known.model;
    }
    if (!merged.issueDate.isValid())
        merged.issueDate = known.issueDate;
    if (!merged.latestRefreshDate.isValid())
        merged.latestRefreshDate = known.latestRefreshDate;
    if (!merged.nextScheduledRefreshDate.isValid())
        merged.nextScheduledRefreshDate = known.nextScheduledRefreshDate;
    if (merged.activationStatus == Token::ActivationStatus::Unknown)
        merged.activationStatus = known.activationStatus;
    if (merged.value.isEmpty() && sameToken)
        merged.value = known.value;
    LegacyJwtClaims::apply(merged);
    if (!merged.hasDetails && known.hasDetails && sameToken)
        copyDetailFields(merged, known);
    return merged;
}

} // namespace edgekv
