#include "TarTestUtil.h"
#include "TokenFileTestData.h"
#include "WriteFailures.h"
#include "tokenfile/TokenExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace edgekv;
using namespace tokenfiletest;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString errorText(const std::variant<TokenExportResult, TokenFileError>& result)
{
    const auto* error = std::get_if<TokenFileError>(&result);
    return error ? error->text() : QString();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

TarItem file(const QString& path, const QByteArray& data, int perm = 0644, qint64 mtime = 1600000000)
{
    TarItem item;
    item.path = path;
    item.data = data;
    item.perm = perm;
    item.mtime = mtime;
    return item;
}

QList<TarItem> bundleItems()
{
    TarItem lib;
    lib.path = QStringLiteral("lib/");
    lib.type = TarItem::Dir;
    lib.perm = 0755;
    TarItem link;
    link.path = QStringLiteral("current.js");
    link.type = TarItem::Symlink;
    link.link = QStringLiteral("main.js");
    return {file(QStringLiteral("bundle.json"), "{\"edgeworker-version\": \"1.0\"}\n"),
            file(QStringLiteral("main.js"), "import { EdgeKV } from './edgekv.js';\n", 0755, 1600000100), lib,
            file(QStringLiteral("lib/helper.js"), "export {};\n", 0600, 1600000200), link};
}

QString edgeKvJs(const char* version)
{
    return QStringLiteral(
               "/*\n(c) Copyright 2020 Akamai Technologies, Inc. Licensed under Apache 2 license.\n"
               "Version: %1\nPurpose:  Provide a helper class.\n*/\n\nexport class EdgeKV {}\n")
        .arg(QString::fromLatin1(version));
}

} // namespace

class TestTokenExport : public QObject
{
    Q_OBJECT

private slots:
    void recognisesBundlePaths()
    {
        QVERIFY(TokenExport::isBundlePath(QStringLiteral("/x/bundle.tgz")));
        QVERIFY(TokenExport::isBundlePath(QStringLiteral("/x/bundle.TAR.GZ")));
        QVERIFY(!TokenExport::isBundlePath(QStringLiteral("/x/bundle")));
        QVERIFY(!TokenExport::isBundlePath(QStringLiteral("/x/edgekv_tokens.js")));
    }

    void exportsIntoABundleAndKeepsEverythingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        writeFile(path, buildTar(bundleItems()));
        const QList<Listed> before = listTar(readFile(path));

        const auto result = TokenExport::exportTo(path, mixedEntries());
        QVERIFY2(std::holds_alternative<TokenExportResult>(result), qPrintable(errorText(result)));
        const TokenExportResult& done = std::get<TokenExportResult>(result);
        QVERIFY(done.written);
        QVERIFY(done.plan.isBundle);
        QCOMPARE(done.plan.memberPath, QStringLiteral("edgekv_tokens.js"));
        QCOMPARE(done.plan.report.added.size(), 4);

        const QList<Listed> after = listTar(readFile(path));
        QCOMPARE(after.size(), before.size() + 1);
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(after.at(i) == before.at(i), qPrintable(before.at(i).path));
        QCOMPARE(after.last().path, QStringLiteral("edgekv_tokens.js"));
        QCOMPARE(after.last().data, golden(QStringLiteral("mixed.js")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bundle.tgz")});
    }

    void mergesWithTheTokenFileInsideTheBundle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QList<TarItem> items = bundleItems();
        // The official CLI's enhanced-token output: bare keys.
        items.insert(2, file(QStringLiteral("edgekv_tokens.js"),
                             "var edgekv_access_tokens = {\n\"marketing\" : { \n\"name\": "
                             "\"old\",\n\"reference\" : \"r\"\n},"
                             "\n\"keepme\" : { \n\"name\": \"k\",\n\"reference\" : \"rk\"\n}\n}\nexport { "
                             "edgekv_access_tokens };",
                             0600, 1500000000));
        writeFile(path, buildTar(items));
        const QList<Listed> before = listTar(readFile(path));

        const auto result = TokenExport::exportTo(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        const TokenFileMergeReport& report = std::get<TokenExportResult>(result).plan.report;
        QCOMPARE(report.added, QStringList{QStringLiteral("namespace-default")});
        QCOMPARE(report.replaced.size(), 1);
        QCOMPARE(report.replaced.first().oldTokenName, QStringLiteral("old"));
        QCOMPARE(report.kept, QStringList{QStringLiteral("namespace-keepme")});
        QCOMPARE(report.normalised.size(), 2);

        const QList<Listed> after = listTar(readFile(path));
        QCOMPARE(after.size(), before.size());
        const Listed& tokens = after.at(2);
        QCOMPARE(tokens.path, QStringLiteral("edgekv_tokens.js"));
        QCOMPARE(tokens.perm, 0600);
        QVERIFY(tokens.mtime > 1500000000);
        QVERIFY(tokens.data.contains(
            "\"namespace-keepme\": {\n    \"name\": \"k\",\n    \"reference\": \"rk\"\n  }"));
        QVERIFY(tokens.data.contains(jwtDefault().toUtf8()));
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (i != 2)
                QVERIFY2(after.at(i) == before.at(i), qPrintable(before.at(i).path));
        }
    }

    void aBundleMadeWithTarKeepsItsEntries()
    {
        QTemporaryDir dir;
        const QString tree = dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/lib/deep")));
        writeFile(tree + QStringLiteral("/bundle.json"), "{\"edgeworker-version\": \"2\"}\n");
        writeFile(tree + QStringLiteral("/main.js"), "main\n");
        writeFile(tree + QStringLiteral("/lib/edgekv.js"), edgeKvJs("0.6.3").toUtf8());
        writeFile(tree + QStringLiteral("/lib/deep/x.bin"), QByteArray(5000, '\x01'));
        QVERIFY(QFile::link(QStringLiteral("lib/edgekv.js"), tree + QStringLiteral("/kv.js")));
        QCOMPARE(::chmod(QFile::encodeName(tree + QStringLiteral("/main.js")).constData(), 0750), 0);
        QCOMPARE(::chmod(QFile::encodeName(tree + QStringLiteral("/lib/deep")).constData(), 0700), 0);
        const utimbuf times{1600000000, 1600000123};
        QCOMPARE(::utime(QFile::encodeName(tree + QStringLiteral("/main.js")).constData(), &times), 0);

        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("czf"), path, QStringLiteral("-C"), tree, QStringLiteral(".")});
        QVERIFY(tar.waitForFinished(-1));
        QCOMPARE(tar.exitCode(), 0);
        const QList<Listed> before = listTar(readFile(path));
        QVERIFY(findListed(before, QStringLiteral("./main.js")));
        QCOMPARE(findListed(before, QStringLiteral("./main.js"))->mtime, 1600000123);

        const auto result = TokenExport::exportTo(path, enhancedEntries());
        QVERIFY2(std::holds_alternative<TokenExportResult>(result), qPrintable(errorText(result)));
        // edgekv.js imports "./edgekv_tokens.js" from its own folder.
        QCOMPARE(std::get<TokenExportResult>(result).plan.memberPath, QStringLiteral("lib/edgekv_tokens.js"));
        QVERIFY(std::get<TokenExportResult>(result).plan.warnings.isEmpty());

        const QList<Listed> after = listTar(readFile(path));
        QCOMPARE(after.size(), before.size() + 1);
        for (const Listed& entry : before) {
            const Listed* kept = findListed(after, entry.path);
            QVERIFY2(kept && *kept == entry, qPrintable(entry.path));
        }
        QCOMPARE(after.last().path, QStringLiteral("./lib/edgekv_tokens.js"));
        QCOMPARE(after.last().data, golden(QStringLiteral("enhanced.js")));

        // GNU tar lists and extracts the result.
        QProcess list;
        list.start(QStringLiteral("tar"), {QStringLiteral("tzf"), path});
        QVERIFY(list.waitForFinished(-1));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("./lib/edgekv_tokens.js\n"));
    }

    void refusesUnsafeOrBrokenBundlesAndLeavesThemByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const TarItem manifest = file(QStringLiteral("bundle.json"), "{}");
        QTest::newRow("../evil") << buildTar({manifest, file(QStringLiteral("../evil"), "x")})
                                 << QStringLiteral("leads out of the bundle");
        QTest::newRow("/abs") << buildTar({manifest, file(QStringLiteral("/abs"), "x")})
                              << QStringLiteral("absolute path");
        QTest::newRow("no bundle.json")
            << buildTar({file(QStringLiteral("main.js"), "x")}) << QStringLiteral("no bundle.json");
        QTest::newRow("not gzip") << buildTar({manifest}, ARCHIVE_FORMAT_TAR_USTAR, false)
                                  << QStringLiteral("Not a gzip-compressed tar");
        const QByteArray good = buildTar({manifest, file(QStringLiteral("main.js"), QByteArray(3000, 'a'))});
        QTest::newRow("truncated") << good.left(good.size() - 10) << QStringLiteral("damaged");
        QTest::newRow("unparseable token file")
            << buildTar({manifest, file(QStringLiteral("edgekv_tokens.js"),
                                        "var edgekv_access_tokens = {\n  \"a\": 1,\n}\n")})
            << QStringLiteral("edgekv_tokens.js, line 2: A trailing comma");
    }

    void refusesUnsafeOrBrokenBundlesAndLeavesThemByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        writeFile(path, bytes);
        const auto result = TokenExport::exportTo(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        const QString text = std::get<TokenFileError>(result).text();
        QVERIFY2(text.contains(reason), qPrintable(text));
        QVERIFY(text.startsWith(QDir::toNativeSeparators(path)));
        QCOMPARE(readFile(path), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bundle.tgz")});
    }

    void replacesAnUnparseableTokenFileOnlyOnRequestWithABundleBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QList<TarItem> items = bundleItems();
        items << file(QStringLiteral("edgekv_tokens.js"),
                      "// hand edited\nvar edgekv_access_tokens = {'a': 1}\n");
        const QByteArray original = buildTar(items);
        writeFile(path, original);
        const auto result =
            TokenExport::exportTo(path, legacyEntries(), UnparseableFilePolicy::ReplaceKeepingBackup);
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        const TokenExportResult& done = std::get<TokenExportResult>(result);
        QCOMPARE(done.plan.unparseable->line, 2);
        QCOMPARE(done.plan.unparseable->path, path + QStringLiteral(":edgekv_tokens.js"));
        QCOMPARE(done.backupPath, path + QStringLiteral(".bak"));
        QCOMPARE(readFile(done.backupPath), original);
        QCOMPARE(findListed(listTar(readFile(path)), QStringLiteral("edgekv_tokens.js"))->data,
                 golden(QStringLiteral("legacy.js")));
    }

    void anIdenticalExportLeavesTheBundleAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QList<TarItem> items = bundleItems();
        items << file(QStringLiteral("edgekv_tokens.js"), golden(QStringLiteral("legacy.js")));
        const QByteArray original = buildTar(items);
        writeFile(path, original);
        const auto result = TokenExport::exportTo(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        QVERIFY(!std::get<TokenExportResult>(result).written);
        QCOMPARE(readFile(path), original);
    }

    void warnsWhenTheBundlesEdgeKvJsIsTooOldForReferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QList<TarItem> items = bundleItems();
        items << file(QStringLiteral("edgekv.js"), edgeKvJs("0.6.1").toUtf8());
        writeFile(path, buildTar(items));
        auto planned = TokenExport::plan(path, enhancedEntries());
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        QStringList warnings = std::get<TokenExportPlan>(planned).warnings;
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("%1:edgekv.js is version 0.6.1").arg(path)));

        planned = TokenExport::plan(path, legacyEntries());
        QVERIFY(std::get<TokenExportPlan>(planned).warnings.isEmpty());
    }

    void aFullDiskLeavesTheBundleIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        QList<TarItem> items = bundleItems();
        items << file(QStringLiteral("big.bin"), QByteArray(200000, 'z'));
        const QByteArray original = buildTar(items);
        writeFile(path, original);
        const auto planned = TokenExport::plan(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        std::variant<TokenExportResult, TokenFileError> result;
        {
            FileSizeLimit full(original.size());
            result = TokenExport::write(std::get<TokenExportPlan>(planned));
        }
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        const QString text = std::get<TokenFileError>(result).text();
        QVERIFY2(text.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(text));
        QCOMPARE(readFile(path), original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bundle.tgz")});
    }

    void refusesToWriteWhenTheBundleChangedSinceThePreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
        writeFile(path, buildTar(bundleItems()));
        const auto planned = TokenExport::plan(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        QList<TarItem> changed = bundleItems();
        changed << file(QStringLiteral("new.js"), "x");
        const QByteArray rebuilt = buildTar(changed);
        writeFile(path, rebuilt);
        const auto result = TokenExport::write(std::get<TokenExportPlan>(planned));
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QVERIFY(
            std::get<TokenFileError>(result).message.contains(QStringLiteral("changed since the preview")));
        QCOMPARE(readFile(path), rebuilt);
    }
};

QTEST_GUILESS_MAIN(TestTokenExport)
#include "tst_tokenexport.moc"
