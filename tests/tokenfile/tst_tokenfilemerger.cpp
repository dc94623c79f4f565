#include "TokenFileTestData.h"
#include "tokenfile/TokenFileFormat.h"
#include "tokenfile/TokenFileMerger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;
using namespace tokenfiletest;

namespace {

ParsedTokenFile parse(const QByteArray& text)
{
    auto result = TokenFileParser::parse(text);
    if (const auto* error = std::get_if<TokenFileError>(&result))
        qFatal("%s", qPrintable(error->text()));
    return std::get<ParsedTokenFile>(result);
}

TokenFileMergeResult merge(const ParsedTokenFile& existing, const QList<TokenFileEntry>& entries)
{
    auto result = TokenFileMerger::merge(existing, entries);
    if (const auto* error = std::get_if<TokenFileError>(&result))
        qFatal("%s", qPrintable(error->text()));
    return std::get<TokenFileMergeResult>(result);
}

// The lines of one entry as the writer lays it out, from `"key": {` to its closing brace.
QByteArray entryBlock(const QByteArray& file, const QString& key)
{
    const qsizetype start = file.indexOf("  \"" + key.toUtf8() + "\": ");
    const qsizetype end = file.indexOf("\n  }", start);
    return start < 0 || end < 0 ? QByteArray() : file.mid(start, end + 4 - start);
}

} // namespace

class TestTokenFileMerger : public QObject
{
    Q_OBJECT

private slots:
    void addsToAnEmptyOrMissingFile()
    {
        const TokenFileMergeResult result = merge(ParsedTokenFile(), legacyEntries());
        QCOMPARE(result.report.added,
                 (QStringList{QStringLiteral("namespace-marketing"), QStringLiteral("namespace-default")}));
        QVERIFY(result.report.replaced.isEmpty() && result.report.kept.isEmpty() &&
                result.report.unchanged.isEmpty());
        QCOMPARE(TokenFileFormat::serialize(result.entries), golden(QStringLiteral("legacy.js")));
        QVERIFY(result.report.changesEntries());
    }

    void theSameTokenIsUnchanged()
    {
        const TokenFileMergeResult result =
            merge(parse(golden(QStringLiteral("enhanced.js"))), enhancedEntries());
        QCOMPARE(result.report.unchanged.size(), 2);
        QVERIFY(result.report.added.isEmpty() && result.report.replaced.isEmpty());
        QVERIFY(!result.report.changesEntries());
        QCOMPARE(TokenFileFormat::serialize(result.entries), golden(QStringLiteral("enhanced.js")));
    }

    void replacesTheSameTokenNameWithANewValue()
    {
        const TokenFileEntry renewed = TokenFileEntry::legacy(
            QStringLiteral("default"), QStringLiteral("my_token"), QStringLiteral("new.jwt.value"));
        const TokenFileMergeResult result = merge(parse(golden(QStringLiteral("legacy.js"))), {renewed});
        QCOMPARE(result.report.replaced.size(), 1);
        QCOMPARE(result.report.replaced.first().key, QStringLiteral("namespace-default"));
        QCOMPARE(result.report.replaced.first().oldTokenName, QStringLiteral("my_token"));
        QCOMPARE(result.report.replaced.first().newTokenName, QStringLiteral("my_token"));
        QCOMPARE(result.report.kept, QStringList{QStringLiteral("namespace-marketing")});
        QCOMPARE(result.entries.value(QStringLiteral("namespace-default")), QJsonValue(renewed.toJson()));
        QVERIFY(result.report.lines().contains(
            QStringLiteral("Replaced namespace-default with a new entry of token my_token.")));
    }

    // The official CLI refuses this even with --overwrite (spec §4.2); the app switches the namespace.
    void replacesADifferentTokenNameAndModel()
    {
        const TokenFileEntry switched = TokenFileEntry::enhanced(
            QStringLiteral("marketing"), QStringLiteral("refresh-token"), uuidMarketing());
        const TokenFileMergeResult result = merge(parse(golden(QStringLiteral("legacy.js"))), {switched});
        QCOMPARE(result.report.replaced.size(), 1);
        QCOMPARE(result.report.replaced.first().oldTokenName, QStringLiteral("my_token"));
        QCOMPARE(result.report.replaced.first().newTokenName, QStringLiteral("refresh-token"));
        QCOMPARE(result.entries.value(QStringLiteral("namespace-marketing")),
                 QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("refresh-token")},
                                        {QStringLiteral("reference"), uuidMarketing()}}));
        QVERIFY(result.report.lines().contains(
            QStringLiteral("Replaced namespace-marketing: token my_token → refresh-token.")));
    }

    void keepsOtherEntriesExactlyAsTheyWere()
    {
        const QByteArray before = golden(QStringLiteral("mixed.js"));
        const TokenFileEntry added =
            TokenFileEntry::legacy(QStringLiteral("new_ns"), QStringLiteral("t"), QStringLiteral("a.b.c"));
        const TokenFileMergeResult result = merge(parse(before), {added});
        QCOMPARE(result.report.added, QStringList{QStringLiteral("namespace-new_ns")});
        QCOMPARE(result.report.kept.size(), 4);
        const QByteArray after = TokenFileFormat::serialize(result.entries);
        for (const QString& key : result.report.kept) {
            const QByteArray block = entryBlock(before, key);
            QVERIFY2(!block.isEmpty(), qPrintable(key));
            QCOMPARE(entryBlock(after, key), block);
        }
        // Removing the new entry gives back the file byte for byte.
        QByteArray withoutNew = after;
        withoutNew.remove(withoutNew.indexOf(entryBlock(after, QStringLiteral("namespace-new_ns"))),
                          entryBlock(after, QStringLiteral("namespace-new_ns")).size() + 2);
        QCOMPARE(withoutNew, before);
    }

    void keepsUnknownExtraFieldsOfOtherEntries()
    {
        const ParsedTokenFile existing = parse(golden(QStringLiteral("extra-fields.js")));
        const TokenFileMergeResult result =
            merge(existing,
                  {TokenFileEntry::legacy(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("v"))});
        QCOMPARE(result.entries.value(QStringLiteral("namespace-default")),
                 existing.entries.value(QStringLiteral("namespace-default")));
        QCOMPARE(result.entries.value(QStringLiteral("namespace-default"))
                     .toObject()
                     .value(QStringLiteral("nested"))
                     .toObject()
                     .value(QStringLiteral("a"))
                     .toArray()
                     .size(),
                 4);
        QCOMPARE(result.entries.value(QStringLiteral("namespace-odd")),
                 QJsonValue(QStringLiteral("not an object")));
        QCOMPARE(result.report.kept,
                 (QStringList{QStringLiteral("namespace-default"), QStringLiteral("namespace-odd")}));

        // An exported namespace gets a clean entry: the old one's extra fields go with it.
        const TokenFileMergeResult replaced =
            merge(existing, {TokenFileEntry::legacy(QStringLiteral("default"), QStringLiteral("my_token"),
                                                    QStringLiteral("abc.def.ghi"))});
        QCOMPARE(replaced.report.replaced.size(), 1);
        QCOMPARE(replaced.entries.value(QStringLiteral("namespace-default")).toObject().keys(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("value")}));
    }

    void reportsNormalisedBareKeys()
    {
        const QByteArray cliFile =
            "var edgekv_access_tokens = {\n\"myspace\" : { \n\"name\": \"tok\",\n\"reference\" : "
            "\"r1\"\n},\n\"other\" : { \n\"name\": \"tok\",\n\"reference\" : \"r1\"\n}\n}\n"
            "export { edgekv_access_tokens };";
        const TokenFileMergeResult result =
            merge(parse(cliFile), {TokenFileEntry::enhanced(QStringLiteral("myspace"), QStringLiteral("tok2"),
                                                            QStringLiteral("r2"))});
        QCOMPARE(result.report.normalised.size(), 2);
        QVERIFY(result.report.changesEntries());
        QCOMPARE(result.report.replaced.size(), 1);
        QCOMPARE(result.report.replaced.first().key, QStringLiteral("namespace-myspace"));
        QCOMPARE(result.report.kept, QStringList{QStringLiteral("namespace-other")});
        QCOMPARE(result.entries.keys(),
                 (QStringList{QStringLiteral("namespace-myspace"), QStringLiteral("namespace-other")}));
        const QStringList lines = result.report.lines();
        QVERIFY(lines.contains(QStringLiteral("Kept as they were: namespace-other.")));
        QCOMPARE(lines.filter(QStringLiteral("becomes")).size(), 2);
        QVERIFY(!result.report.lines().join(QLatin1Char('\n')).contains(QStringLiteral("r2")));
    }

    void reportsNeverShowValues()
    {
        const TokenFileMergeResult result = merge(parse(golden(QStringLiteral("legacy.js"))), mixedEntries());
        const QString text = result.report.lines().join(QLatin1Char('\n'));
        QVERIFY(!text.contains(QStringLiteral("eyJ")));
        QVERIFY(!text.contains(uuidMarketing()));
        QCOMPARE(result.report.added.size(), 2);
        QCOMPARE(result.report.replaced.size(), 2);
    }

    void refusesEntriesThatCannotBeWritten_data()
    {
        QTest::addColumn<QList<TokenFileEntry>>("entries");
        QTest::addColumn<QString>("reason");
        const TokenFileEntry good =
            TokenFileEntry::legacy(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("v"));
        QTest::newRow("two tokens for one namespace")
            << QList<TokenFileEntry>{good, TokenFileEntry::enhanced(QStringLiteral("a"), QStringLiteral("u"),
                                                                    QStringLiteral("r"))}
            << QStringLiteral("Two tokens are chosen for namespace a");
        TokenFileEntry both = good;
        both.reference = QStringLiteral("r");
        QTest::newRow("value and reference") << QList<TokenFileEntry>{both} << QStringLiteral("exactly one");
        TokenFileEntry neither = good;
        neither.value.clear();
        QTest::newRow("neither") << QList<TokenFileEntry>{neither} << QStringLiteral("exactly one");
        TokenFileEntry badNamespace = good;
        badNamespace.ns = QStringLiteral("a/b");
        QTest::newRow("bad namespace")
            << QList<TokenFileEntry>{badNamespace} << QStringLiteral("not a namespace name");
    }

    void refusesEntriesThatCannotBeWritten()
    {
        QFETCH(QList<TokenFileEntry>, entries);
        QFETCH(QString, reason);
        const auto result = TokenFileMerger::merge(parse(golden(QStringLiteral("legacy.js"))), entries);
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QVERIFY2(std::get<TokenFileError>(result).message.contains(reason),
                 qPrintable(std::get<TokenFileError>(result).message));
    }
};

QTEST_GUILESS_MAIN(TestTokenFileMerger)
#include "tst_tokenfilemerger.moc"
