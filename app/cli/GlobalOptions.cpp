#include "GlobalOptions.h"

#include <QDir>

namespace edgekv::cli {

namespace {

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QString GlobalOptions::defaultEdgercPath()
{
    return QDir::homePath() + QStringLiteral("/.edgerc");
}

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        {QStringLiteral("edgerc"), tr("EdgeGrid credentials file (default ~/.edgerc)."),
         QStringLiteral("FILE")},
        {QStringLiteral("section"), tr("Section of the credentials file (default “default”)."),
         QStringLiteral("NAME")},
        {QStringLiteral("account"),
         tr("Use an account stored with “accounts import-edgerc” instead of a credentials file (the "
            "AKAMAI_* variables do not apply to it)."),
         QStringLiteral("NAME")},
        {QStringLiteral("account-key"),
         tr("Account switch key: act on another account (wins over account_key and AKAMAI_ACCOUNT_KEY)."),
         QStringLiteral("KEY")},
        {QStringLiteral("ca-cert"),
         tr("Also trust the CA certificates in this PEM file (e.g. the local sandbox's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("timeout-s"),
         tr("Seconds to wait for each answer of the API (default %1). Failed tries are retried up to "
            "three times in all.")
             .arg(DefaultTimeoutSeconds),
         QStringLiteral("N")},
        {QStringLiteral("json"), tr("Print machine-readable JSON on stdout.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help for the command and exit.")},
        {QStringLiteral("version"), tr("Show the version and exit.")},
    };
}

QString GlobalOptions::read(const QCommandLineParser& parser)
{
    help = parser.isSet(QStringLiteral("help"));
    version = parser.isSet(QStringLiteral("version"));
    json = parser.isSet(QStringLiteral("json"));

    edgercGiven = parser.isSet(QStringLiteral("edgerc"));
    edgercPath = edgercGiven ? expandHome(parser.value(QStringLiteral("edgerc"))) : defaultEdgercPath();
    if (edgercGiven && edgercPath.isEmpty())
        return tr("--edgerc needs a file name.");

    sectionGiven = parser.isSet(QStringLiteral("section"));
    if (sectionGiven) {
        section = parser.value(QStringLiteral("section")).trimmed();
        if (section.isEmpty())
            return tr("--section needs a section name.");
    }

    account = parser.value(QStringLiteral("account")).trimmed();
    if (parser.isSet(QStringLiteral("account")) && account.isEmpty())
        return tr("--account needs an account name.");
    if (!account.isEmpty() && (edgercGiven || sectionGiven))
        return tr("--account cannot be combined with --edgerc or --section: a stored account already "
                  "says where its credentials are.");

    accountSwitchKeyGiven = parser.isSet(QStringLiteral("account-key"));
    accountSwitchKey = parser.value(QStringLiteral("account-key")).trimmed();
    if (accountSwitchKeyGiven && accountSwitchKey.isEmpty())
        return tr("--account-key needs an account switch key, e.g. 1-5C0YLB:1-8BYUX.");

    caCertPath = expandHome(parser.value(QStringLiteral("ca-cert")));
    if (parser.isSet(QStringLiteral("ca-cert")) && caCertPath.isEmpty())
        return tr("--ca-cert needs a PEM file.");

    if (parser.isSet(QStringLiteral("timeout-s"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("timeout-s"));
        const int seconds = text.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return tr("--timeout-s must be a whole number of seconds from 1 to 3600, not “%1”.").arg(text);
        timeoutSeconds = seconds;
    }
    return {};
}

CommandWord CommandWord::find(const QStringList& arguments, const QSet<QString>& optionsWithValues)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            if (i + 1 < arguments.size())
                return {i + 1, arguments.at(i + 1)};
            return {};
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (name.contains(QLatin1Char('=')))
                continue;
            if (optionsWithValues.contains(name))
                ++i; // its value
            continue;
        }
        return {i, argument};
    }
    return {};
}

QSet<QString> optionNamesWithValues(const QList<QCommandLineOption>& options)
{
    QSet<QString> names;
    for (const QCommandLineOption& option : options) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString& name : option.names())
            names.insert(name);
    }
    return names;
}

} // namespace edgekv::cli
