#include "util/Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace edgekv;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsUtcAndCurrent()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().nowUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before.addSecs(-1));
        QVERIFY(now <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void mockClockStandsStillAndAdvances()
    {
        MockClock clock(QDateTime(QDate(2026, 11, 28), QTime(23, 59, 59), QTimeZone::utc()));
        QCOMPARE(clock.todayUtc(), QDate(2026, 11, 28));
        clock.advanceSeconds(1);
        QCOMPARE(clock.todayUtc(), QDate(2026, 11, 29));
        clock.advanceDays(3);
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 12, 2), QTime(0, 0, 0), QTimeZone::utc()));
    }

    void mockClockConvertsLocalTimesToUtc()
    {
        const QDateTime inBerlin(QDate(2026, 6, 1), QTime(1, 30), QTimeZone("Europe/Berlin"));
        MockClock clock(inBerlin);
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        // 01:30 in Berlin summer time is still the previous day in UTC.
        QCOMPARE(clock.todayUtc(), QDate(2026, 5, 31));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
