#include "mainwindow/GuiCommandLine.h"

#include "mainwindow/MainWindow.h"

#include <QCommandLineParser>

namespace edgekv {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        GuiCommandLine::tr("Start the local sandbox in this process, with demo tokens of "
                           "both models and every status, and open it. No Akamai "
                           "account or keychain needed.")};
    QCommandLineOption sandboxTokens{
        QStringLiteral("sandbox-tokens"),
        GuiCommandLine::tr("How many demo tokens the sandbox starts with (default "
                           "24)."),
        GuiCommandLine::tr("N")};
    QCommandLineOption edgerc{
        QStringLiteral("edgerc"),
        GuiCommandLine::tr("Open the account of a section of this .edgerc file for this "
                           "session."),
        GuiCommandLine::tr("FILE")};
    QCommandLineOption section{QStringLiteral("section"),
                               GuiCommandLine::tr("The .edgerc section to use with --edgerc (default "
                                                  // lupdate would read \u201cdefa as one escape.
                                                  "\u201c"
                                                  "default\u201d)."),
                               GuiCommandLine::tr("NAME")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            GuiCommandLine::tr("Show this help.")};
    QCommandLineOption version{QStringLiteral("version"), GuiCommandLine::tr("Show the version.")};

    Parser()
    {
        parser.setApplicationDescription(GuiCommandLine::tr(
            "See every Akamai EdgeKV access token of an account and its health at a glance."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({sandbox, sandboxTokens, edgerc, section, help, version});
    }
};

// The options QApplication takes for itself (-platform offscreen, -style fusion, ...): they are parsed
// here before QApplication exists, so they are let through rather than refused.
QStringList withoutQtOptions(const QStringList& arguments)
{
    static const QStringList withValue = {QStringLiteral("platform"),
                                          QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),
                                          QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"),
                                          QStringLiteral("qwindowtitle"),
                                          QStringLiteral("qwindowicon"),
                                          QStringLiteral("style"),
                                          QStringLiteral("stylesheet"),
                                          QStringLiteral("session"),
                                          QStringLiteral("display"),
                                          QStringLiteral("geometry"),
                                          QStringLiteral("name"),
                                          QStringLiteral("title")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("sync")};
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString name = argument;
        while (i > 0 && name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (i > 0 && name != argument && withValue.contains(name) && i + 1 < arguments.size()) {
            ++i;
            continue;
        }
        if (i > 0 && name != argument && flags.contains(name))
            continue;
        kept << argument;
    }
    return kept;
}

} // namespace

GuiCommandLine::Result GuiCommandLine::parse(const QStringList& arguments)
{
    m_options = GuiOptions();
    m_error.clear();
    Parser p;
    if (!p.parser.parse(withoutQtOptions(arguments))) {
        m_error = p.parser.errorText();
        return Result::Error;
    }
    if (p.parser.isSet(p.help))
        return Result::ShowHelp;
    if (p.parser.isSet(p.version))
        return Result::ShowVersion;
    if (!p.parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(p.parser.positionalArguments().constFirst());
        return Result::Error;
    }
    m_options.sandbox = p.parser.isSet(p.sandbox);
    if (p.parser.isSet(p.sandboxTokens)) {
        bool ok = false;
        const int count = p.parser.value(p.sandboxTokens).toInt(&ok);
        if (!ok || count < 0 || count > 100000) {
            m_error = tr("--sandbox-tokens needs a number from 0 to 100000.");
            return Result::Error;
        }
        if (!m_options.sandbox) {
            m_error = tr("--sandbox-tokens only goes with --sandbox.");
            return Result::Error;
        }
        m_options.sandboxTokens = count;
    }
    m_options.edgercPath = p.parser.value(p.edgerc);
    if (p.parser.isSet(p.edgerc) && m_options.edgercPath.trimmed().isEmpty()) {
        m_error = tr("--edgerc needs a file name.");
        return Result::Error;
    }
    if (p.parser.isSet(p.section)) {
        if (m_options.edgercPath.isEmpty()) {
            m_error = tr("--section only goes with --edgerc.");
            return Result::Error;
        }
        m_options.edgercSection = p.parser.value(p.section);
    }
    if (m_options.sandbox && !m_options.edgercPath.isEmpty()) {
        m_error = tr("Use either --sandbox or --edgerc, not both.");
        return Result::Error;
    }
    return Result::Run;
}

QString GuiCommandLine::helpText() const
{
    Parser p;
    QString text = p.parser.helpText();
    // QCommandLineParser names the program after argv[0] only when an application object exists.
    const int usageEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, usageEnd, tr("Usage: %1 [options]").arg(QLatin1String(ProgramName)));
    return text;
}

QString GuiCommandLine::versionText()
{
    return QStringLiteral("%1 %2\n").arg(QLatin1String(ProgramName), QStringLiteral(EDGEKV_VERSION));
}

QString GuiCommandLine::start(MainWindow& window, const GuiOptions& options)
{
    if (options.sandbox) {
        SandboxSession::Options sandboxOptions;
        sandboxOptions.tokenCount = options.sandboxTokens;
        return window.startSandbox(sandboxOptions);
    }
    if (!options.edgercPath.isEmpty()) {
        // On failure the window says what was wrong; the user's own accounts stay in the switcher.
        return window.openEdgerc(options.edgercPath, options.edgercSection);
    }
    window.openInitialAccount();
    return {};
}

} // namespace edgekv
