#include "api/Token.h"

#include <QFile>
#include <QJsonArray>
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

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void enhancedTokenFromTheGoFixture()
    {
        const Token token = Token::fromJson(parse(R"({
            "name": "devexp-token-1", "uuid": "1ab0e94b-c47e-568e-ab3e-1921ffcefe0c",
            "allowOnProduction": true, "allowOnStaging": false, "cpcode": "1234567",
            "expiry": "9999-12-31", "issueDate": "2022-04-30", "latestRefreshDate": null,
            "nextScheduledRefreshDate": "2022-06-30",
            "namespacePermissions": {"default": ["r","w","d"], "devexp-jsmith-test": ["r","w"]},
            "restrictToEdgeWorkerIds": ["1234", "5678"], "tokenActivationStatus": "IN_PROGRESS"})"));
        QCOMPARE(token.name, QStringLiteral("devexp-token-1"));
        QCOMPARE(token.uuid, QStringLiteral("1ab0e94b-c47e-568e-ab3e-1921ffcefe0c"));
        QCOMPARE(token.model, Token::Model::Enhanced);
        QVERIFY(token.expiresNever());
        QCOMPARE(token.issueDate, QDate(2022, 4, 30));
        QVERIFY(!token.latestRefreshDate.isValid());
        QCOMPARE(token.nextScheduledRefreshDate, QDate(2022, 6, 30));
        QCOMPARE(token.activationStatus, Token::ActivationStatus::InProgress);
        QVERIFY(token.allowOnProduction);
        QVERIFY(!token.allowOnStaging);
        QCOMPARE(token.cpcode, QStringLiteral("1234567"));
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("default")), QStringLiteral("rwd"));
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("devexp-jsmith-test")),
                 QStringLiteral("rw"));
        QCOMPARE(token.restrictToEdgeWorkerIds,
                 QStringList({QStringLiteral("1234"), QStringLiteral("5678")}));
        QVERIFY(token.value.isEmpty());
        QVERIFY(token.hasDetails);
    }

    void legacyCreateAnswerFromTheOfficialExample()
    {
        const Token token = Token::fromJson(officialExample("post-tokens-200.json"));
        QCOMPARE(token.name, QStringLiteral("my_token"));
        QCOMPARE(token.uuid, QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466"));
        QCOMPARE(token.model, Token::Model::Legacy);
        QCOMPARE(token.expiry, QDate(2021, 9, 30));
        QVERIFY(!token.expiresNever());
        QCOMPARE(token.value, QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        QVERIFY(!token.hasDetails);
        QCOMPARE(token.activationStatus, Token::ActivationStatus::Unknown);
    }

    void legacyListFromTheOfficialExample()
    {
        const QJsonArray items =
            officialExample("list-tokens-200.json").value(QLatin1String("tokens")).toArray();
        QCOMPARE(items.size(), 2);
        const Token first = Token::fromJson(items.at(0).toObject());
        QCOMPARE(first.name, QStringLiteral("token1"));
        QCOMPARE(first.uuid, QStringLiteral("12886ccf-7662-5f19-b039-766740ce227f"));
        QCOMPARE(first.expiry, QDate(2021, 9, 30));
        QCOMPARE(first.model, Token::Model::Legacy); // a real expiry date, no value in a list
        QVERIFY(!first.hasDetails);
        QVERIFY(first.namespacePermissions.isEmpty());
    }

    void enhancedListItem()
    {
        const Token token = Token::fromJson(parse(R"({"name": "my_token",
            "uuid": "8301fef4-80e5-5efb-9bfb-8f5869a5df7b", "expiry": "9999-12-31", "issueDate": "2024-09-10",
            "latestRefreshDate": "2024-11-10", "nextScheduledRefreshDate": "2025-01-10",
            "tokenActivationStatus": "COMPLETE"})"));
        QCOMPARE(token.model, Token::Model::Enhanced);
        QCOMPARE(token.latestRefreshDate, QDate(2024, 11, 10));
        QCOMPARE(token.activationStatus, Token::ActivationStatus::Complete);
        QVERIFY(!token.hasDetails);
    }

    void modelRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("model");
        const int legacy = int(Token::Model::Legacy);
        const int enhanced = int(Token::Model::Enhanced);
        QTest::newRow("value and never-expiry")
            << QByteArray(R"({"expiry":"9999-12-31","value":"jwt"})") << legacy;
        QTest::newRow("real expiry") << QByteArray(R"({"expiry":"2025-01-01"})") << legacy;
        QTest::newRow("never-expiry") << QByteArray(R"({"expiry":"9999-12-31"})") << enhanced;
        QTest::newRow("no expiry, no value") << QByteArray(R"({"name":"x"})") << enhanced;
        QTest::newRow("empty expiry (CLI quirk)") << QByteArray(R"({"expiry":""})") << enhanced;
        QTest::newRow("null value") << QByteArray(R"({"expiry":"9999-12-31","value":null})") << enhanced;
        QTest::newRow("expiry with time") << QByteArray(R"({"expiry":"2025-01-01T00:00:00Z"})") << legacy;
    }
    void modelRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, model);
        QCOMPARE(int(Token::fromJson(QJsonDocument::fromJson(json).object()).model), model);
    }

    void toleratesMissingNullAndOddTypes()
    {
        const Token empty = Token::fromJson(QJsonObject());
        QVERIFY(empty.name.isEmpty());
        QVERIFY(!empty.expiry.isValid());
        QVERIFY(!empty.hasDetails);

        const Token odd = Token::fromJson(parse(R"({"name": "t", "uuid": null, "expiry": 12,
            "issueDate": "not a date", "allowOnStaging": "true", "allowOnProduction": "false",
            "cpcode": 1234567, "namespacePermissions": {"a": "wr", "b": ["d", "r", "x"], "c": null},
            "restrictToEwids": [42, "43"], "tokenActivationStatus": "error"})"));
        QVERIFY(odd.uuid.isEmpty());
        QVERIFY(!odd.expiry.isValid());
        QVERIFY(!odd.issueDate.isValid());
        QVERIFY(odd.allowOnStaging);
        QVERIFY(!odd.allowOnProduction);
        QCOMPARE(odd.cpcode, QStringLiteral("1234567"));
        QCOMPARE(odd.namespacePermissions.value(QStringLiteral("a")), QStringLiteral("rw"));
        QCOMPARE(odd.namespacePermissions.value(QStringLiteral("b")), QStringLiteral("rd"));
        QCOMPARE(odd.namespacePermissions.value(QStringLiteral("c")), QString());
        QCOMPARE(odd.restrictToEdgeWorkerIds, QStringList({QStringLiteral("42"), QStringLiteral("43")}));
        QCOMPARE(odd.activationStatus, Token::ActivationStatus::Error);
        QVERIFY(odd.hasDetails);
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("my_token") << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("digits and dash") << QStringLiteral("t-1_2") << true;
        QTest::newRow("leading underscore") << QStringLiteral("_t") << true;
        QTest::newRow("32 chars") << QString(32, QLatin1Char('a')) << true;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << QStringLiteral("-t") << false;
        QTest::newRow("semicolon") << QStringLiteral(";") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("percent") << QStringLiteral("a%2F") << false;
        QTest::newRow("unicode") << QStringLiteral("tökén") << false;
        QTest::newRow("trailing newline") << QStringLiteral("abc\n") << false;
    }
    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Token::isValidName(name), valid);
    }

    void activationStatusNames()
    {
        for (auto status : {Token::ActivationStatus::InProgress, Token::ActivationStatus::Complete,
                            Token::ActivationStatus::Error})
            QCOMPARE(Token::activationStatusFromName(Token::activationStatusName(status)), status);
        QCOMPARE(Token::activationStatusName(Token::ActivationStatus::Unknown), QString());
        QCOMPARE(Token::activationStatusFromName(QStringLiteral("SOMETHING_NEW")),
                 Token::ActivationStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
