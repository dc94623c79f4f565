#include "EdgercWriter.h"
#include "SandboxOptions.h"
#include "credentials/EdgercReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace edgekv;

namespace {

Credentials sandboxCredentials(const QString& host, bool plainHttp)
{
    const SandboxClient client = SandboxClient::generate();
    Credentials credentials;
    credentials.host = host;
    credentials.plainHttp = plainHttp;
    credentials.clientToken = client.clientToken;
    credentials.clientSecret = client.clientSecret;
    credentials.accessToken = client.accessToken;
    return credentials;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Loads through the app's own loader, without AKAMAI_* variables of the environment.
Credentials load(const QString& path, const QString& section)
{
    const auto loaded = EdgercLoader::load(path, section, QProcessEnvironment());
    if (const auto* error = std::get_if<EdgercError>(&loaded)) {
        qWarning("%s", qPrintable(error->text()));
        return {};
    }
    return std::get<Credentials>(loaded);
}

const QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Owner, group and other bits, like a Unix mode (Qt's "user" bits describe the current user).
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFileInfo(path).permissions() & QFileDevice::Permissions(0x7077);
}

} // namespace

class TestEdgercWriter : public QObject
{
    Q_OBJECT

private slots:
    void newFileLoadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sandbox.edgerc"));
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:41234"), true);
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("default"), written), QString());

        QCOMPARE(modeOf(path), kPrivate);
        const QByteArray text = readAll(path);
        QVERIFY(text.startsWith("[default]\nhost = http://127.0.0.1:41234\n"));
        QCOMPARE(load(path, QStringLiteral("default")), written);
    }

    void httpsHostHasNoScheme()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:8443"), false);
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("tls"), written), QString());
        QVERIFY(readAll(path).contains("host = 127.0.0.1:8443\n"));
        QCOMPARE(load(path, QStringLiteral("tls")), written);
    }

    void replacingKeepsOtherSections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".edgerc"));
        const QByteArray before = "; my credentials\n"
                                  "[default]\n"
                                  "host = akab-aaaa.luna.akamaiapis.net\n"
                                  "client_token = akab-ct\n"
                                  "client_secret = cs=\n"
                                  "access_token = akab-at\n"
                                  "\n"
                                  "[sandbox]\n"
                                  "host = http://127.0.0.1:1\n"
                                  "client_token = old\n"
                                  "client_secret = old\n"
                                  "access_token = old\n"
                                  "\n"
                                  "# production follows\n"
                                  "[prod]\n"
                                  "host = akab-bbbb.luna.akamaiapis.net\n"
                                  "client_token = p1\n"
                                  "client_secret = p2\n"
                                  "access_token = p3\n"
                                  "max_body = 2048\n";
        QVERIFY(writeAll(path, before));
        const Credentials defaultBefore = load(path, QStringLiteral("default"));
        const Credentials prodBefore = load(path, QStringLiteral("prod"));
        QVERIFY(defaultBefore.isComplete());

        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:5555"), true);
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("sandbox"), written), QString());

        const QByteArray after = readAll(path);
        QVERIFY(after.startsWith("; my credentials\n[default]\n"));
        QVERIFY(after.contains("\n# production follows\n[prod]\n"));
        QVERIFY(!after.contains("old"));
        QCOMPARE(after.count("[sandbox]"), 1);
        QCOMPARE(load(path, QStringLiteral("sandbox")), written);
        QCOMPARE(load(path, QStringLiteral("default")), defaultBefore);
        QCOMPARE(load(path, QStringLiteral("prod")), prodBefore);
        QCOMPARE(EdgercFile::read(path).sectionNames(),
                 (QStringList{QStringLiteral("default"), QStringLiteral("sandbox"), QStringLiteral("prod")}));
        QCOMPARE(modeOf(path), kPrivate);

        // Writing it again changes only that section.
        const Credentials again = sandboxCredentials(QStringLiteral("127.0.0.1:6666"), true);
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("sandbox"), again), QString());
        QByteArray expected = after;
        expected.replace(EdgercWriter::sectionText(QStringLiteral("sandbox"), written),
                         EdgercWriter::sectionText(QStringLiteral("sandbox"), again));
        QCOMPARE(readAll(path), expected);
    }

    void appendsNewSection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".edgerc"));
        QVERIFY(writeAll(path, "[default]\nhost = h\nclient_token = a\nclient_secret = b\naccess_token = c"));
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:7"), true);
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("sandbox"), written), QString());
        QCOMPARE(readAll(path), QByteArray("[default]\nhost = h\nclient_token = a\nclient_secret = b\n"
                                           "access_token = c\n\n") +
                                    EdgercWriter::sectionText(QStringLiteral("sandbox"), written));
        QCOMPARE(load(path, QStringLiteral("sandbox")), written);
        QCOMPARE(load(path, QStringLiteral("default")).clientSecret, QStringLiteral("b"));
    }

    void duplicateSectionsBecomeOne()
    {
        const QByteArray before = "[s]\nclient_token = one\n[other]\nhost = x\n[s]\nclient_token = two\n";
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:7"), true);
        const QByteArray merged = EdgercWriter::mergeSection(before, QStringLiteral("s"), written);
        QCOMPARE(merged, EdgercWriter::sectionText(QStringLiteral("s"), written) + "[other]\nhost = x\n");
    }

    void keepsCrlf()
    {
        const QByteArray before = "[a]\r\nhost = x\r\n";
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:7"), true);
        const QByteArray merged = EdgercWriter::mergeSection(before, QStringLiteral("b"), written);
        QCOMPARE(merged, QByteArray("[a]\r\nhost = x\r\n\r\n") +
                             EdgercWriter::sectionText(QStringLiteral("b"), written, "\r\n"));
    }

    void oddValuesAreQuoted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:7"), true);
        written.clientSecret = QStringLiteral("se cret ;not a comment");
        written.accessToken = QStringLiteral("a\"b #c");
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("default"), written), QString());
        QCOMPARE(load(path, QStringLiteral("default")), written);
    }

    void existingPermissiveFileBecomesPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        QVERIFY(writeAll(path, "[x]\nhost = y\n"));
        QVERIFY(QFile::setPermissions(path, kPrivate | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(EdgercWriter::writeSection(path, QStringLiteral("default"),
                                            sandboxCredentials(QStringLiteral("127.0.0.1:7"), true)),
                 QString());
        QCOMPARE(modeOf(path), kPrivate);
    }

    void errorsNameTheFileNotTheSecret()
    {
        QTemporaryDir dir;
        const Credentials written = sandboxCredentials(QStringLiteral("127.0.0.1:7"), true);
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/.edgerc"));
        QString error = EdgercWriter::writeSection(missingFolder, QStringLiteral("default"), written);
        QVERIFY(error.contains(missingFolder));
        QVERIFY(!error.contains(written.clientSecret));
        QVERIFY(!QFileInfo::exists(missingFolder));

        error = EdgercWriter::writeSection(dir.path(), QStringLiteral("default"), written);
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));

        // A read-only folder: the old file stays as it was.
        const QString path = dir.filePath(QStringLiteral("ro/e"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("ro"))));
        QVERIFY(writeAll(path, "[keep]\nhost = y\n"));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("ro")),
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        error = EdgercWriter::writeSection(path, QStringLiteral("default"), written);
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFileDevice::ReadOwner |
                                                                              QFileDevice::WriteOwner |
                                                                              QFileDevice::ExeOwner));
        if (::geteuid() != 0) // root writes anyway
            QVERIFY(!error.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(readAll(path), QByteArray("[keep]\nhost = y\n"));
    }
};

QTEST_GUILESS_MAIN(TestEdgercWriter)
#include "tst_edgercwriter.moc"
