#include "credentials/EdgercReader.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace edgekv;

namespace {

QString fixtureDir()
{
    return QStringLiteral(EDGEKV_TESTDATA_DIR "/edgegrid/");
}

struct Expected
{
    QString section;
    bool valid = false;
    Credentials credentials;   // when valid
    QStringList fragments;     // when not valid: text the message must contain
    QStringList hiddenSecrets; // when not valid: secret and token values in the section
};

Expected good(const QString& section, const QString& host, const QString& clientToken,
              const QString& clientSecret, const QString& accessToken,
              int maxBody = Credentials::DefaultMaxBody, const QStringList& headersToSign = {})
{
    Expected expected;
    expected.section = section;
    expected.valid = true;
    expected.credentials.host = host;
    expected.credentials.clientToken = clientToken;
    expected.credentials.clientSecret = clientSecret;
    expected.credentials.accessToken = accessToken;
    expected.credentials.maxBody = maxBody;
    expected.credentials.headersToSign = headersToSign;
    return expected;
}

Expected bad(const QString& section, const QStringList& fragments, const QStringList& hiddenSecrets)
{
    Expected expected;
    expected.section = section;
    expected.fragments = fragments;
    expected.hiddenSecrets = hiddenSecrets;
    return expected;
}

// Every .edgerc fixture, by path relative to fixtureDir(), with every section it holds, in file order.
QMap<QString, QList<Expected>> fixtureExpectations()
{
    // The placeholder values of the Python, Go and Ruby fixtures.
    const QString xHost = QStringLiteral("xxxx-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net");
    const QString xToken = QStringLiteral("xxxx-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx");
    const QString xSecret = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=");
    // The PHP and Ruby fixtures use the base values of the signing test vectors.
    const QString baseHost = QStringLiteral("akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net");
    const QString baseClientToken = QStringLiteral("akab-client-token-xxx-xxxxxxxxxxxxxxxx");
    const QString baseAccessToken = QStringLiteral("akab-access-token-xxx-xxxxxxxxxxxxxxxx");
    const QString sectionToken = QStringLiteral("sectionClientToken");
    const QString sectionSecret = QStringLiteral("sectionClientSecret");
    const QString sectionAccess = QStringLiteral("sectionAccessToken");
    const QString sectionHost = QStringLiteral("sectionexample.luna.akamaiapis.net");
    QMap<QString, QList<Expected>> all;

    all[QStringLiteral("python/sample_edgerc")] = {
        good(QStringLiteral("default"), xHost, xToken, xSecret, xToken, 131072),
        // Python keeps the quotes and so calls this section broken; the liberal parser strips them.
        good(QStringLiteral("broken"), xHost, xToken, xSecret, xToken),
        good(QStringLiteral("headers"), xHost, xToken, xSecret, xToken, 131072,
             {QStringLiteral("X-MyThing1"), QStringLiteral("X-MyThing2")}),
        good(QStringLiteral("dashes"), xHost, xToken, xSecret, xToken, 131072),
    };
    all[QStringLiteral("python/edgerc_that_doesnt_parse")] = {
        bad(QStringLiteral("default"),
            {QStringLiteral("Missing or empty: host, client_secret."),
             QStringLiteral("max_body \"xx131072\" on line 4 is not a positive integer.")},
            {xToken}),
    };
    all[QStringLiteral("node/test_edgerc")] = {
        good(QStringLiteral("default"), QStringLiteral("example.luna.akamaiapis.net"),
             QStringLiteral("clientToken"), QStringLiteral("clientSecret"), QStringLiteral("accessToken"),
             131072),
        good(QStringLiteral("section"), sectionHost, sectionToken, sectionSecret, sectionAccess, 131072),
        good(QStringLiteral("custom:max_body"), sectionHost, sectionToken, sectionSecret, sectionAccess,
             8192),
        bad(QStringLiteral("custom:max_body_NAN"),
            {QStringLiteral("max_body \"8A192\" on line 27 is not a positive integer.")},
            {sectionSecret, sectionAccess}),
        good(QStringLiteral("no-max-body"), sectionHost, sectionToken, sectionSecret, sectionAccess),
        good(QStringLiteral("https"), QStringLiteral("example.luna.akamaiapis.net"), sectionToken,
             sectionSecret, sectionAccess, 131072),
        good(QStringLiteral("comment-test"), sectionHost, QStringLiteral("client token"),
             QStringLiteral("client;secret"), QStringLiteral("access; token"), 131072),
    };
    all[QStringLiteral("golang/edgerc")] = {
        good(QStringLiteral("test"), xHost, xToken, xSecret, xToken),
        bad(QStringLiteral("missing-host"), {QStringLiteral("Missing or empty: host.")}, {xSecret, xToken}),
        bad(QStringLiteral("missing-client-secret"), {QStringLiteral("Missing or empty: client_secret.")},
            {xToken}),
        bad(QStringLiteral("missing-client-token"), {QStringLiteral("Missing or empty: client_token.")},
            {xSecret, xToken}),
        bad(QStringLiteral("missing-access-token"), {QStringLiteral("Missing or empty: access_token.")},
            {xSecret}),
        // Go rejects the trailing slash; the liberal parser strips it.
        good(QStringLiteral("slash-at-the-end-of-host-value"), xHost, xToken, xSecret, xToken),
    };
    // Java reads only "headers_to_sign", so "headers" is ignored, as its tests expect.
    all[QStringLiteral("java/edgerc")] = {
        good(QStringLiteral("good1"), QStringLiteral("HOST1"), QStringLiteral("CT1"), QStringLiteral("CS1"),
             QStringLiteral("AT1"), 65536),
        good(QStringLiteral("good2"), QStringLiteral("HOST2"), QStringLiteral("CT2"), QStringLiteral("CS2"),
             QStringLiteral("AT2")),
        good(QStringLiteral("good3"), QStringLiteral("HOST3"), QStringLiteral("CT3"), QStringLiteral("CS3"),
             QStringLiteral("AT3")),
        good(QStringLiteral("good4"), QStringLiteral("HOST4"), QStringLiteral("CT4"), QStringLiteral("CS4"),
             QStringLiteral("AT4")),
        bad(QStringLiteral("bad1"), {QStringLiteral("Missing or empty: host.")},
            {QStringLiteral("BAD-CS1"), QStringLiteral("BAD-AT1")}),
        bad(QStringLiteral("bad2"), {QStringLiteral("Missing or empty: access_token.")},
            {QStringLiteral("BAD-CS2")}),
        bad(QStringLiteral("bad3"), {QStringLiteral("Missing or empty: client_token.")},
            {QStringLiteral("BAD-CS3"), QStringLiteral("BAD-AT3")}),
        bad(QStringLiteral("bad4"), {QStringLiteral("Missing or empty: client_secret.")},
            {QStringLiteral("BAD-AT4")}),
    };
    all[QStringLiteral("java/edgerc_malformed")] = {
        bad(QStringLiteral("broken"), {QStringLiteral("The section header on line 1 has no closing \"]\".")},
            {QStringLiteral("CSCSCSC+SCSCSCSCSCSCSCSCSCSCSCSCSCSCSCSCSCS="),
             QStringLiteral("akaa-ATATATATATATATAT-ATATATATATATATAT")}),
    };
    all[QStringLiteral("ruby/sample_edgerc")] = {
        good(QStringLiteral("test_edgerc"), baseHost, baseClientToken, xSecret, baseAccessToken, 131072),
    };
    // PHP's key is max-size.
    all[QStringLiteral("php/.edgerc")] = {
        good(QStringLiteral("default"), baseHost, baseClientToken, xSecret, baseAccessToken, 2048),
    };
    all[QStringLiteral("php/.edgerc.default-testing")] = {
        good(QStringLiteral("default"), QStringLiteral("bad.host.example.org"), QStringLiteral("token"),
             QStringLiteral("and secret"), QStringLiteral("bad"), 2048),
        good(QStringLiteral("testing"), baseHost, baseClientToken, xSecret, baseAccessToken, 2048),
    };
    // "invalid" for PHP's own parser only: they use ":" as the delimiter.
    all[QStringLiteral("php/.edgerc.invalid")] = {
        good(QStringLiteral("default"), baseHost, baseClientToken, xSecret, baseAccessToken, 2048),
    };
    all[QStringLiteral("php/.edgerc.invalid-spaces")] = {
        good(QStringLiteral("default"), baseHost, baseClientToken, xSecret, baseAccessToken, 2048),
    };
    all[QStringLiteral("php/.edgerc.testing")] = {
        good(QStringLiteral("testing"), baseHost, baseClientToken, xSecret, baseAccessToken, 2048),
    };
    return all;
}

// Every file in the fixture folders whose name mentions edgerc, hidden ones included.
QStringList discoverFixtures()
{
    QStringList found;
    const QDir root(fixtureDir());
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& folder : folders) {
        const QDir dir(root.filePath(folder));
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString& file : files) {
            if (file.contains(QLatin1String("edgerc"), Qt::CaseInsensitive))
                found << folder + QLatin1Char('/') + file;
        }
    }
    return found;
}

QProcessEnvironment environment(const QList<QPair<QString, QString>>& variables)
{
    QProcessEnvironment env;
    for (const auto& [name, value] : variables)
        env.insert(name, value);
    return env;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

Credentials credentialsOrFail(const std::variant<Credentials, EdgercError>& result)
{
    if (const auto* error = std::get_if<EdgercError>(&result))
        qWarning().noquote() << "unexpected error:" << error->text();
    return std::holds_alternative<Credentials>(result) ? std::get<Credentials>(result) : Credentials();
}

EdgercError errorOf(const std::variant<Credentials, EdgercError>& result)
{
    return std::holds_alternative<EdgercError>(result) ? std::get<EdgercError>(result) : EdgercError();
}

constexpr char FileSection[] = "[default]\n"
                               "host = file.luna.akamaiapis.net\n"
                               "client_token = file-ct\n"
                               "client_secret = file-secret=\n"
                               "access_token = file-at\n"
                               "max_body = 8192\n"
                               "headers_to_sign = X-A\n"
                               "\n"
                               "[ccu-prod]\n"
                               "host = ccu.luna.akamaiapis.net\n"
                               "client_token = ccu-ct\n"
                               "client_secret = ccu-secret=\n"
                               "access_token = ccu-at\n";

} // namespace

class TestEdgercReader : public QObject
{
    Q_OBJECT

private slots:
    void everyOfficialFixture()
    {
        const QMap<QString, QList<Expected>> expectations = fixtureExpectations();
        const QStringList discovered = discoverFixtures();
        // A wrong folder finds nothing; a new fixture file must get expectations.
        QCOMPARE(discovered, QStringList(expectations.keys()));

        int files = 0;
        int sections = 0;
        for (auto it = expectations.cbegin(); it != expectations.cend(); ++it) {
            const QString path = fixtureDir() + it.key();
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
            const EdgercFile file = EdgercFile::read(path);
            QVERIFY2(file.fileError().isEmpty(), qPrintable(path + QStringLiteral(": ") + file.fileError()));
            QVERIFY2(!file.sectionNames().isEmpty(), qPrintable(path + QStringLiteral(" has no sections")));

            QStringList expectedNames;
            for (const Expected& expected : it.value())
                expectedNames << expected.section;
            QCOMPARE(file.sectionNames(), expectedNames);
            QCOMPARE(file.sections().size(), expectedNames.size());
            QVERIFY(!file.hasSection(QStringLiteral("no-such-section")));

            for (const Expected& expected : it.value()) {
                checkSection(file, expected);
                if (QTest::currentTestFailed())
                    return;
                ++sections;
            }
            ++files;
        }
        QCOMPARE(files, 12);
        QCOMPARE(sections, 34);
        qInfo().noquote()
            << QStringLiteral("edgerc: checked %1 fixture files, %2 sections").arg(files).arg(sections);
    }

    void parserRules_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("secret");

        QTest::newRow("plain") << QByteArray("client_secret = abc+/=") << QStringLiteral("abc+/=");
        QTest::newRow("colon") << QByteArray("client_secret: abc=") << QStringLiteral("abc=");
        QTest::newRow("colon no space") << QByteArray("client_secret:abc=") << QStringLiteral("abc=");
        QTest::newRow("first delimiter wins")
            << QByteArray("client_secret = a:b=c") << QStringLiteral("a:b=c");
        QTest::newRow("dashes and case") << QByteArray("Client-Secret = abc") << QStringLiteral("abc");
        QTest::newRow("inline ; comment")
            << QByteArray("client_secret = abc ; comment") << QStringLiteral("abc");
        QTest::newRow("inline # comment")
            << QByteArray("client_secret = abc\t# comment") << QStringLiteral("abc");
        QTest::newRow("; without space kept")
            << QByteArray("client_secret = a;b#c") << QStringLiteral("a;b#c");
        QTest::newRow("double quotes") << QByteArray("client_secret = \"a b\"") << QStringLiteral("a b");
        QTest::newRow("single quotes") << QByteArray("client_secret = 'a b'") << QStringLiteral("a b");
        QTest::newRow("quoted ; survives")
            << QByteArray("client_secret = \"client;secret\" ; comment") << QStringLiteral("client;secret");
        QTest::newRow("quoted # survives")
            << QByteArray("client_secret = 'a # b' # comment") << QStringLiteral("a # b");
        QTest::newRow("one pair only")
            << QByteArray("client_secret = \"\"abc\"\"") << QStringLiteral("\"abc\"");
        QTest::newRow("unmatched quotes kept")
            << QByteArray("client_secret = \"abc'") << QStringLiteral("\"abc'");
        QTest::newRow("quote inside kept") << QByteArray("client_secret = ab\"c") << QStringLiteral("ab\"c");
        QTest::newRow("escaped quote")
            << QByteArray("client_secret = \"a\\\" ; b\" ; c") << QStringLiteral("a\\\" ; b");
        QTest::newRow("trailing spaces") << QByteArray("client_secret =   abc   ") << QStringLiteral("abc");
        QTest::newRow("crlf") << QByteArray("client_secret = abc\r") << QStringLiteral("abc");
    }

    void parserRules()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, secret);
        const QByteArray text = "; a comment\n"
                                "  # another comment\n"
                                "[default] ; comment\n"
                                "host = a.luna.akamaiapis.net\n"
                                "client_token = ct\n" +
                                line +
                                "\n"
                                "access_token = at\n";
        const EdgercFile file = EdgercFile::parse(text, QStringLiteral("mem.edgerc"));
        const Credentials credentials = credentialsOrFail(file.credentials(QStringLiteral("default")));
        QCOMPARE(credentials.clientSecret, secret);
        QCOMPARE(credentials.host, QStringLiteral("a.luna.akamaiapis.net"));
    }

    void optionalKeys()
    {
        const QByteArray text = "\xEF\xBB\xBF[default]\r\n"
                                "HOST = https://a.luna.akamaiapis.net/\r\n"
                                "client-token = ct\r\n"
                                "client_secret = cs\r\n"
                                "access-token = at\r\n"
                                "MAX_SIZE = 4096\r\n"
                                "headers-to-sign = X-B , X-A,, \r\n"
                                "account-key = 1-ABC:2-DEF\r\n"
                                "unknown = ignored\r\n";
        const EdgercFile file = EdgercFile::parse(text, QStringLiteral("mem.edgerc"));
        QCOMPARE(file.sectionNames(), QStringList{QStringLiteral("default")});
        const Credentials credentials = credentialsOrFail(file.credentials(QStringLiteral("default")));
        QCOMPARE(credentials.host, QStringLiteral("a.luna.akamaiapis.net"));
        QVERIFY(!credentials.plainHttp);
        QCOMPARE(credentials.clientToken, QStringLiteral("ct"));
        QCOMPARE(credentials.accessToken, QStringLiteral("at"));
        QCOMPARE(credentials.maxBody, 4096);
        QCOMPARE(credentials.headersToSign, (QStringList{QStringLiteral("X-B"), QStringLiteral("X-A")}));
        QCOMPARE(credentials.accountSwitchKey, QStringLiteral("1-ABC:2-DEF"));
    }

    void maxBodyMustBeAPositiveInteger_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // 0: an error
        QTest::newRow("valid") << QStringLiteral("65536") << 65536;
        QTest::newRow("spaces") << QStringLiteral("  1024  ") << 1024;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0;
        QTest::newRow("plus") << QStringLiteral("+5") << 0;
        QTest::newRow("prefix") << QStringLiteral("xx131072") << 0;
        QTest::newRow("infix") << QStringLiteral("8A192") << 0;
        QTest::newRow("NaN") << QStringLiteral("NaN") << 0;
        QTest::newRow("float") << QStringLiteral("1.5") << 0;
        QTest::newRow("overflow") << QStringLiteral("99999999999") << 0;
        QTest::newRow("empty") << QString() << 0;
    }

    void maxBodyMustBeAPositiveInteger()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        const QByteArray text = "[s]\nhost = h.example.net\nclient_token = ct\nclient_secret = cs\n"
                                "access_token = at\nmax-body = " +
                                value.toUtf8() + "\n";
        const auto result =
            EdgercFile::parse(text, QStringLiteral("mem.edgerc")).credentials(QStringLiteral("s"));
        if (expected > 0) {
            QCOMPARE(credentialsOrFail(result).maxBody, expected);
            return;
        }
        const EdgercError error = errorOf(result);
        QCOMPARE(error.section, QStringLiteral("s"));
        QVERIFY2(
            error.message.contains(
                QStringLiteral("max-body \"%1\" on line 6 is not a positive integer.").arg(value.trimmed())),
            qPrintable(error.text()));
    }

    void loopbackMayUsePlainHttp_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("authority");
        QTest::newRow("ipv4 with port")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("127.0.0.1:8080");
        QTest::newRow("localhost, slash")
            << QStringLiteral("http://localhost:8443/") << QStringLiteral("localhost:8443");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080") << QStringLiteral("[::1]:8080");
    }

    void loopbackMayUsePlainHttp()
    {
        QFETCH(QString, host);
        QFETCH(QString, authority);
        const QByteArray text = "[sandbox]\nhost = " + host.toUtf8() +
                                "\nclient_token = ct\nclient_secret = cs\naccess_token = at\n";
        const Credentials credentials = credentialsOrFail(
            EdgercFile::parse(text, QStringLiteral("mem.edgerc")).credentials(QStringLiteral("sandbox")));
        QCOMPARE(credentials.host, authority);
        QVERIFY(credentials.plainHttp);
        QCOMPARE(credentials.baseUrl(), QUrl(QStringLiteral("http://") + authority));
    }

    void plainHttpToARemoteHostFails()
    {
        const QByteArray text = "[remote]\nhost = http://example.com\nclient_token = ct\n"
                                "client_secret = Remote-Secret-123=\naccess_token = akab-remote-at\n";
        const EdgercError error = errorOf(
            EdgercFile::parse(text, QStringLiteral("/cfg/.edgerc")).credentials(QStringLiteral("remote")));
        QCOMPARE(error.file, QStringLiteral("/cfg/.edgerc"));
        QCOMPARE(error.section, QStringLiteral("remote"));
        QVERIFY2(error.message.startsWith(QStringLiteral("host on line 2: Plain http:// is allowed only")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("example.com")));
        QVERIFY(error.text().startsWith(QStringLiteral("/cfg/.edgerc [remote]: host on line 2")));
        QVERIFY(!error.text().contains(QStringLiteral("Remote-Secret-123=")));
        QVERIFY(!error.text().contains(QStringLiteral("akab-remote-at")));
    }

    void errorsNeverContainSecrets()
    {
        const QString secret = QStringLiteral("S3cr3t+VALUE/abcdefgh=");
        const QString token = QStringLiteral("akab-ACCESS-token-value");
        const QByteArray s = secret.toUtf8();
        const QByteArray t = token.toUtf8();
        const QByteArray text =
            "[missing-host]\nclient_token = ct\nclient_secret = " + s + "\naccess_token = " + t +
            "\nunknown_key = 1\n" + s + "\n" + t +
            "=\n"
            "[secret-in-host]\nhost = http://" +
            s + "\nclient_token = ct\nclient_secret = " + s + "\naccess_token = " + t +
            "\n"
            "[token-in-host]\nhost = " +
            t + " x\nclient_token = ct\nclient_secret = " + s + "\naccess_token = " + t +
            "\n"
            "[secret-as-max-body]\nhost = h.example.net\nclient_token = ct\nclient_secret = " +
            s + "\naccess_token = " + t + "\nmax_body = " + s +
            "\n"
            "[token-as-max-body]\nhost = h.example.net\nclient_token = ct\nclient_secret = " +
            s + "\naccess_token = " + t + "\nmax_body = " + t +
            "\n"
            "[secret-line]\nhost = h.example.net\nclient_token = ct\nclient_secret = " +
            s + "\naccess_token = " + t + "\n" + "S3cr3t VALUE\n" +
            "[twice]\nhost = h.example.net\nclient_token = ct\nclient_secret = " + s +
            "\nclient-secret = other\naccess_token = " + t + "\n";
        const EdgercFile file = EdgercFile::parse(text, QStringLiteral("/home/u/.edgerc"));
        QCOMPARE(file.sectionNames().size(), 7);
        for (const QString& section : file.sectionNames()) {
            const EdgercError error = errorOf(file.credentials(section));
            QVERIFY2(!error.message.isEmpty(), qPrintable(section));
            QCOMPARE(error.section, section);
            QVERIFY2(!error.text().contains(secret), qPrintable(error.text()));
            QVERIFY2(!error.text().contains(token), qPrintable(error.text()));
            QVERIFY2(!error.text().contains(QStringLiteral("S3cr3t")), qPrintable(error.text()));
        }
        const EdgercError missingHost = errorOf(file.credentials(QStringLiteral("missing-host")));
        QVERIFY2(missingHost.message.contains(QStringLiteral("Missing or empty: host. Keys not understood: "
                                                             "unknown_key.")),
                 qPrintable(missingHost.message));
        QVERIFY(errorOf(file.credentials(QStringLiteral("secret-line")))
                    .message.contains(QStringLiteral("Line 35 is not a \"key = value\" line.")));
        QVERIFY(errorOf(file.credentials(QStringLiteral("twice")))
                    .message.contains(QStringLiteral("client_secret is set twice with different values")));
        QVERIFY(errorOf(file.credentials(QStringLiteral("secret-as-max-body")))
                    .message.contains(QStringLiteral("max_body on line 23 is not a positive integer.")));
    }

    void sectionsAreIndependent()
    {
        const QByteArray text =
            "[first]\nhost = one.example.net\nclient_token = ct1\nclient_secret = cs1\n"
            "access_token = at1\n"
            "[first]\nhost = two.example.net\n"
            "[junk] trailing\nhost = j.example.net\nclient_token = ct\nclient_secret = cs\n"
            "access_token = at\n"
            "[same-twice]\nhost = h.example.net\nhost = h.example.net\nclient_token = ct\n"
            "client_secret = cs\naccess_token = at\n"
            "[good]\nhost = g.example.net\nclient_token = ct\nclient_secret = cs\n"
            "access_token = at\n";
        const EdgercFile file = EdgercFile::parse(text, QStringLiteral("mem.edgerc"));
        QCOMPARE(file.sectionNames(), (QStringList{QStringLiteral("first"), QStringLiteral("junk"),
                                                   QStringLiteral("same-twice"), QStringLiteral("good")}));
        QVERIFY(errorOf(file.credentials(QStringLiteral("first")))
                    .message.contains(QStringLiteral("The section appears twice, on lines 1 and 6.")));
        QVERIFY(
            errorOf(file.credentials(QStringLiteral("junk")))
                .message.contains(QStringLiteral("Line 8 has unexpected text after the section header.")));
        QCOMPARE(credentialsOrFail(file.credentials(QStringLiteral("same-twice"))).host,
                 QStringLiteral("h.example.net"));
        QCOMPARE(credentialsOrFail(file.credentials(QStringLiteral("good"))).host,
                 QStringLiteral("g.example.net"));
        QCOMPARE(file.sections().at(3).line, 19);
        QCOMPARE(file.sections().at(3).credentials.clientToken, QStringLiteral("ct"));
    }

    void environmentOverridesDefaultSection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("edgerc"), FileSection);
        QVERIFY(!path.isEmpty());

        const QProcessEnvironment env = environment({
            {QStringLiteral("AKAMAI_HOST"), QStringLiteral("https://env.luna.akamaiapis.net/")},
            {QStringLiteral("AKAMAI_CLIENT_TOKEN"), QStringLiteral("env-ct")},
            {QStringLiteral("AKAMAI_CLIENT_SECRET"), QStringLiteral("env-secret=")},
            {QStringLiteral("AKAMAI_ACCESS_TOKEN"), QStringLiteral("env-at")},
            {QStringLiteral("AKAMAI_MAX_BODY"), QStringLiteral("4096")},
        });
        Credentials expected;
        expected.host = QStringLiteral("env.luna.akamaiapis.net");
        expected.clientToken = QStringLiteral("env-ct");
        expected.clientSecret = QStringLiteral("env-secret=");
        expected.accessToken = QStringLiteral("env-at");
        expected.maxBody = 4096;
        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("default"), env)), expected);

        // The environment alone is enough: the file is not read.
        QCOMPARE(credentialsOrFail(EdgercLoader::load(dir.filePath(QStringLiteral("missing")),
                                                      QStringLiteral("default"), env)),
                 expected);

        // Without AKAMAI_MAX_BODY the default applies, not the file's 8192.
        QProcessEnvironment noMaxBody = env;
        noMaxBody.remove(QStringLiteral("AKAMAI_MAX_BODY"));
        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("default"), noMaxBody)).maxBody,
                 Credentials::DefaultMaxBody);

        // The unprefixed variables belong to "default" only.
        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("ccu-prod"), env)).host,
                 QStringLiteral("ccu.luna.akamaiapis.net"));

        QProcessEnvironment badMaxBody = env;
        badMaxBody.insert(QStringLiteral("AKAMAI_MAX_BODY"), QStringLiteral("lots"));
        const EdgercError error = errorOf(EdgercLoader::load(path, QStringLiteral("default"), badMaxBody));
        QCOMPARE(error.section, QStringLiteral("default"));
        QCOMPARE(error.message,
                 QStringLiteral("In the environment: AKAMAI_MAX_BODY \"lots\" is not a positive integer."));

        QProcessEnvironment remoteHttp = env;
        remoteHttp.insert(QStringLiteral("AKAMAI_HOST"), QStringLiteral("http://example.com"));
        const EdgercError httpError =
            errorOf(EdgercLoader::load(path, QStringLiteral("default"), remoteHttp));
        QVERIFY2(
            httpError.message.startsWith(QStringLiteral("In the environment: AKAMAI_HOST: Plain http://")),
            qPrintable(httpError.message));
        QVERIFY(!httpError.text().contains(QStringLiteral("env-secret=")));
        QVERIFY(!httpError.text().contains(QStringLiteral("env-at")));
    }

    void environmentOverridesNamedSection()
    {
        QCOMPARE(EdgercLoader::envPrefix(QStringLiteral("default")), QStringLiteral("AKAMAI_"));
        QCOMPARE(EdgercLoader::envPrefix(QStringLiteral("ccu")), QStringLiteral("AKAMAI_CCU_"));
        QCOMPARE(EdgercLoader::envPrefix(QStringLiteral("ccu-prod")), QStringLiteral("AKAMAI_CCU_PROD_"));
        QCOMPARE(EdgercLoader::envPrefix(QStringLiteral("my section")), QStringLiteral("AKAMAI_MY_SECTION_"));
        QCOMPARE(EdgercLoader::envPrefix(QStringLiteral("custom:max_body")),
                 QStringLiteral("AKAMAI_CUSTOM_MAX_BODY_"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("edgerc"), FileSection);
        const QProcessEnvironment env = environment({
            {QStringLiteral("AKAMAI_CCU_PROD_HOST"), QStringLiteral("127.0.0.1:9000")},
            {QStringLiteral("AKAMAI_CCU_PROD_CLIENT_TOKEN"), QStringLiteral("env-ct")},
            {QStringLiteral("AKAMAI_CCU_PROD_CLIENT_SECRET"), QStringLiteral("env-secret=")},
            {QStringLiteral("AKAMAI_CCU_PROD_ACCESS_TOKEN"), QStringLiteral("env-at")},
            {QStringLiteral("AKAMAI_CCU_PROD_MAX_BODY"), QStringLiteral("2048")},
            {QStringLiteral("AKAMAI_CCU_PROD_ACCOUNT_KEY"), QStringLiteral("B-C-1ABCD")},
        });
        const Credentials credentials =
            credentialsOrFail(EdgercLoader::load(path, QStringLiteral("ccu-prod"), env));
        QCOMPARE(credentials.host, QStringLiteral("127.0.0.1:9000"));
        QVERIFY(!credentials.plainHttp);
        QCOMPARE(credentials.clientToken, QStringLiteral("env-ct"));
        QCOMPARE(credentials.clientSecret, QStringLiteral("env-secret="));
        QCOMPARE(credentials.accessToken, QStringLiteral("env-at"));
        QCOMPARE(credentials.maxBody, 2048);
        QCOMPARE(credentials.accountSwitchKey, QStringLiteral("B-C-1ABCD"));

        // A section's variables do not leak into "default".
        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("default"), env)).host,
                 QStringLiteral("file.luna.akamaiapis.net"));
    }

    void partialEnvironmentIsIgnored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("edgerc"), FileSection);
        const QProcessEnvironment env = environment({
            {QStringLiteral("AKAMAI_HOST"), QStringLiteral("env.luna.akamaiapis.net")},
            {QStringLiteral("AKAMAI_CLIENT_TOKEN"), QStringLiteral("env-ct")},
            {QStringLiteral("AKAMAI_CLIENT_SECRET"), QStringLiteral("env-secret=")},
            {QStringLiteral("AKAMAI_ACCESS_TOKEN"), QString()}, // set but empty counts as missing
            {QStringLiteral("AKAMAI_MAX_BODY"), QStringLiteral("1024")},
        });
        Credentials expected;
        expected.host = QStringLiteral("file.luna.akamaiapis.net");
        expected.clientToken = QStringLiteral("file-ct");
        expected.clientSecret = QStringLiteral("file-secret=");
        expected.accessToken = QStringLiteral("file-at");
        expected.maxBody = 8192;
        expected.headersToSign = QStringList{QStringLiteral("X-A")};
        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("default"), env)), expected);

        // When the file fails too, the message says why the environment was not used.
        const EdgercError error =
            errorOf(EdgercLoader::load(dir.filePath(QStringLiteral("none")), QStringLiteral("default"), env));
        QVERIFY2(error.message.contains(
                     QStringLiteral("The file does not exist. The environment sets AKAMAI_HOST, "
                                    "AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET but not "
                                    "AKAMAI_ACCESS_TOKEN, so it was not used.")),
                 qPrintable(error.message));
        QVERIFY(!error.text().contains(QStringLiteral("env-secret=")));
    }

    void accountKeyAppliesOnItsOwn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path =
            writeFile(dir, QStringLiteral("edgerc"), QByteArray(FileSection) + "account_key = FILE-KEY\n");

        QCOMPARE(credentialsOrFail(EdgercLoader::load(path, QStringLiteral("ccu-prod"), {})).accountSwitchKey,
                 QStringLiteral("FILE-KEY"));
        const QProcessEnvironment env = environment({
            {QStringLiteral("AKAMAI_ACCOUNT_KEY"), QStringLiteral("1-ENV:2-KEY")},
            {QStringLiteral("AKAMAI_CCU_PROD_ACCOUNT_KEY"), QStringLiteral("ENV-CCU-KEY")},
        });
        const Credentials fromDefault =
            credentialsOrFail(EdgercLoader::load(path, QStringLiteral("default"), env));
        QCOMPARE(fromDefault.accountSwitchKey, QStringLiteral("1-ENV:2-KEY"));
        QCOMPARE(fromDefault.clientToken, QStringLiteral("file-ct"));
        QCOMPARE(fromDefault.maxBody, 8192);
        const Credentials fromCcu =
            credentialsOrFail(EdgercLoader::load(path, QStringLiteral("ccu-prod"), env));
        QCOMPARE(fromCcu.accountSwitchKey, QStringLiteral("ENV-CCU-KEY"));
        QCOMPARE(fromCcu.clientToken, QStringLiteral("ccu-ct"));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("no/such/.edgerc"));
        const EdgercFile file = EdgercFile::read(path);
        QCOMPARE(file.fileError(), QStringLiteral("The file does not exist."));
        QVERIFY(file.sectionNames().isEmpty());
        const EdgercError error = errorOf(file.credentials(QStringLiteral("default")));
        QCOMPARE(error.file, path);
        QCOMPARE(error.text(), path + QStringLiteral(" [default]: The file does not exist."));
        QCOMPARE(errorOf(EdgercLoader::load(path, QStringLiteral("default"), {})).text(), error.text());
        QCOMPARE(EdgercFile::read(QString()).fileError(), QStringLiteral("No .edgerc file was given."));
    }

    void fileIsADirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const EdgercError error = errorOf(EdgercLoader::load(dir.path(), QStringLiteral("default"), {}));
        QCOMPARE(error.file, dir.path());
        QCOMPARE(error.message, QStringLiteral("This is a folder, not a .edgerc file."));
        QVERIFY(error.text().startsWith(dir.path()));
    }

    void notARegularFile()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero");
        const EdgercFile file = EdgercFile::read(QStringLiteral("/dev/zero"));
        QCOMPARE(file.fileError(), QStringLiteral("This is not a regular file."));
    }

    void tooLargeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral("big"), QByteArray(qsizetype(2) << 20, ';'));
        QVERIFY(EdgercFile::read(path).fileError().startsWith(QStringLiteral("The file is too large")));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, QStringLiteral(".edgerc"), QByteArray());
        const EdgercFile file = EdgercFile::read(path);
        QVERIFY(file.fileError().isEmpty());
        QVERIFY(file.sectionNames().isEmpty());
        QVERIFY(file.warnings().isEmpty());
        const EdgercError error = errorOf(file.credentials(QStringLiteral("default")));
        QCOMPARE(error.text(), path + QStringLiteral(" [default]: The file has no sections."));
    }

    void keysWithoutASection()
    {
        const EdgercFile file = EdgercFile::parse("host = h.example.net\nclient_token = ct\n\n; c\n",
                                                  QStringLiteral("mem.edgerc"));
        QVERIFY(file.sectionNames().isEmpty());
        QCOMPARE(
            errorOf(file.credentials(QStringLiteral("default"))).message,
            QStringLiteral("The file has no sections. Put a line \"[default]\" above its \"key = value\" "
                           "lines."));
        QCOMPARE(file.warnings().size(), 1);
        QCOMPARE(file.warnings().first().text(),
                 QStringLiteral("mem.edgerc: Ignored 2 line(s) outside any [section], the first on line 1."));
    }

    void sectionThatDoesNotExist()
    {
        const QString path = fixtureDir() + QStringLiteral("java/edgerc");
        const EdgercError error = errorOf(EdgercLoader::load(path, QStringLiteral("production"), {}));
        QCOMPARE(error.file, path);
        QCOMPARE(error.section, QStringLiteral("production"));
        QCOMPARE(error.message,
                 QStringLiteral("There is no such section. The file has [good1], [good2], [good3], "
                                "[good4], [bad1], [bad2], [bad3], [bad4]."));
        QVERIFY(error.text().startsWith(path + QStringLiteral(" [production]: ")));
    }

    void tildeMeansHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(!writeFile(home, QStringLiteral(".edgerc"), FileSection).isEmpty());
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const EdgercFile file = EdgercFile::read(QStringLiteral("~/.edgerc"));
        qputenv("HOME", savedHome);
        QCOMPARE(file.path(), home.filePath(QStringLiteral(".edgerc")));
        QCOMPARE(file.sectionNames(), (QStringList{QStringLiteral("default"), QStringLiteral("ccu-prod")}));
    }

private:
    static void checkSection(const EdgercFile& file, const Expected& expected)
    {
        const QString where = file.path() + QStringLiteral(" [") + expected.section + QLatin1Char(']');
        QVERIFY2(file.hasSection(expected.section), qPrintable(where));
        const auto result = file.credentials(expected.section);
        // The loader without environment variables gives the same answer.
        const auto loaded = EdgercLoader::load(file.path(), expected.section, QProcessEnvironment());

        if (expected.valid) {
            const auto* credentials = std::get_if<Credentials>(&result);
            QVERIFY2(credentials, qPrintable(where + QStringLiteral(": ") + errorOf(result).text()));
            QCOMPARE(credentials->host, expected.credentials.host);
            QCOMPARE(credentials->plainHttp, false);
            QCOMPARE(credentials->clientToken, expected.credentials.clientToken);
            QCOMPARE(credentials->clientSecret, expected.credentials.clientSecret);
            QCOMPARE(credentials->accessToken, expected.credentials.accessToken);
            QCOMPARE(credentials->maxBody, expected.credentials.maxBody);
            QCOMPARE(credentials->headersToSign, expected.credentials.headersToSign);
            QCOMPARE(credentials->accountSwitchKey, QString());
            QCOMPARE(*credentials, expected.credentials);
            QVERIFY2(std::holds_alternative<Credentials>(loaded), qPrintable(where));
            QCOMPARE(std::get<Credentials>(loaded), expected.credentials);
            return;
        }

        const auto* error = std::get_if<EdgercError>(&result);
        QVERIFY2(error, qPrintable(where + QStringLiteral(" should not load")));
        QCOMPARE(error->file, file.path());
        QCOMPARE(error->section, expected.section);
        QVERIFY(error->text().startsWith(where + QStringLiteral(": ")));
        for (const QString& fragment : expected.fragments)
            QVERIFY2(error->message.contains(fragment),
                     qPrintable(error->text() + QStringLiteral(" lacks: ") + fragment));
        for (const QString& secret : expected.hiddenSecrets)
            QVERIFY2(!error->text().contains(secret),
                     qPrintable(where + QStringLiteral(" reveals a secret")));
        QVERIFY2(std::holds_alternative<EdgercError>(loaded), qPrintable(where));
        QCOMPARE(std::get<EdgercError>(loaded).text(), error->text());
    }
};

QTEST_GUILESS_MAIN(TestEdgercReader)
#include "tst_edgercreader.moc"
