#include "api/InitializeStatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace edgekv;

namespace {

QJsonObject officialExample(const char* name)
{
    QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestInitializeStatus : public QObject
{
    Q_OBJECT

private slots:
    void initialized()
    {
        const QJsonObject json = officialExample("initialize-200.json");
        QVERIFY(InitializeStatus::looksLikeStatus(json));
        const InitializeStatus status = InitializeStatus::fromJson(json);
        QVERIFY(status.isInitialized());
        QCOMPARE(status.productionStatus, InitializeStatus::State::Initialized);
        QCOMPARE(status.stagingStatus, InitializeStatus::State::Initialized);
        QCOMPARE(status.cpcode, QStringLiteral("1234567"));
        QCOMPARE(status.restrictDataAccess, std::optional<bool>(true));
        QCOMPARE(status.allowNamespacePolicyOverride, std::optional<bool>(false));
    }

    void uninitializedAnswerOf404()
    {
        const QJsonObject json = officialExample("initialize-404.json");
        QVERIFY(InitializeStatus::looksLikeStatus(json));
        const InitializeStatus status = InitializeStatus::fromJson(json);
        QVERIFY(!status.isInitialized());
        QCOMPARE(status.accountStatus, InitializeStatus::State::Uninitialized);
        QVERIFY(status.cpcode.isEmpty());
        QVERIFY(!status.restrictDataAccess.has_value());
    }

    void pending()
    {
        const InitializeStatus status = InitializeStatus::fromJson(officialExample("initialize-102.json"));
        QCOMPARE(status.accountStatus, InitializeStatus::State::Pending);
    }

    void anErrorBodyIsNotAStatus()
    {
        QVERIFY(!InitializeStatus::looksLikeStatus(officialExample("initialize-400.json")));
        QVERIFY(!InitializeStatus::looksLikeStatus(QJsonObject()));
        QCOMPARE(InitializeStatus::fromJson(QJsonObject()).accountStatus, InitializeStatus::State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestInitializeStatus)
#include "tst_initializestatus.moc"
