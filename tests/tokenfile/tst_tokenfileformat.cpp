#include "TokenFileTestData.h"
#include "tokenfile/TokenFileFormat.h"
#include "tokenfile/TokenFileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;
using namespace tokenfiletest;

class TestTokenFileFormat : public QObject
{
    Q_OBJECT

private slots:
    void writesGoldenFiles_data()
    {
        QTest::addColumn<QList<TokenFileEntry>>("entries");
        QTest::addColumn<QString>("goldenFile");
        QTest::newRow("legacy") << legacyEntries() << QStringLiteral("legacy.js");
        QTest::newRow("enhanced") << enhancedEntries() << QStringLiteral("enhanced.js");
        QTest::newRow("mixed, sorted by key, escaped") << mixedEntries() << QStringLiteral("mixed.js");
        QTest::newRow("empty") << QList<TokenFileEntry>() << QStringLiteral("empty.js");
    }

    void writesGoldenFiles()
    {
        QFETCH(QList<TokenFileEntry>, entries);
        QFETCH(QString, goldenFile);
        const QByteArray written = TokenFileFormat::serialize(entries);
        QCOMPARE(written, golden(goldenFile));

        // Any input order gives the same bytes.
        std::reverse(entries.begin(), entries.end());
        QCOMPARE(TokenFileFormat::serialize(entries), golden(goldenFile));
    }

    void keepsExtraFieldsAndOddValuesInAStableLayout()
    {
        TokenFileObject object;
        QJsonObject entry{{QStringLiteral("value"), QStringLiteral("abc.def.ghi")},
                          {QStringLiteral("nested"),
                           QJsonObject{{QStringLiteral("b"), QStringLiteral("x")},
                                       {QStringLiteral("a"), QJsonArray{1, 2.5, true, QJsonValue()}}}},
                          {QStringLiteral("expiry"), QStringLiteral("2026-12-31")},
                          {QStringLiteral("name"), QStringLiteral("my_token")},
                          {QStringLiteral("comment"), QStringLiteral("kept")}};
        object.insert(QStringLiteral("namespace-default"), entry);
        object.insert(QStringLiteral("namespace-odd"), QStringLiteral("not an object"));
        QCOMPARE(TokenFileFormat::serialize(object), golden(QStringLiteral("extra-fields.js")));
    }

    void goldenFilesRoundTripThroughTheParser_data()
    {
        QTest::addColumn<QString>("goldenFile");
        for (const char* name : {"legacy.js", "enhanced.js", "mixed.js", "empty.js", "extra-fields.js"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void goldenFilesRoundTripThroughTheParser()
    {
        QFETCH(QString, goldenFile);
        const auto parsed = TokenFileParser::parse(golden(goldenFile));
        QVERIFY(std::holds_alternative<ParsedTokenFile>(parsed));
        QVERIFY(std::get<ParsedTokenFile>(parsed).notices.isEmpty());
        QCOMPARE(TokenFileFormat::serialize(std::get<ParsedTokenFile>(parsed).entries), golden(goldenFile));
    }

    // The official CLI merges by splitting at "=", removing "export { edgekv_access_tokens };" and
    // JSON.parse()ing the rest (spec §4.2); files the app writes must survive that too.
    void officialCliCanMergeIntoTheOutput()
    {
        const QByteArray written = TokenFileFormat::serialize(mixedEntries());
        const QList<QByteArray> parts = written.split('=');
        QVERIFY(parts.first().contains("var edgekv_access_tokens"));
        QByteArray rest = parts.at(1);
        QVERIFY(rest.contains("export { edgekv_access_tokens };"));
        rest.replace("export { edgekv_access_tokens };", "");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(rest, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().size(), 4);
        QCOMPARE(document.object().value(QStringLiteral("namespace-marketing")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("refresh-token")},
                              {QStringLiteral("reference"), uuidMarketing()}}));
    }

    void outputIsPlainUtf8WithLfAndATrailingNewline()
    {
        const QByteArray written = TokenFileFormat::serialize(mixedEntries());
        QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!written.contains('\r'));
        QVERIFY(!written.contains('\t'));
        QVERIFY(written.endsWith("}\nexport { edgekv_access_tokens };\n"));
        QVERIFY(!written.endsWith("\n\n"));
        QVERIFY(written.contains("\"name\": \"name \\\"quoted\\\" \\\\ \xC3\xBCn\xC3\xAF"
                                 "code\""));
    }

    void entriesCarryExactlyOneOfValueAndReference()
    {
        const TokenFileEntry legacy =
            TokenFileEntry::legacy(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("v"));
        QCOMPARE(legacy.toJson().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("value")}));
        const TokenFileEntry enhanced =
            TokenFileEntry::enhanced(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("r"));
        QCOMPARE(enhanced.toJson().keys(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("reference")}));
        QCOMPARE(enhanced.key(), QStringLiteral("namespace-a"));
        QVERIFY(legacy.problem().isEmpty());
        QVERIFY(enhanced.problem().isEmpty());

        TokenFileEntry both = legacy;
        both.reference = QStringLiteral("r");
        QVERIFY(both.problem().contains(QStringLiteral("exactly one")));
        TokenFileEntry neither = legacy;
        neither.value.clear();
        QVERIFY(neither.problem().contains(QStringLiteral("exactly one")));
        TokenFileEntry badNamespace = legacy;
        badNamespace.ns = QStringLiteral("has space");
        QVERIFY(badNamespace.problem().contains(QStringLiteral("\"has space\"")));
        badNamespace.ns = QString(33, QLatin1Char('a'));
        QVERIFY(!badNamespace.problem().isEmpty());
        TokenFileEntry noName = legacy;
        noName.tokenName = QStringLiteral(" ");
        QVERIFY(!noName.problem().isEmpty());
        TokenFileEntry secret =
            TokenFileEntry::legacy(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("SECRET"));
        secret.reference = QStringLiteral("SECRET-REF");
        QVERIFY(!secret.problem().isEmpty());
        QVERIFY(!secret.problem().contains(QStringLiteral("SECRET")));
    }
};

QTEST_GUILESS_MAIN(TestTokenFileFormat)
#include "tst_tokenfileformat.moc"
