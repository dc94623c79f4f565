#include "edgegrid/EdgeGridSigner.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace edgekv;

namespace {

const QString kVectorDir = QStringLiteral(EDGEKV_TESTDATA_DIR "/edgegrid/");

// The sources, in the order the summary line names them.
const QString kPython = QStringLiteral("python");
const QString kPhp = QStringLiteral("php");
const QString kRuby = QStringLiteral("ruby");
const QString kPythonExtra = QStringLiteral("python testdata.json");

// python-requests refuses to send case 9; PHP, Ruby and Node expect this signature (EDGEGRID.md §3.1).
const QByteArray kLeadingSpacesSignature = "signature=WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c=";

struct BaseValues
{
    Credentials credentials;
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray baseHost;
};

struct Vector
{
    QString source;
    QString name;
    BaseValues base;
    EdgeGridRequest request;
    QByteArray expectedAuthorization;
    QByteArray expectedDataToSign;
    bool hasDataToSign = false;
};

QByteArray utf8(const QJsonValue& value)
{
    return value.toString().toUtf8();
}

QJsonDocument readJson(const QString& relativePath, QString* error)
{
    QFile file(kVectorDir + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = file.fileName() + QStringLiteral(": ") + parseError.errorString();
    return document;
}

QByteArray fileContent(const QString& relativePath)
{
    QFile file(kVectorDir + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BaseValues baseValues(const QJsonObject& json)
{
    BaseValues base;
    base.credentials.host = QUrl(json.value(QStringLiteral("base_url")).toString()).host();
    base.credentials.clientToken = json.value(QStringLiteral("client_token")).toString();
    base.credentials.clientSecret = json.value(QStringLiteral("client_secret")).toString();
    base.credentials.accessToken = json.value(QStringLiteral("access_token")).toString();
    base.credentials.maxBody = json.value(QStringLiteral("max_body")).toInt();
    for (const QJsonValue& name : json.value(QStringLiteral("headers_to_sign")).toArray())
        base.credentials.headersToSign << name.toString();
    base.timestamp = utf8(json.value(QStringLiteral("timestamp")));
    base.nonce = utf8(json.value(QStringLiteral("nonce")));
    base.baseHost = base.credentials.host.toUtf8();
    return base;
}

// One "request" object of the vector files. Headers come as one object (PHP) or as a list of
// one-entry objects (Python, Ruby); "data" may be missing or null; PHP may carry the query separately.
EdgeGridRequest parseRequest(const QJsonObject& json, const QByteArray& baseHost)
{
    EdgeGridRequest request;
    request.method = utf8(json.value(QStringLiteral("method")));
    request.scheme = "https";
    request.pathAndQuery = utf8(json.value(QStringLiteral("path")));
    const QJsonObject query = json.value(QStringLiteral("query")).toObject();
    QList<QByteArray> queryItems;
    // QJsonObject sorts its keys; the files hold a single query parameter, so order cannot matter.
    for (auto it = query.begin(); it != query.end(); ++it)
        queryItems << QUrl::toPercentEncoding(it.key()) + '=' +
                          QUrl::toPercentEncoding(it.value().toString());
    if (!queryItems.isEmpty())
        request.pathAndQuery += '?' + queryItems.join('&');
    request.body = utf8(json.value(QStringLiteral("data")));

    QList<QJsonObject> headerObjects;
    const QJsonValue headers = json.value(QStringLiteral("headers"));
    if (headers.isObject()) {
        headerObjects << headers.toObject();
    } else {
        for (const QJsonValue& entry : headers.toArray())
            headerObjects << entry.toObject();
    }
    for (const QJsonObject& object : std::as_const(headerObjects)) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(QStringLiteral("Host"), Qt::CaseInsensitive) == 0)
                request.host = utf8(it.value());
            else
                request.headers.append({it.key().toUtf8(), utf8(it.value())});
        }
    }
    if (request.host.isEmpty())
        request.host = baseHost;
    return request;
}

QList<Vector> parseCases(const QString& source, const QJsonArray& cases, const BaseValues& base)
{
    QList<Vector> vectors;
    for (const QJsonValue& value : cases) {
        const QJsonObject json = value.toObject();
        Vector vector;
        vector.source = source;
        vector.name = json.value(QStringLiteral("testName")).toString();
        vector.base = base;
        vector.request = parseRequest(json.value(QStringLiteral("request")).toObject(), base.baseHost);
        vector.expectedAuthorization = utf8(json.value(QStringLiteral("expectedAuthorization")));
        vector.hasDataToSign = json.contains(QStringLiteral("expectedDataToSign"));
        vector.expectedDataToSign = utf8(json.value(QStringLiteral("expectedDataToSign")));
        vectors << vector;
    }
    return vectors;
}

QByteArray sha256Base64(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64();
}

QByteArray field(const QByteArray& dataToSign, int index)
{
    return dataToSign.split('\t').value(index);
}

QByteArray authField(const QByteArray& authorization, const QByteArray& name)
{
    for (const QByteArray& pair : authorization.mid(authorization.indexOf(' ') + 1).split(';')) {
        if (pair.startsWith(name + '='))
            return pair.mid(name.size() + 1);
    }
    return {};
}

EdgeGridRequest sampleRequest(const QByteArray& method, const QByteArray& body)
{
    EdgeGridRequest request;
    request.method = method;
    request.scheme = "https";
    request.host = "akab-host.luna.akamaiapis.net";
    request.pathAndQuery = "/edgekv/v1/networks/staging/namespaces/ns/groups/g/items/k";
    request.body = body;
    return request;
}

Credentials unitCredentials()
{
    Credentials credentials;
    credentials.host = QStringLiteral("akab-host.luna.akamaiapis.net");
    credentials.clientToken = QStringLiteral("akab-client-token");
    credentials.clientSecret = QStringLiteral("c2VjcmV0LW5vdC1kZWNvZGVk=");
    credentials.accessToken = QStringLiteral("akab-access-token");
    return credentials;
}

} // namespace

class TestEdgeGridSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const QJsonDocument pythonData = readJson(QStringLiteral("python/testdata.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_pythonData = pythonData.object();
        m_pythonBase = baseValues(m_pythonData);
        QVERIFY2(!m_pythonBase.credentials.clientSecret.isEmpty() && !m_pythonBase.timestamp.isEmpty(),
                 "python/testdata.json holds no base values");

        const QJsonDocument pythonCases = readJson(QStringLiteral("python/testcases.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_vectors << parseCases(kPython, pythonCases.array(), m_pythonBase);

        for (const QString& source : {kPhp, kRuby}) {
            const QJsonDocument document = readJson(source + QStringLiteral("/testdata.json"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QJsonObject object = document.object();
            m_vectors << parseCases(source, object.value(QStringLiteral("tests")).toArray(),
                                    baseValues(object));
        }

        // EDGEGRID.md §3: 15 canonical cases, 14 in the PHP copy, 13 in the Ruby copy.
        const QList<QPair<QString, int>> expectedCounts = {{kPython, 15}, {kPhp, 14}, {kRuby, 13}};
        for (const auto& expected : expectedCounts) {
            const QString& source = expected.first;
            const int count =
                int(std::count_if(m_vectors.cbegin(), m_vectors.cend(),
                                  [&](const Vector& vector) { return vector.source == source; }));
            QVERIFY2(
                count > 0,
                qPrintable(QStringLiteral("No signing vectors read for %1 from %2").arg(source, kVectorDir)));
            QCOMPARE(count, expected.second);
        }
    }

    void cleanupTestCase()
    {
        int total = 0;
        QStringList parts;
        for (const QString& source : {kPython, kPhp, kRuby, kPythonExtra}) {
            total += m_checked.value(source);
            parts << QStringLiteral("%1 %2").arg(source).arg(m_checked.value(source));
        }
        qInfo().noquote() << QStringLiteral("EdgeGrid: checked %1 official signing vectors (%2)")
                                 .arg(total)
                                 .arg(parts.join(QStringLiteral(", ")));
    }

    void officialVectors_data()
    {
        QTest::addColumn<int>("index");
        QVERIFY(!m_vectors.isEmpty());
        int perSource = 0;
        for (int i = 0; i < m_vectors.size(); ++i) {
            perSource = (i > 0 && m_vectors.at(i - 1).source == m_vectors.at(i).source) ? perSource + 1 : 1;
            const Vector& vector = m_vectors.at(i);
            QTest::addRow("%s %02d %s", qPrintable(vector.source), perSource, qPrintable(vector.name)) << i;
        }
    }

    void officialVectors()
    {
        QFETCH(int, index);
        const Vector& vector = m_vectors.at(index);
        const Credentials& credentials = vector.base.credentials;
        QVERIFY(!vector.expectedAuthorization.isEmpty());

        const bool leadingSpaces = vector.name == QLatin1String("Header with leading and interior spaces");
        if (vector.hasDataToSign) {
            const QByteArray data = EdgeGridSigner::dataToSign(vector.request, credentials.headersToSign,
                                                               credentials.maxBody, {});
            QCOMPARE(data, vector.expectedDataToSign);
        } else if (vector.source == kPython) {
            // In testcases.json only the case python-requests cannot send lacks expectedDataToSign.
            QVERIFY2(leadingSpaces, qPrintable(vector.name));
        }
        if (leadingSpaces) {
            QCOMPARE(EdgeGridSigner::canonicalHeaders(vector.request.headers, credentials.headersToSign),
                     QByteArray("x-test1:first-thing second-thing"));
            QVERIFY(vector.expectedAuthorization.endsWith(kLeadingSpacesSignature));
        }

        const QByteArray authorization =
            EdgeGridSigner(credentials)
                .authorization(vector.request, vector.base.timestamp, vector.base.nonce);
        QCOMPARE(authorization, vector.expectedAuthorization);
        ++m_checked[vector.source];
    }

    void signingKeyVector()
    {
        const QByteArray expected = utf8(m_pythonData.value(QStringLiteral("sign_key_test")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(EdgeGridSigner::signingKey(m_pythonBase.credentials.clientSecret.toUtf8(),
                                            m_pythonBase.timestamp),
                 expected);
        ++m_checked[kPythonExtra];
    }

    void contentHashVector()
    {
        // test_edge_grid_auth_headers in the Python suite hashes the literal body "test_body".
        const QByteArray expected = utf8(m_pythonData.value(QStringLiteral("content_hash_test")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(EdgeGridSigner::contentHash("POST", "test_body", m_pythonBase.credentials.maxBody),
                 expected);
        ++m_checked[kPythonExtra];
    }

    void jsonBodyVector()
    {
        const QByteArray expected = utf8(m_pythonData.value(QStringLiteral("jsontest_hash")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(authorizationForT3(R"({"key": "value"})"), expected);
        ++m_checked[kPythonExtra];
    }

    void multipartBodyVector()
    {
        const QByteArray expected = utf8(m_pythonData.value(QStringLiteral("multipart_hash_test")));
        QVERIFY(!expected.isEmpty());
        const QByteArray sampleFile = fileContent(QStringLiteral("python/sample_file.txt"));
        QCOMPARE(sampleFile, QByteArray("this is a sample file."));
        // The bytes requests_toolbelt's MultipartEncoder writes for {"foo": "bar", "baz": ("sample_file.txt",
        // f)} with boundary "multipart_boundary": no Content-Type part header for a (name, file) pair.
        const QByteArray body =
            "--multipart_boundary\r\n"
            "Content-Disposition: form-data; name=\"foo\"\r\n"
            "\r\n"
            "bar\r\n"
            "--multipart_boundary\r\n"
            "Content-Disposition: form-data; name=\"baz\"; filename=\"sample_file.txt\"\r\n"
            "\r\n" +
            sampleFile +
            "\r\n"
            "--multipart_boundary--\r\n";
        QCOMPARE(authorizationForT3(body), expected);
        ++m_checked[kPythonExtra];
    }

    void truncationCountsBytesNotCharacters()
    {
        // 3 ASCII bytes and three 4-byte emoji: a 5-byte limit cuts the first emoji in half.
        const QByteArray body = "abc\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80";
        QCOMPARE(body.size(), 15);
        QCOMPARE(QString::fromUtf8(body).toUcs4().size(), 6);

        QCOMPARE(EdgeGridSigner::contentHash("POST", body, 5),
                 QByteArray("MmzHZw9wzWkwTCCKs35nyYe3JgIZJljNtSd1Wz6DA0I="));
        QCOMPARE(EdgeGridSigner::contentHash("POST", body, 5), sha256Base64(body.left(5)));
        QVERIFY(EdgeGridSigner::contentHash("POST", body, 5) !=
                sha256Base64(QString::fromUtf8(body).left(5).toUtf8()));
        QCOMPARE(EdgeGridSigner::contentHash("POST", body, 15),
                 QByteArray("0N0zgK/mqYXezOdHFQwAFnEqxdHmSDdlpvPyUisR2lo="));
        QCOMPARE(EdgeGridSigner::contentHash("POST", body, 1000), sha256Base64(body));

        const QByteArray data = EdgeGridSigner::dataToSign(sampleRequest("POST", body), {}, 5, {});
        QCOMPARE(field(data, 5), QByteArray("MmzHZw9wzWkwTCCKs35nyYe3JgIZJljNtSd1Wz6DA0I="));
    }

    void defaultMaxBodyTruncates()
    {
        QByteArray body(Credentials::DefaultMaxBody, 'a');
        const QByteArray hashAtLimit = EdgeGridSigner::contentHash("POST", body, Credentials::DefaultMaxBody);
        body.append("tail beyond the limit");
        QCOMPARE(EdgeGridSigner::contentHash("POST", body, Credentials::DefaultMaxBody), hashAtLimit);
        QCOMPARE(hashAtLimit, sha256Base64(QByteArray(Credentials::DefaultMaxBody, 'a')));
    }

    void onlyPostBodiesAreHashed_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const char* method : {"PUT", "PATCH", "DELETE", "GET"})
            QTest::newRow(method) << QByteArray(method);
    }

    void onlyPostBodiesAreHashed()
    {
        QFETCH(QByteArray, method);
        const QByteArray body = R"({"value": "a body that must not be hashed"})";
        QVERIFY(EdgeGridSigner::contentHash(method, body, Credentials::DefaultMaxBody).isEmpty());
        const QByteArray data = EdgeGridSigner::dataToSign(sampleRequest(method, body), {},
                                                           Credentials::DefaultMaxBody, "prefix;");
        const QList<QByteArray> fields = data.split('\t');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), method);
        QCOMPARE(fields.at(5), QByteArray());
        QCOMPARE(fields.at(6), QByteArray("prefix;"));
    }

    void emptyPostBodyHasEmptyHashField()
    {
        for (const QByteArray& body : {QByteArray(), QByteArray("")}) {
            QVERIFY(EdgeGridSigner::contentHash("POST", body, Credentials::DefaultMaxBody).isEmpty());
            const QByteArray data = EdgeGridSigner::dataToSign(sampleRequest("POST", body), {},
                                                               Credentials::DefaultMaxBody, "prefix;");
            const QList<QByteArray> fields = data.split('\t');
            QCOMPARE(fields.size(), 7);
            QCOMPARE(fields.at(5), QByteArray());
            QVERIFY(!data.contains(sha256Base64(QByteArray()))); // 47DEQpj8... would be wrong
        }
    }

    void timestampComesFromTheClock()
    {
        MockClock clock(QDateTime(QDate(2014, 3, 21), QTime(19, 34, 21, 987), QTimeZone::utc()));
        const EdgeGridSigner signer(unitCredentials());
        const QByteArray authorization = signer.authorization(sampleRequest("GET", {}), clock);
        QCOMPARE(authField(authorization, "timestamp"), QByteArray("20140321T19:34:21+0000"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}T\\d\\d:\\d\\d:\\d\\d\\+0000$"))
                    .match(QString::fromLatin1(authField(authorization, "timestamp")))
                    .hasMatch());

        clock.advanceSeconds(3600 * 5);
        QCOMPARE(authField(signer.authorization(sampleRequest("GET", {}), clock), "timestamp"),
                 QByteArray("20140322T00:34:21+0000"));

        // A local time is formatted as UTC: 20:34:21 in Berlin (CET, UTC+1) is 19:34:21 UTC.
        const QDateTime berlin(QDate(2014, 3, 21), QTime(20, 34, 21), QTimeZone("Europe/Berlin"));
        QCOMPARE(EdgeGridSigner::timestamp(berlin), QByteArray("20140321T19:34:21+0000"));
        QCOMPARE(EdgeGridSigner::timestamp(MockClock(berlin).nowUtc()), QByteArray("20140321T19:34:21+0000"));
    }

    void clockSignatureMatchesExplicitSignature()
    {
        const MockClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        const EdgeGridSigner signer(unitCredentials());
        const EdgeGridRequest request = sampleRequest("POST", R"({"name": "token"})");
        const QByteArray authorization = signer.authorization(request, clock);
        QCOMPARE(signer.authorization(request, authField(authorization, "timestamp"),
                                      authField(authorization, "nonce")),
                 authorization);
        QVERIFY(authorization.startsWith("EG1-HMAC-SHA256 client_token=akab-client-token;access_token="
                                         "akab-access-token;timestamp=20260102T03:04:05+0000;nonce="));
        QVERIFY(!authorization.contains(unitCredentials().clientSecret.toUtf8()));
    }

    void noncesAreFreshLowercaseUuids()
    {
        const MockClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        const EdgeGridSigner signer(unitCredentials());
        const EdgeGridRequest request = sampleRequest("GET", {});
        const QByteArray first = authField(signer.authorization(request, clock), "nonce");
        const QByteArray second = authField(signer.authorization(request, clock), "nonce");
        QVERIFY(first != second);

        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        for (const QByteArray& nonce : {first, second, EdgeGridSigner::newNonce()})
            QVERIFY2(uuid.match(QString::fromLatin1(nonce)).hasMatch(), nonce.constData());
        QVERIFY(EdgeGridSigner::newNonce() != EdgeGridSigner::newNonce());
    }

private:
    // POST /testapi/v1/t3?extended=true as the Python suite's test_json and test_multipart_encoder send it:
    // default max_body and no signed headers.
    QByteArray authorizationForT3(const QByteArray& body) const
    {
        Credentials credentials = m_pythonBase.credentials;
        credentials.maxBody = Credentials::DefaultMaxBody;
        credentials.headersToSign.clear();
        EdgeGridRequest request;
        request.method = "POST";
        request.scheme = "https";
        request.host = m_pythonBase.baseHost;
        request.pathAndQuery = "/testapi/v1/t3?extended=true";
        request.body = body;
        return EdgeGridSigner(credentials).authorization(request, m_pythonBase.timestamp, m_pythonBase.nonce);
    }

    QJsonObject m_pythonData;
    BaseValues m_pythonBase;
    QList<Vector> m_vectors;
    QHash<QString, int> m_checked;
};

QTEST_GUILESS_MAIN(TestEdgeGridSigner)
#include "tst_edgegridsigner.moc"
