#include "TarTestUtil.h"
#include "tokenfile/BundleChecker.h"
#include "tokenfile/TokenFileFormat.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;
using namespace tokenfiletest;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
const QString Uuid = QStringLiteral("fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466");

QString jwt(const QJsonObject& claims)
{
    const auto part = [](const QJsonObject& object) {
        return QString::fromLatin1(
            QJsonDocument(object)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                            {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
           QLatin1Char('.') + part(claims) + QStringLiteral(".c2lnbmF0dXJl");
}

// A legacy value for namespace ns that expires `seconds` from Now.
QString legacyValue(const QString& ns, qint64 seconds)
{
    return jwt(QJsonObject{{QStringLiteral("namespace-") + ns, QJsonArray{QStringLiteral("r")}},
                           {QStringLiteral("exp"), Now.toSecsSinceEpoch() + seconds}});
}

BundleCheckResult checkText(const QByteArray& text, BundleCheckOptions options = {})
{
    static const MockClock clock(Now);
    options.clock = &clock;
    return BundleChecker::checkTokenFile(text, QStringLiteral("edgekv_tokens.js"), QByteArray(), QString(),
                                         options);
}

QStringList codes(const CheckedEntry& entry)
{
    QStringList result;
    for (const CheckFinding& finding : entry.findings)
        result << finding.code;
    return result;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TarItem item(const QString& path, const QByteArray& data)
{
    TarItem result;
    result.path = path;
    result.data = data;
    return result;
}

} // namespace

class TestBundleChecker : public QObject
{
    Q_OBJECT

private slots:
    void aHealthyFileIsAllWell()
    {
        const QByteArray text = TokenFileFormat::serialize(
            {TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("old"),
                                    legacyValue(QStringLiteral("default"), 100 * 86400)),
             TokenFileEntry::enhanced(QStringLiteral("marketing"), QStringLiteral("new"), Uuid)});
        const BundleCheckResult result = checkText(text);
        QCOMPARE(result.entries.size(), 2);
        QCOMPARE(result.exitCode(), 0);
        QCOMPARE(result.entries.at(0).ns, QStringLiteral("default"));
        QCOMPARE(result.entries.at(0).kind, CheckedEntry::Kind::Legacy);
        QCOMPARE(result.entries.at(0).line, 2);
        QCOMPARE(result.entries.at(0).expiry, Now.addDays(100));
        QCOMPARE(result.entries.at(1).kind, CheckedEntry::Kind::Enhanced);
        QVERIFY(!result.entries.at(1).expiry.isValid());
        QVERIFY(
            result.checksNotMade.join(QLatin1Char(' ')).contains(QStringLiteral("no account is connected")));
    }

    void judgesLegacyExpiryOffline_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("warnDays");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("expired yesterday") << qint64(-86400) << 30 << QStringLiteral("expired") << 2;
        QTest::newRow("expires this second") << qint64(0) << 30 << QStringLiteral("expired") << 2;
        QTest::newRow("in 10 days") << qint64(10 * 86400) << 30 << QStringLiteral("expiring") << 1;
        QTest::newRow("in 30 days, the last warned day")
            << qint64(30 * 86400) << 30 << QStringLiteral("expiring") << 1;
        QTest::newRow("in 31 days") << qint64(31 * 86400) << 30 << QString() << 0;
        QTest::newRow("in 10 days, warned 5 days ahead") << qint64(10 * 86400) << 5 << QString() << 0;
    }

    void judgesLegacyExpiryOffline()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, warnDays);
        QFETCH(QString, code);
        QFETCH(int, exitCode);
        const QString value = legacyValue(QStringLiteral("ns1"), seconds);
        BundleCheckOptions options;
        options.warnDays = warnDays;
        const BundleCheckResult result =
            checkText(TokenFileFormat::serialize(
                          {TokenFileEntry::legacy(QStringLiteral("ns1"), QStringLiteral("tok"), value)}),
                      options);
        QCOMPARE(result.exitCode(), exitCode);
        QCOMPARE(codes(result.entries.first()), code.isEmpty() ? QStringList() : QStringList{code});
        for (const CheckFinding& finding : result.entries.first().findings)
            QVERIFY(!finding.message.contains(value));
    }

    void namesTheSameExpiryDayAsTheTokenTable()
    {
        // A legacy JWT's exp is midnight UTC after its last valid day; the message names that last day and
        // counts the days to it, as the API's expiry date and the table do.
        const QDate lastDay = Now.date().addDays(3);
        const QString value = jwt(QJsonObject{
            {QStringLiteral("namespace-ns1"), QJsonArray{QStringLiteral("r")}},
            {QStringLiteral("exp"), QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()}});
        const BundleCheckResult result = checkText(TokenFileFormat::serialize(
            {TokenFileEntry::legacy(QStringLiteral("ns1"), QStringLiteral("tok"), value)}));
        QCOMPARE(codes(result.entries.first()), QStringList{QStringLiteral("expiring")});
        const QString message = result.entries.first().findings.first().message;
        QVERIFY2(message.contains(lastDay.toString(Qt::ISODate)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("3 day")), qPrintable(message));
    }

    void findsWhatEdgeKvJsCannotRead()
    {
        // The official CLI's enhanced output (bare key), an entry with neither field, a non-object, a JWT for
        // another namespace, a value that is no JWT.
        const QByteArray text =
            "var edgekv_access_tokens = {\n\"myspace\" : { \n\"name\": \"tok\",\n\"reference\" : \"" +
            Uuid.toUtf8() +
            "\"\n},\n\"namespace-empty\": {\"name\": \"tok\"},\n\"namespace-odd\": "
            "\"x\",\n\"namespace-other\": {\"name\": "
            "\"t\", \"value\": \"" +
            legacyValue(QStringLiteral("default"), 86400 * 90).toUtf8() +
            "\"},\n\"namespace-garbage\": {\"name\": \"g\", \"value\": \"not-a-jwt\"}\n}\nexport { "
            "edgekv_access_tokens };\n";
        const BundleCheckResult result = checkText(text);
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.entries.size(), 5);
        // In file order.
        QCOMPARE(result.entries.at(0).key, QStringLiteral("myspace"));
        QCOMPARE(result.entries.at(0).ns, QStringLiteral("myspace"));
        QCOMPARE(codes(result.entries.at(0)), QStringList{QStringLiteral("bare-key")});
        QVERIFY(
            result.entries.at(0).findings.first().message.contains(QStringLiteral("MISSING ACCESS TOKEN")));
        QCOMPARE(codes(result.entries.at(1)), QStringList{QStringLiteral("no-token")});
        QCOMPARE(result.entries.at(1).kind, CheckedEntry::Kind::None);
        QCOMPARE(codes(result.entries.at(2)), QStringList{QStringLiteral("not-an-entry")});
        QCOMPARE(codes(result.entries.at(3)), QStringList{QStringLiteral("wrong-namespace")});
        QVERIFY(result.entries.at(3).findings.first().message.contains(QStringLiteral("it covers default")));
        QCOMPARE(codes(result.entries.at(4)), QStringList{QStringLiteral("unreadable-jwt")});
        QCOMPARE(result.entries.at(4).severity(), CheckSeverity::Warning);
    }

    void reportsAnUnparseableFileWithItsLine()
    {
        const BundleCheckResult result = checkText(
            "var edgekv_access_tokens = {\n  \"namespace-a\": {\"name\": \"t\", \"value\": \"v\"},\n}\n");
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.fileFindings.size(), 1);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("unparseable"));
        QVERIFY(result.fileFindings.first().message.startsWith(
            QStringLiteral("edgekv_tokens.js, line 2: A trailing comma")));
    }

    void usesTheAccountWhenGiven()
    {
        const QString noExp =
            jwt(QJsonObject{{QStringLiteral("namespace-legacy"), QJsonArray{QStringLiteral("r")}}});
        const QByteArray text = TokenFileFormat::serialize(
            {TokenFileEntry::enhanced(QStringLiteral("fine"), QStringLiteral("fine"), Uuid),
             TokenFileEntry::enhanced(QStringLiteral("gone"), QStringLiteral("revoked"), Uuid),
             TokenFileEntry::enhanced(QStringLiteral("mismatch"), QStringLiteral("other"), Uuid),
             TokenFileEntry::enhanced(QStringLiteral("wait"), QStringLiteral("activating"), Uuid),
             TokenFileEntry::legacy(QStringLiteral("legacy"), QStringLiteral("legacy"), noExp)});
        BundleCheckOptions options;
        QHash<QString, KnownToken> known;
        known.insert(QStringLiteral("fine"),
                     KnownToken{Uuid, QDate(9999, 12, 31), KnownToken::Activation::Complete});
        known.insert(QStringLiteral("other"),
                     KnownToken{QStringLiteral("0b9c3f52-7d3e-4c1a-9f0e-2a4b6c8d0e1f"), QDate(),
                                KnownToken::Activation::Complete});
        known.insert(QStringLiteral("activating"),
                     KnownToken{Uuid, QDate(), KnownToken::Activation::InProgress});
        known.insert(QStringLiteral("legacy"),
                     KnownToken{QString(), Now.date().addDays(-1), KnownToken::Activation::Complete});
        options.knownTokens = known;
        const BundleCheckResult result = checkText(text, options);
        QHash<QString, QStringList> byNamespace;
        for (const CheckedEntry& entry : result.entries)
            byNamespace.insert(entry.ns, codes(entry));
        QCOMPARE(byNamespace.value(QStringLiteral("fine")), QStringList());
        QCOMPARE(byNamespace.value(QStringLiteral("gone")), QStringList{QStringLiteral("unknown-token")});
        QCOMPARE(byNamespace.value(QStringLiteral("mismatch")),
                 QStringList{QStringLiteral("reference-mismatch")});
        QCOMPARE(byNamespace.value(QStringLiteral("wait")), QStringList{QStringLiteral("activating")});
        QCOMPARE(byNamespace.value(QStringLiteral("legacy")),
                 (QStringList{QStringLiteral("no-exp"), QStringLiteral("expired")}));
        QCOMPARE(result.exitCode(), 2);
        QVERIFY(!result.checksNotMade.join(QLatin1Char(' ')).contains(QStringLiteral("account")));
    }

    void checksAFolderAndItsEdgeKvJs()
    {
        QTemporaryDir dir;
        BundleCheckResult result = BundleChecker::check(dir.path());
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("no-token-file"));

        writeFile(dir.filePath(QStringLiteral("edgekv_tokens.js")),
                  TokenFileFormat::serialize(
                      {TokenFileEntry::enhanced(QStringLiteral("a"), QStringLiteral("t"), Uuid)}));
        writeFile(dir.filePath(QStringLiteral("edgekv.js")), "/*\nVersion: 0.6.1\n*/\n");
        result = BundleChecker::check(dir.path());
        QCOMPARE(result.tokenFilePath, dir.filePath(QStringLiteral("edgekv_tokens.js")));
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("edgekv-js-too-old"));

        writeFile(dir.filePath(QStringLiteral("edgekv.js")), "/*\nVersion: 0.6.3\n*/\n");
        result = BundleChecker::check(dir.filePath(QStringLiteral("edgekv_tokens.js")));
        QCOMPARE(result.exitCode(), 0);

        result = BundleChecker::check(dir.filePath(QStringLiteral("missing")));
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("unreadable"));
    }

    void checksABundle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.tgz"));
        const QByteArray tokens = TokenFileFormat::serialize(
            {TokenFileEntry::enhanced(QStringLiteral("a"), QStringLiteral("t"), Uuid)});
        // edgekv.js in lib/ imports lib/edgekv_tokens.js; a top-level token file is never read.
        writeFile(path, buildTar({item(QStringLiteral("bundle.json"), "{}"),
                                  item(QStringLiteral("lib/edgekv.js"), "/*\nVersion: 0.6.3\n*/\n"),
                                  item(QStringLiteral("edgekv_tokens.js"), tokens)}));
        BundleCheckResult result = BundleChecker::check(path);
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("token-file-misplaced"));

        writeFile(path, buildTar({item(QStringLiteral("bundle.json"), "{}"),
                                  item(QStringLiteral("lib/edgekv.js"), "/*\nVersion: 0.6.3\n*/\n"),
                                  item(QStringLiteral("lib/edgekv_tokens.js"), tokens)}));
        result = BundleChecker::check(path);
        QCOMPARE(result.tokenFilePath, path + QStringLiteral(":lib/edgekv_tokens.js"));
        QCOMPARE(result.exitCode(), 0);
        QCOMPARE(result.entries.size(), 1);

        writeFile(path, buildTar({item(QStringLiteral("main.js"), "x")}));
        result = BundleChecker::check(path);
        QCOMPARE(result.fileFindings.first().code, QStringLiteral("unreadable"));
        QVERIFY(result.fileFindings.first().message.contains(QStringLiteral("bundle.json")));
    }

    void decodesJwtClaimsWithoutCheckingTheSignature()
    {
        const auto claims = BundleChecker::jwtClaims(legacyValue(QStringLiteral("x"), 5));
        QVERIFY(claims);
        QCOMPARE(qint64(claims->value(QStringLiteral("exp")).toDouble()), Now.toSecsSinceEpoch() + 5);
        QVERIFY(!BundleChecker::jwtClaims(QStringLiteral("a.b")));
        QVERIFY(!BundleChecker::jwtClaims(QStringLiteral("a.!!!.c")));
        QVERIFY(!BundleChecker::jwtClaims(QStringLiteral("a.bm90IGpzb24.c")));
    }
};

QTEST_GUILESS_MAIN(TestBundleChecker)
#include "tst_bundlechecker.moc"
