#include "TokenFileTestData.h"
#include "tokenfile/EdgeKvLibrary.h"

#include <QTest>

using namespace edgekv;
using namespace tokenfiletest;

class TestEdgeKvLibrary : public QObject
{
    Q_OBJECT

private slots:
    void readsTheVersionHeader_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("version");
        // The header of akamai/edgeworkers-examples edgekv/lib/edgekv.js, 0.6.3 and the old 0.3.
        QTest::newRow("Akamai 0.6.3")
            << QByteArray(
                   "/*\n(c) Copyright 2020 Akamai Technologies, Inc. Licensed under Apache 2 license.\n"
                   "Version: 0.6.3\nPurpose:  Provide a helper class to simplify the interaction with EdgeKV "
                   "in an EdgeWorker.\nRepo: "
                   "https://github.com/akamai/edgeworkers-examples/tree/master/edgekv/lib\n"
                   "*/\n\nimport { TextDecoderStream } from 'text-encode-transform';\n")
            << QStringLiteral("0.6.3");
        QTest::newRow("Akamai 0.3, CRLF")
            << QByteArray(
                   "/*\r\n(c) Copyright 2020 Akamai Technologies, Inc. Licensed under Apache 2 license.\r\n"
                   "Version: 0.3\r\n*/\r\n")
            << QStringLiteral("0.3");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF/*\nVersion: 0.6.2\n*/\n") << QStringLiteral("0.6.2");
        QTest::newRow("JSDoc @version")
            << QByteArray("/**\n * EdgeKV helper\n * @version 0.6.1\n */\n") << QStringLiteral("0.6.1");
        QTest::newRow("line comments, v prefix")
            << QByteArray("// edgekv.js v0.5.2 (vendored)\n// do not edit\nexport class EdgeKV {}\n")
            << QStringLiteral("0.5.2");
        QTest::newRow("Apache header first")
            << QByteArray("/*\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n * "
                          "version: 0.4.0\n */\n")
            << QStringLiteral("0.4.0");
        QTest::newRow("a version in the code is not the library's")
            << QByteArray("/* helper */\nconst version = '9.9.9'; // v9.9.9\n") << QString();
        QTest::newRow("no header") << QByteArray("export class EdgeKV {}\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void readsTheVersionHeader()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, version);
        QCOMPARE(EdgeKvLibrary::parseVersion(source).toString(), version);
    }

    void warnsOnlyForReferenceEntriesAndOldOrUnknownVersions()
    {
        TokenFileObject enhanced;
        for (const TokenFileEntry& entry : enhancedEntries())
            enhanced.insert(entry.key(), entry.toJson());
        TokenFileObject legacy;
        for (const TokenFileEntry& entry : legacyEntries())
            legacy.insert(entry.key(), entry.toJson());
        const QByteArray old = "/*\nVersion: 0.6.1\n*/\n";
        const QByteArray current = "/*\nVersion: 0.6.2\n*/\n";
        const QString where = QStringLiteral("/b/edgekv.js");

        QVERIFY(EdgeKvLibrary::referenceWarning(legacy, old, where).isEmpty());
        QVERIFY(EdgeKvLibrary::referenceWarning(enhanced, current, where).isEmpty());
        QCOMPARE(EdgeKvLibrary::referenceWarning(enhanced, old, where),
                 QStringLiteral(
                     "/b/edgekv.js is version 0.6.1, which cannot read the \"reference\" entries of enhanced "
                     "tokens (namespace-default, namespace-marketing). Update edgekv.js to 0.6.2 or later."));
        QVERIFY(EdgeKvLibrary::referenceWarning(enhanced, "export class EdgeKV {}", where)
                    .startsWith(QStringLiteral("The version of /b/edgekv.js cannot be read.")));
        QCOMPARE(EdgeKvLibrary::referenceKeys(enhanced),
                 (QStringList{QStringLiteral("namespace-default"), QStringLiteral("namespace-marketing")}));
    }
};

QTEST_GUILESS_MAIN(TestEdgeKvLibrary)
#include "tst_edgekvlibrary.moc"
