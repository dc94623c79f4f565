#pragma once

#include <QByteArray>

namespace edgekv {

// Compares secrets without an early exit, so the time taken does not reveal how many leading bytes match.
inline bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    const qsizetype length = qMax(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        difference |= static_cast<unsigned>(x ^ y);
    }
    return difference == 0;
}

} // namespace edgekv
