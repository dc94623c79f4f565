#pragma once

#include "api/Token.h"

namespace edgekv {

// How what the API says about a token now combines with what was known about it before. The list and the
// details answers carry different fields (EDGEKV_API.md §1.2, §1.3); neither may erase what the other told.
namespace TokenMerge {

// A fresh list item (name, uuid, dates, activation) for a row that knows more. The details already known
// stay when the uuid is the same token's; a token re-created under the same name starts over.
Token listItemOver(const Token& known, const Token& listItem);

// A GET /tokens/{name} answer over the row's token: fields the answer leaves out (a legacy answer has no
// dates but the expiry) keep their known values; a legacy answer's details come from its JWT claims.
Token answerOver(const Token& known, const Token& answer);

} // namespace TokenMerge

} // namespace edgekv
