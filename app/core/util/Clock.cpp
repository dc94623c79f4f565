#include "util/Clock.h"

namespace edgekv {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

MockClock::MockClock(const QDateTime& nowUtc)
{
    setNowUtc(nowUtc);
}

void MockClock::setNowUtc(const QDateTime& nowUtc)
{
    m_now = nowUtc.toUTC();
}

} // namespace edgekv
