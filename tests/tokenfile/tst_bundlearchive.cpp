#include "TarTestUtil.h"
#include "tokenfile/BundleArchive.h"

#include <QScopeGuard>
#include <QTest>

#include <clocale>

using namespace edgekv;
using namespace tokenfiletest;

namespace {

TarItem file(const QString& path, const QByteArray& data, int perm = 0644, qint64 mtime = 1600000000)
{
    TarItem item;
    item.path = path;
    item.data = data;
    item.perm = perm;
    item.mtime = mtime;
    return item;
}

TarItem special(TarItem::Type type, const QString& path, const QString& link = QString(), int perm = 0755)
{
    TarItem item;
    item.type = type;
    item.path = path;
    item.link = link;
    item.perm = perm;
    return item;
}

QByteArray binary()
{
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char((i * 7919) % 256));
    return bytes;
}

// A bundle with a bit of everything: modes, times, owners, nested folders, links, binary data.
QList<TarItem> richBundle()
{
    TarItem main =
        file(QStringLiteral("main.js"), "export function onClientRequest() {}\n", 0755, 1600000100);
    main.uid = 501;
    main.uname = QStringLiteral("builder");
    return {
        file(QStringLiteral("bundle.json"), "{\"edgeworker-version\": \"1.0\", \"description\": \"test\"}\n",
             0644, 1600000000),
        main,
        special(TarItem::Dir, QStringLiteral("lib/"), QString(), 0750),
        file(QStringLiteral("lib/util.js"), "export const x = 1;\n", 0600, 1600000200),
        special(TarItem::Dir, QStringLiteral("deep/a/b/"), QString(), 0700),
        file(QStringLiteral("deep/a/b/data.bin"), binary(), 0444, 1500000000),
        special(TarItem::Symlink, QStringLiteral("current.js"), QStringLiteral("lib/util.js"), 0777),
        special(TarItem::Symlink, QStringLiteral("lib/up.js"), QStringLiteral("../main.js"), 0777),
        special(TarItem::Hardlink, QStringLiteral("main-copy.js"), QStringLiteral("main.js"), 0755),
        file(QStringLiteral("empty.txt"), QByteArray(), 0640, 1234567890),
    };
}

} // namespace

class TestBundleArchive : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryMemberWithItsHeader()
    {
        const auto opened = BundleArchive::fromBytes(buildTar(richBundle()), QStringLiteral("b.tgz"));
        QVERIFY(std::holds_alternative<BundleArchive>(opened));
        const BundleArchive& bundle = std::get<BundleArchive>(opened);
        const QList<BundleMember> members = bundle.members();
        QCOMPARE(members.size(), 10);
        QCOMPARE(members.at(1).path, QStringLiteral("main.js"));
        QCOMPARE(members.at(1).permissions, 0755);
        QCOMPARE(members.at(1).mtime, 1600000100);
        QCOMPARE(members.at(1).uname, QStringLiteral("builder"));
        QCOMPARE(members.at(2).type, BundleMember::Type::Directory);
        QCOMPARE(members.at(2).normalisedPath, QStringLiteral("lib"));
        QCOMPARE(members.at(6).type, BundleMember::Type::Symlink);
        QCOMPARE(members.at(6).linkTarget, QStringLiteral("lib/util.js"));
        QCOMPARE(members.at(8).type, BundleMember::Type::Hardlink);
        QCOMPARE(bundle.fileData(QStringLiteral("deep/a/b/data.bin")), binary());
        QVERIFY(!bundle.hasFile(QStringLiteral("lib")));
        QCOMPARE(bundle.tokenFilePath(), QStringLiteral("edgekv_tokens.js"));
        QVERIFY(bundle.edgeKvJsPath().isEmpty());
    }

    void withTokenFileKeepsEveryOtherEntryIdentical()
    {
        const QByteArray original = buildTar(richBundle());
        const BundleArchive bundle = std::get<BundleArchive>(BundleArchive::fromBytes(original, QString()));
        const auto rebuilt = bundle.withTokenFile("tokens\n", 1700000000);
        QVERIFY(std::holds_alternative<QByteArray>(rebuilt));
        const QList<Listed> before = listTar(original);
        const QList<Listed> after = listTar(std::get<QByteArray>(rebuilt));
        QCOMPARE(before.size(), 10);
        QCOMPARE(after.size(), 11);
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(after.at(i) == before.at(i), qPrintable(before.at(i).path));
        const Listed& added = after.last();
        QCOMPARE(added.path, QStringLiteral("edgekv_tokens.js"));
        QCOMPARE(added.data, QByteArray("tokens\n"));
        QCOMPARE(added.perm, 0644);
        QCOMPARE(added.mtime, 1700000000);
        QCOMPARE(added.filetype, int(AE_IFREG));
        // The owner of bundle.json, so that the new file looks like the rest of the bundle.
        QCOMPARE(added.uid, 1000);
        QCOMPARE(added.uname, QStringLiteral("dev"));
    }

    void replacesTheTokenFileInPlaceWithItsHeader()
    {
        QList<TarItem> items = richBundle();
        TarItem tokens = file(QStringLiteral("edgekv_tokens.js"), "old", 0600, 1500000000);
        tokens.uid = 42;
        tokens.uname = QStringLiteral("ops");
        items.insert(1, tokens);
        const BundleArchive bundle =
            std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(items), QString()));
        const QList<Listed> after = listTar(std::get<QByteArray>(bundle.withTokenFile("new\n", 1700000000)));
        QCOMPARE(after.size(), 11);
        QCOMPARE(after.at(1).path, QStringLiteral("edgekv_tokens.js"));
        QCOMPARE(after.at(1).data, QByteArray("new\n"));
        QCOMPARE(after.at(1).perm, 0600);
        QCOMPARE(after.at(1).uid, 42);
        QCOMPARE(after.at(1).uname, QStringLiteral("ops"));
        QCOMPARE(after.at(1).mtime, 1700000000);
    }

    void keepsSubSecondTimesOfPaxArchives()
    {
        QList<TarItem> items = richBundle();
        items[1].mtimeNsec = 123456789;
        const QByteArray original = buildTar(items, ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE);
        const BundleArchive bundle = std::get<BundleArchive>(BundleArchive::fromBytes(original, QString()));
        const QList<Listed> after = listTar(std::get<QByteArray>(bundle.withTokenFile("x", 1700000000)));
        QCOMPARE(after.at(1).mtimeNsec, 123456789L);
        QCOMPARE(after.at(1), listTar(original).at(1));
    }

    void readsGnuTarLongNames()
    {
        QList<TarItem> items = richBundle();
        const QString longName =
            QStringLiteral("lib/") + QString(150, QLatin1Char('n')) + QStringLiteral(".js");
        items << file(longName, "long\n");
        const QByteArray original = buildTar(items, ARCHIVE_FORMAT_TAR_GNUTAR);
        const BundleArchive bundle = std::get<BundleArchive>(BundleArchive::fromBytes(original, QString()));
        QCOMPARE(bundle.fileData(longName), QByteArray("long\n"));
        const QList<Listed> after = listTar(std::get<QByteArray>(bundle.withTokenFile("x", 1700000000)));
        QVERIFY(findListed(after, longName));
        QCOMPARE(findListed(after, longName)->data, QByteArray("long\n"));
    }

    void keepsNonAsciiNames_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("ustar") << int(ARCHIVE_FORMAT_TAR_USTAR);
        QTest::newRow("pax") << int(ARCHIVE_FORMAT_TAR_PAX_INTERCHANGE);
        QTest::newRow("gnutar") << int(ARCHIVE_FORMAT_TAR_GNUTAR);
    }

    void keepsNonAsciiNames()
    {
        QFETCH(int, format);
        const QString name = QStringLiteral("lib/\u00fcn\u00efc\u00f6de-\u65e5\u672c.js");
        QList<TarItem> items = richBundle();
        items << file(name, "x\n");
        // The new token file goes beside edgekv.js, so its name is not ASCII either.
        const QString folder = QStringLiteral("v\u00e9rsion-\u00e9t\u00e9");
        items << file(folder + QStringLiteral("/edgekv.js"), "/* Version: 0.6.3 */\n");
        const QByteArray original = buildTar(items, format);
        // The "C" locale, where libarchive cannot convert non-ASCII names unless BundleArchive sees to it.
        const QByteArray savedLocale = std::setlocale(LC_CTYPE, nullptr);
        std::setlocale(LC_CTYPE, "C");
        const auto restore = qScopeGuard([&] { std::setlocale(LC_CTYPE, savedLocale.constData()); });
        const auto opened = BundleArchive::fromBytes(original, QString());
        const auto* error = std::get_if<TokenFileError>(&opened);
        QVERIFY2(!error, error ? qPrintable(error->text()) : "");
        QCOMPARE(std::get<BundleArchive>(opened).fileData(name), QByteArray("x\n"));
        const auto rebuilt = std::get<BundleArchive>(opened).withTokenFile("t", 1700000000);
        QVERIFY(std::holds_alternative<QByteArray>(rebuilt));
        const QList<Listed> before = listTar(original);
        const QList<Listed> after = listTar(std::get<QByteArray>(rebuilt));
        QCOMPARE(after.size(), before.size() + 1);
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(after.at(i) == before.at(i), qPrintable(before.at(i).path));
        QCOMPARE(after.last().path, folder + QStringLiteral("/edgekv_tokens.js"));
    }

    void putsTheTokenFileBesideTheOneEdgeKvJs()
    {
        QList<TarItem> items = richBundle();
        items << file(QStringLiteral("lib/edgekv.js"), "/*\nVersion: 0.6.3\n*/\n");
        const BundleArchive bundle =
            std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(items), QString()));
        QCOMPARE(bundle.edgeKvJsPath(), QStringLiteral("lib/edgekv.js"));
        QCOMPARE(bundle.tokenFilePath(), QStringLiteral("lib/edgekv_tokens.js"));

        // Two copies: no way to tell which one imports the tokens; the CLI's top level it is.
        items << file(QStringLiteral("other/edgekv.js"), "x");
        const BundleArchive two =
            std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(items), QString()));
        QVERIFY(two.edgeKvJsPath().isEmpty());
        QCOMPARE(two.tokenFilePath(), QStringLiteral("edgekv_tokens.js"));
    }

    void acceptsDotSlashNamesAndKeepsThatForm()
    {
        QList<TarItem> items = {special(TarItem::Dir, QStringLiteral("./")),
                                file(QStringLiteral("./bundle.json"), "{}"),
                                file(QStringLiteral("./main.js"), "x")};
        const BundleArchive bundle =
            std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(items), QString()));
        const QList<Listed> after = listTar(std::get<QByteArray>(bundle.withTokenFile("t", 1700000000)));
        QCOMPARE(after.last().path, QStringLiteral("./edgekv_tokens.js"));
    }

    void refusesWhatIsNotASafeBundle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const TarItem manifest = file(QStringLiteral("bundle.json"), "{}");
        QTest::newRow("parent path") << buildTar({manifest, file(QStringLiteral("../evil.js"), "x")})
                                     << QStringLiteral("\"../evil.js\" leads out of the bundle");
        QTest::newRow("parent inside") << buildTar({manifest, file(QStringLiteral("lib/../../evil.js"), "x")})
                                       << QStringLiteral("leads out of the bundle");
        QTest::newRow("absolute path") << buildTar({manifest, file(QStringLiteral("/etc/cron.d/evil"), "x")})
                                       << QStringLiteral("\"/etc/cron.d/evil\" has an absolute path");
        QTest::newRow("absolute symlink")
            << buildTar({manifest,
                         special(TarItem::Symlink, QStringLiteral("passwd"), QStringLiteral("/etc/passwd"))})
            << QStringLiteral("symbolic link \"passwd\" points outside the bundle, to \"/etc/passwd\"");
        QTest::newRow("escaping symlink")
            << buildTar(
                   {manifest, special(TarItem::Symlink, QStringLiteral("lib/x"), QStringLiteral("../../x"))})
            << QStringLiteral("symbolic link \"lib/x\" points outside");
        QTest::newRow("escaping hard link")
            << buildTar({manifest, special(TarItem::Hardlink, QStringLiteral("x"), QStringLiteral("../x"))})
            << QStringLiteral("hard link \"x\" points outside");
        QTest::newRow("no bundle.json") << buildTar({file(QStringLiteral("main.js"), "x")})
                                        << QStringLiteral("no bundle.json at its top level");
        QTest::newRow("bundle.json only in a folder")
            << buildTar({file(QStringLiteral("sub/bundle.json"), "{}"), file(QStringLiteral("main.js"), "x")})
            << QStringLiteral("no bundle.json at its top level");
        QTest::newRow("bundle.json is a folder")
            << buildTar({special(TarItem::Dir, QStringLiteral("bundle.json/"))})
            << QStringLiteral("no bundle.json at its top level");
        QTest::newRow("plain tar, not gzip") << buildTar({manifest}, ARCHIVE_FORMAT_TAR_USTAR, false)
                                             << QStringLiteral("Not a gzip-compressed tar");
        QTest::newRow("zip") << QByteArray("PK\x03\x04 rest of a zip")
                             << QStringLiteral("Not a gzip-compressed tar");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("Not a gzip-compressed tar");
        const QByteArray good = buildTar({manifest, file(QStringLiteral("main.js"), binary())});
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
        // The tar content is complete, only the gzip trailer (CRC and size) is cut off.
        QTest::newRow("gzip trailer cut off") << good.left(good.size() - 4) << QStringLiteral("damaged");
        QTest::newRow("gzip of text")
            << QByteArray(buildTar({}, ARCHIVE_FORMAT_TAR_USTAR, true).left(10) + QByteArray(100, 'x'))
            << QStringLiteral("damaged");
        QTest::newRow("empty archive") << buildTar({}) << QStringLiteral("empty");
    }

    void refusesWhatIsNotASafeBundle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto opened = BundleArchive::fromBytes(bytes, QStringLiteral("/work/b.tgz"));
        QVERIFY(std::holds_alternative<TokenFileError>(opened));
        const TokenFileError& error = std::get<TokenFileError>(opened);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY(error.text().startsWith(QStringLiteral("/work/b.tgz: ")));
    }

    // Every prefix and many single-byte changes of a real bundle: read or refused, never a crash.
    void survivesMangledBundles()
    {
        const QByteArray original = buildTar(richBundle());
        for (qsizetype size = 0; size < original.size(); ++size) {
            const auto opened = BundleArchive::fromBytes(original.left(size), QString());
            QVERIFY(std::holds_alternative<TokenFileError>(opened));
        }
        for (qsizetype i = 0; i < original.size(); i += 3) {
            QByteArray mangled = original;
            mangled[i] = char(mangled.at(i) ^ 0x5A);
            const auto opened = BundleArchive::fromBytes(mangled, QString());
            if (const auto* bundle = std::get_if<BundleArchive>(&opened))
                QVERIFY(bundle->hasFile(QStringLiteral("bundle.json")));
        }
    }

    void refusesATokenFilePathHeldByAFolderOrTwice()
    {
        const QList<TarItem> folder = {file(QStringLiteral("bundle.json"), "{}"),
                                       special(TarItem::Dir, QStringLiteral("edgekv_tokens.js/"))};
        BundleArchive bundle = std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(folder), QString()));
        auto rebuilt = bundle.withTokenFile("x", 0);
        QVERIFY(std::holds_alternative<TokenFileError>(rebuilt));
        QVERIFY(std::get<TokenFileError>(rebuilt).message.contains(QStringLiteral("not a regular file")));

        const QList<TarItem> twice = {file(QStringLiteral("bundle.json"), "{}"),
                                      file(QStringLiteral("edgekv_tokens.js"), "a"),
                                      file(QStringLiteral("./edgekv_tokens.js"), "b")};
        bundle = std::get<BundleArchive>(BundleArchive::fromBytes(buildTar(twice), QString()));
        rebuilt = bundle.withTokenFile("x", 0);
        QVERIFY(std::holds_alternative<TokenFileError>(rebuilt));
        QVERIFY(std::get<TokenFileError>(rebuilt).message.contains(QStringLiteral("more than once")));
    }

    void openNamesTheFile()
    {
        auto opened = BundleArchive::open(QStringLiteral("/nonexistent/b.tgz"));
        QVERIFY(std::holds_alternative<TokenFileError>(opened));
        QCOMPARE(std::get<TokenFileError>(opened).path, QStringLiteral("/nonexistent/b.tgz"));
        opened = BundleArchive::open(QStringLiteral("/tmp"));
        QVERIFY(std::get<TokenFileError>(opened).message.contains(QStringLiteral("not a file")));
    }
};

QTEST_GUILESS_MAIN(TestBundleArchive)
#include "tst_bundlearchive.moc"
