#include "TokenFileTestData.h"
#include "WriteFailures.h"
#include "tokenfile/TokenFileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace edgekv;
using namespace tokenfiletest;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

const QByteArray Broken =
    "var edgekv_access_tokens = {\n  \"namespace-a\": {\"name\": \"t\", \"value\": \"v\"},\n}\n"
    "export { edgekv_access_tokens };\n";

} // namespace

class TestTokenFileStore : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFileIntoAFolder()
    {
        QTemporaryDir dir;
        const auto result = TokenFileStore::plan(dir.path(), legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportPlan>(result));
        const TokenExportPlan& plan = std::get<TokenExportPlan>(result);
        QCOMPARE(plan.targetPath, dir.filePath(QStringLiteral("edgekv_tokens.js")));
        QVERIFY(!plan.existed);
        QVERIFY(plan.changesFile());
        QCOMPARE(plan.newBytes, golden(QStringLiteral("legacy.js")));
        QVERIFY(!QFileInfo::exists(plan.targetPath)); // a plan writes nothing

        const auto written = TokenFileStore::write(plan);
        QVERIFY(std::holds_alternative<TokenExportResult>(written));
        QVERIFY(std::get<TokenExportResult>(written).written);
        QCOMPARE(readFile(plan.targetPath), golden(QStringLiteral("legacy.js")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("edgekv_tokens.js")});
    }

    void writesAGivenFileAndKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens-staging.js"));
        writeFile(path, golden(QStringLiteral("enhanced.js")));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto result = TokenExport::exportTo(path, legacyEntries());
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        const TokenExportResult& done = std::get<TokenExportResult>(result);
        QCOMPARE(done.plan.report.replaced.size(), 2);
        QCOMPARE(readFile(path), golden(QStringLiteral("legacy.js")));
        QCOMPARE(QFileInfo(path).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void mergesIntoTheExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, golden(QStringLiteral("extra-fields.js")));
        const auto result = TokenExport::exportTo(dir.path(), enhancedEntries());
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        const TokenExportResult& done = std::get<TokenExportResult>(result);
        QCOMPARE(done.plan.previousBytes, golden(QStringLiteral("extra-fields.js")));
        QCOMPARE(done.plan.report.added, QStringList{QStringLiteral("namespace-marketing")});
        QCOMPARE(done.plan.report.kept, QStringList{QStringLiteral("namespace-odd")});
        QVERIFY(readFile(path).contains("\"namespace-odd\": \"not an object\""));
        QVERIFY(done.backupPath.isEmpty());
    }

    void anIdenticalExportWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, golden(QStringLiteral("mixed.js")));
        const auto result = TokenExport::exportTo(dir.path(), mixedEntries());
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        QVERIFY(!std::get<TokenExportResult>(result).written);
        QVERIFY(!std::get<TokenExportResult>(result).plan.changesFile());
        QCOMPARE(readFile(path), golden(QStringLiteral("mixed.js")));
    }

    void refusesAnUnparseableFileAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, Broken);
        const auto result = TokenExport::exportTo(dir.path(), legacyEntries());
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        const TokenFileError& error = std::get<TokenFileError>(result);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.path, path);
        QVERIFY(error.message.contains(QStringLiteral("trailing comma")));
        QCOMPARE(readFile(path), Broken);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("edgekv_tokens.js")});
    }

    void replacesAnUnparseableFileOnlyOnRequestAndKeepsBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, Broken);
        const auto planned =
            TokenFileStore::plan(dir.path(), legacyEntries(), UnparseableFilePolicy::ReplaceKeepingBackup);
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        QVERIFY(std::get<TokenExportPlan>(planned).unparseable.has_value());
        QCOMPARE(std::get<TokenExportPlan>(planned).unparseable->line, 2);
        const auto result = TokenFileStore::write(std::get<TokenExportPlan>(planned));
        QVERIFY(std::holds_alternative<TokenExportResult>(result));
        QCOMPARE(std::get<TokenExportResult>(result).backupPath, path + QStringLiteral(".bak"));
        QCOMPARE(readFile(path + QStringLiteral(".bak")), Broken);
        QCOMPARE(readFile(path), golden(QStringLiteral("legacy.js")));

        // A second time, the first backup is not overwritten.
        writeFile(path, "garbage");
        const auto again =
            TokenExport::exportTo(dir.path(), legacyEntries(), UnparseableFilePolicy::ReplaceKeepingBackup);
        QVERIFY(std::holds_alternative<TokenExportResult>(again));
        QCOMPARE(std::get<TokenExportResult>(again).backupPath, path + QStringLiteral(".bak.1"));
        QCOMPARE(readFile(path + QStringLiteral(".bak")), Broken);
        QCOMPARE(readFile(path + QStringLiteral(".bak.1")), QByteArray("garbage"));
    }

    void namesThePathWhenTheDestinationIsUnusable()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
        auto result = TokenExport::exportTo(missing, legacyEntries());
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QVERIFY(std::get<TokenFileError>(result).text().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(std::get<TokenFileError>(result).message.contains(QStringLiteral("does not exist")));

        const QString missingFile = dir.filePath(QStringLiteral("nope/edgekv_tokens.js"));
        result = TokenExport::exportTo(missingFile, legacyEntries());
        QVERIFY(std::get<TokenFileError>(result).text().contains(
            QDir::toNativeSeparators(dir.filePath(QStringLiteral("nope")))));

        // The token file's place is taken by a folder.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("edgekv_tokens.js")));
        result = TokenExport::exportTo(dir.path(), legacyEntries());
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QCOMPARE(std::get<TokenFileError>(result).path, dir.filePath(QStringLiteral("edgekv_tokens.js")));
        QVERIFY(std::get<TokenFileError>(result).message.contains(QStringLiteral("folder")));

        // Neither a folder nor a .js file: never taken for a token file, even to replace it.
        const QString other = dir.filePath(QStringLiteral("bundle.json"));
        writeFile(other, "{}");
        result = TokenExport::exportTo(other, legacyEntries(), UnparseableFilePolicy::ReplaceKeepingBackup);
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QCOMPARE(readFile(other), QByteArray("{}"));
        QVERIFY(std::holds_alternative<TokenFileError>(
            TokenFileStore::targetPathFor(dir.filePath(QStringLiteral("b.tgz")))));
        QVERIFY(std::holds_alternative<TokenFileError>(TokenFileStore::targetPathFor(QString())));
    }

    void aReadOnlyFolderEndsInAClearErrorWithTheOriginalIntact()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bundle")));
        const QString path = QDir(folder).filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, golden(QStringLiteral("enhanced.js")));
        ReadOnlyFolder readOnly(dir.path(), folder);
        QVERIFY(readOnly.isReadOnly());
        const auto result = TokenExport::exportTo(folder, legacyEntries());
        readOnly.restore();
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        const QString text = std::get<TokenFileError>(result).text();
        QVERIFY2(text.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("The existing file is unchanged.")));
        QCOMPARE(readFile(path), golden(QStringLiteral("enhanced.js")));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("edgekv_tokens.js")});
    }

    void aFullDiskEndsInAClearErrorWithTheOriginalIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, golden(QStringLiteral("empty.js")));
        const auto planned = TokenFileStore::plan(dir.path(), mixedEntries());
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        std::variant<TokenExportResult, TokenFileError> result;
        {
            FileSizeLimit full(golden(QStringLiteral("empty.js")).size());
            result = TokenFileStore::write(std::get<TokenExportPlan>(planned));
        }
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        const QString text = std::get<TokenFileError>(result).text();
        QVERIFY2(text.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("The existing file is unchanged.")));
        QVERIFY2(text.contains(QStringLiteral("the disk may be full")), qPrintable(text));
        QCOMPARE(readFile(path), golden(QStringLiteral("empty.js")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("edgekv_tokens.js")});
    }

    void aFailedBackupLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        writeFile(path, Broken);
        const auto planned =
            TokenFileStore::plan(dir.path(), legacyEntries(), UnparseableFilePolicy::ReplaceKeepingBackup);
        std::variant<TokenExportResult, TokenFileError> result;
        {
            FileSizeLimit full(8);
            result = TokenFileStore::write(std::get<TokenExportPlan>(planned));
        }
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QVERIFY(
            std::get<TokenFileError>(result).message.contains(QStringLiteral("No backup could be written")));
        QCOMPARE(readFile(path), Broken);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
    }

    void refusesToWriteWhenTheFileChangedSinceThePreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edgekv_tokens.js"));
        const auto planned = TokenFileStore::plan(dir.path(), legacyEntries());
        writeFile(path, golden(QStringLiteral("enhanced.js")));
        const auto result = TokenFileStore::write(std::get<TokenExportPlan>(planned));
        QVERIFY(std::holds_alternative<TokenFileError>(result));
        QVERIFY(
            std::get<TokenFileError>(result).message.contains(QStringLiteral("changed since the preview")));
        QCOMPARE(readFile(path), golden(QStringLiteral("enhanced.js")));
    }

    void warnsWhenEdgeKvJsCannotReadReferences_data()
    {
        QTest::addColumn<QByteArray>("library");
        QTest::addColumn<QList<TokenFileEntry>>("entries");
        QTest::addColumn<QString>("warning");
        const QByteArray v061 = "/*\n(c) Copyright 2020 Akamai Technologies, Inc. Licensed under Apache 2 "
                                "license.\nVersion: 0.6.1\n*/\n";
        const QByteArray v063 = "/*\n(c) Copyright 2020 Akamai Technologies, Inc. Licensed under Apache 2 "
                                "license.\nVersion: 0.6.3\n*/\n";
        QTest::newRow("0.6.1, enhanced") << v061 << enhancedEntries() << QStringLiteral("is version 0.6.1");
        QTest::newRow("0.6.1, legacy") << v061 << legacyEntries() << QString();
        QTest::newRow("0.6.3, enhanced") << v063 << enhancedEntries() << QString();
        QTest::newRow("no version, enhanced") << QByteArray("export class EdgeKV {}\n") << enhancedEntries()
                                              << QStringLiteral("cannot be read");
        QTest::newRow("no edgekv.js") << QByteArray() << enhancedEntries() << QString();
    }

    void warnsWhenEdgeKvJsCannotReadReferences()
    {
        QFETCH(QByteArray, library);
        QFETCH(QList<TokenFileEntry>, entries);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        if (!library.isEmpty())
            writeFile(dir.filePath(QStringLiteral("edgekv.js")), library);
        const auto planned = TokenFileStore::plan(dir.path(), entries);
        QVERIFY(std::holds_alternative<TokenExportPlan>(planned));
        const QStringList warnings = std::get<TokenExportPlan>(planned).warnings;
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
            QVERIFY(warnings.first().contains(
                QDir::toNativeSeparators(dir.filePath(QStringLiteral("edgekv.js")))));
            QVERIFY(warnings.first().contains(QStringLiteral("namespace-default, namespace-marketing")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenFileStore)
#include "tst_tokenfilestore.moc"
