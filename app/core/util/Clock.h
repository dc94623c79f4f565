#pragma once

#include <QDate>
#include <QDateTime>

namespace edgekv {

// The one source of "now" for everything that depends on the date: expiry status,
// EdgeGrid timestamps, the sandbox's token dates. Tests inject a MockClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // EdgeKV dates (expiry, issue, refresh) are calendar days in UTC.
    QDate todayUtc() const { return nowUtc().date(); }

    // The process-wide real clock.
    static const Clock& system();
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that stands still until told otherwise; exact for boundary tests.
class MockClock : public Clock
{
public:
    explicit MockClock(const QDateTime& nowUtc);
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime& nowUtc);
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace edgekv
