#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QByteArray>
#include <QList>

namespace edgekv {

// Writes edgekv_tokens.js exactly as edgekv.js imports it (spec/EDGEKV_API.md §4.1, §5):
//
//   var edgekv_access_tokens = {
//     "namespace-<ns>": {
//       "name": "<token name>",
//       "value": "<JWT>"            (legacy) or "reference": "<uuid>" (enhanced)
//     }
//   }
//   export { edgekv_access_tokens };
//
// The object is strict JSON (so the official CLI can merge into the file too), keys sorted, two-space
// indent, LF line ends, a trailing newline, UTF-8 without BOM. There is no ";" after the closing brace
// on purpose: the CLI JSON.parse()s everything between "=" and the export statement and would fail on it.
// Inside an entry "name", "value" and "reference" come first, any other field (kept from an existing
// file) follows in key order, written as compact JSON.
class TokenFileFormat
{
public:
    static QByteArray serialize(const TokenFileObject& object);
    // Convenience for a fresh file; entries with the same namespace: the last one wins.
    static QByteArray serialize(const QList<TokenFileEntry>& entries);
};

} // namespace edgekv
