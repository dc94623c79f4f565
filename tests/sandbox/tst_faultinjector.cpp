// FaultInjector and FaultRule: seeded, reproducible fault decisions.
#include "FaultInjector.h"

#include <QTest>

using namespace edgekv;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void parsesRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("rate");
        QTest::newRow("500") << QStringLiteral("500:0.1") << true << int(FaultKind::InternalError500) << 0.1;
        QTest::newRow("503") << QStringLiteral("503:1") << true << int(FaultKind::Unavailable503) << 1.0;
        QTest::newRow("429") << QStringLiteral("429:0") << true << int(FaultKind::TooManyRequests429) << 0.0;
        QTest::newRow("reset") << QStringLiteral("reset:0.5") << true << int(FaultKind::Reset) << 0.5;
        QTest::newRow("malformed") << QStringLiteral("malformed:0.25") << true << int(FaultKind::Malformed)
                                   << 0.25;
        QTest::newRow("stall") << QStringLiteral("stall:.01") << true << int(FaultKind::Stall) << 0.01;
        QTest::newRow("no rate") << QStringLiteral("500") << false << 0 << 0.0;
        QTest::newRow("rate above 1") << QStringLiteral("500:1.5") << false << 0 << 0.0;
        QTest::newRow("negative rate") << QStringLiteral("500:-0.1") << false << 0 << 0.0;
        QTest::newRow("not a number") << QStringLiteral("500:often") << false << 0 << 0.0;
        QTest::newRow("unknown kind") << QStringLiteral("404:0.5") << false << 0 << 0.0;
    }

    void parsesRules()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(double, rate);
        QString error;
        const std::optional<FaultRule> rule = FaultRule::parse(text, &error);
        QCOMPARE(rule.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid) {
            QCOMPARE(int(rule->kind), kind);
            QCOMPARE(rule->rate, rate);
            QCOMPARE(FaultRule::kindFromName(FaultRule::kindName(rule->kind)),
                     std::optional<FaultKind>(rule->kind));
        }
    }

    void sameSeedSameFaults()
    {
        const QList<FaultRule> rules = {{FaultKind::Reset, 0.2}, {FaultKind::Unavailable503, 0.3}};
        FaultInjector a;
        FaultInjector b;
        a.setRules(rules, 42);
        b.setRules(rules, 42);
        QList<std::optional<FaultKind>> first;
        QList<std::optional<FaultKind>> second;
        for (int i = 0; i < 500; ++i) {
            first << a.draw();
            second << b.draw();
        }
        QCOMPARE(first, second);
        QVERIFY(first.contains(std::optional<FaultKind>(FaultKind::Reset)));
        QVERIFY(first.contains(std::optional<FaultKind>(FaultKind::Unavailable503)));
        QVERIFY(first.contains(std::optional<FaultKind>()));
        b.setRules(rules, 43);
        QList<std::optional<FaultKind>> third;
        for (int i = 0; i < 500; ++i)
            third << b.draw();
        QVERIFY(third != first);
    }

    void ratesAreRespected()
    {
        FaultInjector injector;
        injector.setRules({{FaultKind::Malformed, 0.0}}, 7);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!injector.draw());
        injector.setRules({{FaultKind::Malformed, 1.0}}, 7);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(injector.draw(), std::optional<FaultKind>(FaultKind::Malformed));
        injector.setRules({{FaultKind::Malformed, 0.25}}, 7);
        int hits = 0;
        for (int i = 0; i < 10000; ++i)
            hits += injector.draw().has_value() ? 1 : 0;
        QVERIFY2(hits > 2200 && hits < 2800, qPrintable(QString::number(hits)));
    }

    void randomSeedWhenZero()
    {
        FaultInjector injector;
        injector.setRules({}, 0);
        QVERIFY(injector.seed() != 0);
        QVERIFY(!injector.draw());
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
