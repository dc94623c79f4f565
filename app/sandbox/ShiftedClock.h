#pragma once

#include "util/Clock.h"

namespace edgekv {

// The real clock moved by whole days so that the date starts as a chosen day (edgekv-sandbox --today):
// dates are reproducible while the time of day keeps running, so activation delays and timeouts still
// elapse. A MockClock would stand still.
class ShiftedClock : public Clock
{
public:
    ShiftedClock(const QDate& todayUtc, const Clock& base = Clock::system())
        : m_base(base), m_offsetDays(base.todayUtc().daysTo(todayUtc))
    {}
    QDateTime nowUtc() const override { return m_base.nowUtc().addDays(m_offsetDays); }
    qint64 offsetDays() const { return m_offsetDays; }

private:
    const Clock& m_base;
    qint64 m_offsetDays;
};

} // namespace edgekv
