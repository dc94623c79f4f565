#include "SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace edgekv {

namespace {

const QString kListen = QStringLiteral("listen");
const QString kTlsCert = QStringLiteral("tls-cert");
const QString kTlsKey = QStringLiteral("tls-key");
const QString kWriteEdgerc = QStringLiteral("write-edgerc");
const QString kSection = QStringLiteral("section");
const QString kCredentials = QStringLiteral("credentials");
const QString kCredentialsSection = QStringLiteral("credentials-section");
const QString kState = QStringLiteral("state");
const QString kNamespaces = QStringLiteral("namespaces");
const QString kSeed = QStringLiteral("seed");
const QString kToday = QStringLiteral("today");
const QString kTokenModel = QStringLiteral("token-model");
const QString kActivationDelay = QStringLiteral("activation-delay-s");
const QString kUninitialized = QStringLiteral("uninitialized");
const QString kLatency = QStringLiteral("latency-ms");
const QString kFault = QStringLiteral("fault");
const QString kFaultSeed = QStringLiteral("fault-seed");
const QString kVerbose = QStringLiteral("verbose");

QString optionError(const QString& option, const QString& message)
{
    return QStringLiteral("--%1: %2").arg(option, message);
}

// Strict decimal: no sign, no spaces, no hex.
std::optional<qulonglong> parseUnsigned(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    return ok ? std::optional<qulonglong>(value) : std::nullopt;
}

QString parseBoundedInt(const QCommandLineParser& parser, const QString& option, int max, int* out)
{
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option);
    const std::optional<qulonglong> value = parseUnsigned(text);
    if (!value || *value > qulonglong(max))
        return optionError(option, QCoreApplication::translate("edgekv::SandboxCommandLine",
                                                               "\"%1\" is not a whole number from 0 to %2.")
                                       .arg(text)
                                       .arg(max));
    *out = int(*value);
    return {};
}

QString checkSectionName(const QString& option, const QString& name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed())
        return optionError(option, QCoreApplication::translate(
                                       "edgekv::SandboxCommandLine",
                                       "the section name must not be empty or start or end with spaces."));
    for (const QChar c : name) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c.category() == QChar::Other_Control)
            return optionError(option, QCoreApplication::translate(
                                           "edgekv::SandboxCommandLine",
                                           "the section name \"%1\" must not contain '[', ']' or control "
                                           "characters.")
                                           .arg(name));
    }
    return {};
}

} // namespace

SandboxCommandLine::SandboxCommandLine() : m_parser(std::make_unique<QCommandLineParser>())
{
    QCommandLineParser& p = *m_parser;
    p.setApplicationDescription(QCoreApplication::translate(
        "edgekv::SandboxCommandLine",
        "A local EdgeKV API server for trying the EdgeKV Token Manager without an Akamai account and for\n"
        "testing it: it serves the token and namespace API under /edgekv/v1, verifies EdgeGrid signatures\n"
        "like Akamai's gateway, keeps its data in memory or in a state file, and can inject faults.\n"
        "When it is ready it prints one line, \"listening on <base URL>\", to stdout. It runs until\n"
        "SIGINT or SIGTERM (exit status 0); a runtime error gives exit status 1, bad usage 2."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {kListen,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Address and port to listen on: an IPv4 address, [IPv6] or localhost, then :PORT (0 picks a "
             "free "
             "port). Anything but a loopback address needs --tls-cert and --tls-key. Default: 127.0.0.1:0."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "HOST:PORT")},
        {kTlsCert,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "Serve HTTPS with this PEM certificate (chain). Needs --tls-key."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "FILE")},
        {kTlsKey,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "The PEM private key (RSA or EC, unencrypted) of --tls-cert."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "FILE")},
        {kWriteEdgerc,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Once listening, write an .edgerc section that this server accepts into FILE (mode 0600; other "
             "sections are kept). Its host is http://127.0.0.1:PORT for plain HTTP and 127.0.0.1:PORT for "
             "HTTPS. The secrets are never printed."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "FILE")},
        {kSection,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "The section --write-edgerc writes. Default: default."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "NAME")},
        {kCredentials,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Accept the client token, client secret and access token of this .edgerc instead of random ones "
             "made for this run. When FILE is also the --write-edgerc file and does not hold the section "
             "yet, "
             "new credentials are made and written there, so the same command works every time."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "FILE")},
        {kCredentialsSection,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "The section of --credentials to read. Default: the --section name."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "NAME")},
        {kState,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Keep tokens and namespaces in this JSON file across restarts (rewritten atomically). A corrupt "
             "or foreign file is reported and left untouched. Default: memory only."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "FILE")},
        {kNamespaces,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "The namespaces every account starts with, on both networks. Default: eight realistic ones "
             "(default, marketing, products, checkout, feature_flags, geo-redirects, ab-tests, user-prefs)."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "a,b,c")},
        {kSeed,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Add N demo tokens to the API client's own account (no accountSwitchKey) when it has none: "
             "legacy and enhanced, some expired in the last 30 days, some expiring within 7 and within 30 "
             "days, some activating, one in activation error (every kind from N = 7 on). The same N and "
             "--today give the same tokens."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "N")},
        {kToday,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Pretend today is this UTC date: the real clock moved by whole days, so the time of day keeps "
             "running. Dates of created and seeded tokens follow it. The gateway's timestamp check is "
             "widened "
             "to accept clients signing with the real time as well as with a time on that day."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "YYYY-MM-DD")},
        {kTokenModel,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "What POST /tokens creates: enhanced or legacy. Default: enhanced."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "MODEL")},
        {kActivationDelay,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Seconds an enhanced token stays IN_PROGRESS before COMPLETE. Default: 5."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "N")},
        {kUninitialized,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "Accounts start uninitialized: GET /initialize answers 404.")},
        {kLatency,
         QCoreApplication::translate("edgekv::SandboxCommandLine",
                                     "Delay every response by N milliseconds. Default: 0."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "N")},
        {kFault,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Inject a fault at a probability from 0 to 1; repeatable. KIND is 500, 503, 429 (with "
             "Retry-After), reset (drop the connection), malformed (truncated JSON) or stall (the body never "
             "ends)."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "KIND:RATE")},
        {kFaultSeed,
         QCoreApplication::translate(
             "edgekv::SandboxCommandLine",
             "Seed of the fault random generator, for repeatable runs. Default: random."),
         QCoreApplication::translate("edgekv::SandboxCommandLine", "N")},
        {kVerbose, QCoreApplication::translate(
                       "edgekv::SandboxCommandLine",
                       "Log every request (method, path, status) and the server's messages to stderr.")},
    });
}

SandboxCommandLine::~SandboxCommandLine() = default;

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList& arguments)
{
    m_settings = SandboxSettings{};
    m_error.clear();
    if (!m_parser->parse(arguments)) {
        m_error = m_parser->errorText();
        return Result::Error;
    }
    if (m_parser->isSet(QStringLiteral("help")) || m_parser->isSet(QStringLiteral("help-all")))
        return Result::ShowHelp;
    if (m_parser->isSet(QStringLiteral("version")))
        return Result::ShowVersion;
    m_error = parseValues();
    return m_error.isEmpty() ? Result::Run : Result::Error;
}

QString SandboxCommandLine::parseValues()
{
    const QCommandLineParser& p = *m_parser;
    SandboxSettings& s = m_settings;

    if (!p.positionalArguments().isEmpty())
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "unexpected argument \"%1\"; see --help.")
            .arg(p.positionalArguments().constFirst());

    // A value option given twice would silently lose one value; --fault is the one that repeats.
    for (const QString& name : p.optionNames()) {
        if (name != kFault && p.optionNames().count(name) > 1)
            return optionError(
                name, QCoreApplication::translate("edgekv::SandboxCommandLine", "given more than once."));
    }

    if (p.isSet(kListen)) {
        const QString error = parseListen(p.value(kListen), &s.listenAddress, &s.listenPort);
        if (!error.isEmpty())
            return optionError(kListen, error);
    }

    s.tlsCertFile = p.value(kTlsCert);
    s.tlsKeyFile = p.value(kTlsKey);
    if (p.isSet(kTlsCert) != p.isSet(kTlsKey) ||
        (p.isSet(kTlsCert) && (s.tlsCertFile.isEmpty() || s.tlsKeyFile.isEmpty())))
        return QCoreApplication::translate(
            "edgekv::SandboxCommandLine",
            "--tls-cert and --tls-key must be given together, each with a file.");
    if (!s.useTls() && !s.listenAddress.isLoopback())
        return optionError(
            kListen, QCoreApplication::translate(
                         "edgekv::SandboxCommandLine",
                         "refusing to serve plain HTTP on the non-loopback address %1: give --tls-cert and "
                         "--tls-key, or listen on 127.0.0.1.")
                         .arg(s.listenAddress.toString()));

    if (p.isSet(kWriteEdgerc)) {
        s.writeEdgercFile = p.value(kWriteEdgerc);
        if (s.writeEdgercFile.isEmpty())
            return optionError(kWriteEdgerc, QCoreApplication::translate("edgekv::SandboxCommandLine",
                                                                         "the file name is empty."));
    }
    if (p.isSet(kSection)) {
        s.edgercSection = p.value(kSection);
        if (QString error = checkSectionName(kSection, s.edgercSection); !error.isEmpty())
            return error;
    }
    if (p.isSet(kCredentials)) {
        s.credentialsFile = p.value(kCredentials);
        if (s.credentialsFile.isEmpty())
            return optionError(kCredentials, QCoreApplication::translate("edgekv::SandboxCommandLine",
                                                                         "the file name is empty."));
    }
    s.credentialsSection = s.edgercSection;
    if (p.isSet(kCredentialsSection)) {
        if (!p.isSet(kCredentials))
            return optionError(kCredentialsSection, QCoreApplication::translate("edgekv::SandboxCommandLine",
                                                                                "needs --credentials."));
        s.credentialsSection = p.value(kCredentialsSection);
        if (QString error = checkSectionName(kCredentialsSection, s.credentialsSection); !error.isEmpty())
            return error;
    }

    if (p.isSet(kState)) {
        s.options.stateFile = p.value(kState);
        if (s.options.stateFile.isEmpty())
            return optionError(
                kState, QCoreApplication::translate("edgekv::SandboxCommandLine", "the file name is empty."));
    }

    if (p.isSet(kNamespaces)) {
        const QString error = parseNamespaces(p.value(kNamespaces), &s.options.namespaces);
        if (!error.isEmpty())
            return optionError(kNamespaces, error);
    }

    if (QString error = parseBoundedInt(p, kSeed, MaxSeedCount, &s.seedCount); !error.isEmpty())
        return error;

    if (p.isSet(kToday)) {
        static const QRegularExpression isoDay(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QString text = p.value(kToday);
        s.today = QDate::fromString(text, Qt::ISODate);
        if (!isoDay.match(text).hasMatch() || !s.today.isValid() || s.today.year() < 1971 ||
            s.today.year() > 9998)
            return optionError(kToday, QCoreApplication::translate("edgekv::SandboxCommandLine",
                                                                   "\"%1\" is not a date like 2025-03-01.")
                                           .arg(text));
    }

    if (p.isSet(kTokenModel)) {
        const std::optional<TokenModel> model = tokenModelFromName(p.value(kTokenModel));
        if (!model)
            return optionError(kTokenModel, QCoreApplication::translate(
                                                "edgekv::SandboxCommandLine",
                                                "\"%1\" is not a token model: use enhanced or legacy.")
                                                .arg(p.value(kTokenModel)));
        s.options.tokenModel = *model;
    }

    if (QString error = parseBoundedInt(p, kActivationDelay, MaxActivationDelaySeconds,
                                        &s.options.activationDelaySeconds);
        !error.isEmpty())
        return error;
    s.options.uninitialized = p.isSet(kUninitialized);
    if (QString error = parseBoundedInt(p, kLatency, MaxLatencyMs, &s.options.latencyMs); !error.isEmpty())
        return error;

    s.verbose = p.isSet(kVerbose);

    for (const QString& text : p.values(kFault)) {
        QString error;
        const std::optional<FaultRule> rule = FaultRule::parse(text, &error);
        if (!rule)
            return optionError(kFault, error);
        s.options.faults.append(*rule);
    }
    if (p.isSet(kFaultSeed)) {
        const std::optional<qulonglong> seed = parseUnsigned(p.value(kFaultSeed));
        if (!seed)
            return optionError(kFaultSeed, QCoreApplication::translate(
                                               "edgekv::SandboxCommandLine",
                                               "\"%1\" is not a whole number from 0 to 18446744073709551615.")
                                               .arg(p.value(kFaultSeed)));
        s.options.faultSeed = *seed;
    }
    return {};
}

QString SandboxCommandLine::parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "\"%1\" is not HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080).")
            .arg(text);
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "write an IPv6 address in brackets, e.g. [::1]:8080, not \"%1\".")
            .arg(text);

    QHostAddress parsed;
    if (!bracketed && host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host) || (bracketed && parsed.protocol() != QAbstractSocket::IPv6Protocol))
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "\"%1\" is not an IP address (or localhost).")
            .arg(host);

    const std::optional<qulonglong> number = parseUnsigned(portText);
    if (!number || *number > 65535)
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "\"%1\" is not a port from 0 to 65535.")
            .arg(portText);
    *address = parsed;
    *port = quint16(*number);
    return {};
}

QString SandboxCommandLine::parseNamespaces(const QString& text, QList<SandboxNamespace>* namespaces)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    // The per-network limit of the real service, "default" included.
    constexpr int maxNamespaces = 20;
    QList<SandboxNamespace> result;
    QSet<QString> seen;
    for (const QString& raw : text.split(QLatin1Char(','))) {
        const QString name = raw.trimmed();
        if (!valid.match(name).hasMatch())
            return QCoreApplication::translate(
                       "edgekv::SandboxCommandLine",
                       "\"%1\" is not a namespace name (1 to 32 letters, digits, '_' or '-').")
                .arg(name);
        if (seen.contains(name))
            return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                               "namespace \"%1\" is listed twice.")
                .arg(name);
        seen.insert(name);
        result.append(SandboxOptions::makeNamespace(name));
    }
    if (result.size() > maxNamespaces)
        return QCoreApplication::translate("edgekv::SandboxCommandLine",
                                           "%1 namespaces given; an account holds at most %2.")
            .arg(result.size())
            .arg(maxNamespaces);
    *namespaces = result;
    return {};
}

QString SandboxCommandLine::helpText() const
{
    const QString examples = QCoreApplication::translate(
        "edgekv::SandboxCommandLine",
        "\nExamples:\n"
        "  Try the app without an Akamai account (plain HTTP on loopback, 40 demo tokens):\n"
        "    edgekv-sandbox --seed 40 --write-edgerc ~/.edgerc-sandbox --section sandbox\n"
        "  Keep tokens and credentials across restarts, on a fixed port:\n"
        "    edgekv-sandbox --listen 127.0.0.1:8080 --state sandbox-state.json \\\n"
        "        --write-edgerc sandbox.edgerc --credentials sandbox.edgerc --seed 40\n"
        "  HTTPS on every interface, with the accounts still uninitialized:\n"
        "    edgekv-sandbox --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem --uninitialized\n"
        "  Reproducible dates, legacy tokens and a flaky network for tests:\n"
        "    edgekv-sandbox --today 2025-03-01 --seed 12 --token-model legacy --latency-ms 200 \\\n"
        "        --fault 503:0.1 --fault reset:0.05 --fault-seed 7 --write-edgerc test.edgerc\n"
        "  A self-signed certificate for --tls-cert and --tls-key:\n"
        "    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout key.pem -out cert.pem \\\n"
        "        -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    return m_parser->helpText() + examples;
}

QString SandboxCommandLine::versionText() const
{
    return QStringLiteral("edgekv-sandbox %1\n").arg(QStringLiteral(EDGEKV_VERSION));
}

} // namespace edgekv
