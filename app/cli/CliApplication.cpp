#include "CliApplication.h"

#include "CredentialsResolver.h"
#include "TextTable.h"
#include "api/EdgeKvClient.h"
#include "commands/AccountsCommand.h"
#include "commands/CheckCommand.h"
#include "commands/CreateCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ListCommand.h"
#include "commands/NamespacesCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RevokeCommand.h"
#include "commands/ShowCommand.h"

#include <QEventLoop>
#include <QIODevice>
#include <QSet>
#include <QSslCertificate>

#include <optional>

namespace edgekv::cli {

namespace {

constexpr int HelpWidth = 100;
constexpr int OptionColumn = 26;

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QLatin1Char(' ') + option.valueName();
    return syntax;
}

QString optionRows(const QList<QCommandLineOption>& options)
{
    QString text;
    for (const QCommandLineOption& option : options) {
        QString syntax = QStringLiteral("  ") + optionSyntax(option);
        if (syntax.size() + 2 > OptionColumn)
            syntax += QLatin1Char('\n') + QString(OptionColumn, QLatin1Char(' '));
        else
            syntax = syntax.leftJustified(OptionColumn);
        text += syntax + wrapText(option.description(), HelpWidth, OptionColumn) + QLatin1Char('\n');
    }
    return text;
}

QString versionText()
{
    return CliApplication::programName() + QLatin1Char(' ') + QStringLiteral(EDGEKV_VERSION) +
           QLatin1Char('\n');
}

} // namespace

CliApplication::CliApplication(CliIo io, const Clock& clock, QProcessEnvironment environment)
    : m_io(std::move(io)), m_clock(clock), m_environment(std::move(environment))
{
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<NamespacesCommand>());
    m_commands.push_back(std::make_unique<CreateCommand>(m_clock));
    m_commands.push_back(std::make_unique<RevokeCommand>());
    m_commands.push_back(std::make_unique<RefreshCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AccountsCommand>());
}

CliApplication::~CliApplication() = default;

Command* CliApplication::command(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CliApplication::write(QIODevice* device, const QString& text)
{
    if (device)
        device->write(text.toUtf8());
}

QString CliApplication::overviewHelp() const
{
    QString text = tr("%1 %2: EdgeKV access tokens from scripts, CI and monitoring.\n\n")
                       .arg(programName(), QStringLiteral(EDGEKV_VERSION));
    text += tr("Usage: %1 [global options] COMMAND [options] [arguments]\n\n").arg(programName());
    text += tr("Commands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(OptionColumn - 2) +
                wrapText(command->summary(), HelpWidth, OptionColumn) + QLatin1Char('\n');
    text += QStringLiteral("  ") + QStringLiteral("help COMMAND").leftJustified(OptionColumn - 2) +
            tr("Show the help of a command (also: COMMAND --help).") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Global options (before or after the command):\n") +
            optionRows(GlobalOptions::definitions());
    text += QLatin1Char('\n') +
            wrapText(tr("Credentials: the [default] section of ~/.edgerc unless --edgerc, --section or "
                        "--account say otherwise. As in Akamai's libraries, AKAMAI_HOST, "
                        "AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN (all four) "
                        "replace the file's section, AKAMAI_MAX_BODY and AKAMAI_ACCOUNT_KEY apply too, and "
                        "for another section the prefix is AKAMAI_<SECTION>_."),
                     HelpWidth, 0) +
            QStringLiteral("\n\n");
    text += exitCodesHelp();
    return text;
}

QString CliApplication::commandHelp(const Command& command) const
{
    QString text = tr("Usage: %1 %2 [global options]\n\n").arg(programName(), command.usage());
    text += command.description() + QStringLiteral("\n");
    const QList<QCommandLineOption> own = command.options();
    QSet<QString> ownNames;
    for (const QCommandLineOption& option : own) {
        for (const QString& name : option.names())
            ownNames.insert(name);
    }
    if (!own.isEmpty())
        text += QLatin1Char('\n') + tr("Options:\n") + optionRows(own);
    QList<QCommandLineOption> globals;
    for (const QCommandLineOption& option : GlobalOptions::definitions()) {
        if (!ownNames.contains(option.names().constFirst()))
            globals << option;
    }
    text += QLatin1Char('\n') + tr("Global options (before or after the command):\n") + optionRows(globals);
    text += QLatin1Char('\n') + exitCodesHelp();
    return text;
}

ExitCode CliApplication::usageError(const QString& message, const QString& helpHint)
{
    write(m_io.err, programName() + QStringLiteral(": ") + message + QLatin1Char(' ') +
                        tr("Run “%1” for help.").arg(helpHint) + QLatin1Char('\n'));
    return ExitCode::Usage;
}

ExitCode CliApplication::run(const QStringList& arguments)
{
    const QString overviewHint = programName() + QStringLiteral(" --help");
    QList<QCommandLineOption> everyOption = GlobalOptions::definitions();
    for (const auto& command : m_commands)
        everyOption << command->options();
    const QSet<QString> withValues = optionNamesWithValues(everyOption);
    const CommandWord word = CommandWord::find(arguments, withValues);

    QStringList rest = arguments;
    if (word.index >= 0)
        rest.removeAt(word.index);
    QStringList parserArguments = QStringList{programName()} + rest;

    if (word.index < 0 || word.word == QLatin1String("help")) {
        QCommandLineParser parser;
        parser.addOptions(GlobalOptions::definitions());
        if (!parser.parse(parserArguments))
            return usageError(parser.errorText(), overviewHint);
        GlobalOptions options;
        if (const QString error = options.read(parser); !error.isEmpty())
            return usageError(error, overviewHint);
        if (options.version && word.index < 0) {
            write(m_io.out, versionText());
            return ExitCode::Success;
        }
        const QStringList topics = parser.positionalArguments();
        if (word.index < 0 && !options.help)
            return usageError(tr("No command given."), overviewHint);
        if (topics.isEmpty()) {
            write(m_io.out, overviewHelp());
            return ExitCode::Success;
        }
        const Command* topic = command(topics.constFirst());
        if (!topic || topics.size() > 1)
            return usageError(tr("There is no command “%1”.").arg(topics.join(QLatin1Char(' '))),
                              overviewHint);
        write(m_io.out, commandHelp(*topic));
        return ExitCode::Success;
    }

    Command* selected = command(word.word);
    if (!selected)
        return usageError(tr("There is no command “%1”.").arg(word.word), overviewHint);
    const QString commandHint =
        programName() + QLatin1Char(' ') + selected->name() + QStringLiteral(" --help");

    QCommandLineParser parser;
    const QList<QCommandLineOption> own = selected->options();
    parser.addOptions(own);
    QSet<QString> ownNames;
    for (const QCommandLineOption& option : own) {
        for (const QString& name : option.names())
            ownNames.insert(name);
    }
    for (const QCommandLineOption& option : GlobalOptions::definitions()) {
        if (!ownNames.contains(option.names().constFirst()))
            parser.addOption(option);
    }
    if (!parser.parse(parserArguments))
        return usageError(parser.errorText(), commandHint);
    GlobalOptions options;
    if (const QString error = options.read(parser); !error.isEmpty())
        return usageError(error, commandHint);
    if (options.help) {
        write(m_io.out, commandHelp(*selected));
        return ExitCode::Success;
    }
    if (options.version) {
        write(m_io.out, versionText());
        return ExitCode::Success;
    }
    if (const QString error = selected->parse(parser, parser.positionalArguments()); !error.isEmpty())
        return usageError(error, commandHint);
    return runCommand(*selected, options);
}

ExitCode CliApplication::runCommand(Command& command, const GlobalOptions& options)
{
    QList<QSslCertificate> caCertificates;
    if (!options.caCertPath.isEmpty() && command.clientNeed() != Command::ClientNeed::None) {
        caCertificates = QSslCertificate::fromPath(options.caCertPath, QSsl::Pem);
        if (caCertificates.isEmpty())
            return usageError(tr("%1 holds no PEM certificate (or cannot be read).").arg(options.caCertPath),
                              programName() + QStringLiteral(" --help"));
    }

    QEventLoop loop;
    std::optional<ExitCode> result;
    CommandContext context(programName(), options, m_io, m_clock, [&result, &loop](ExitCode code) {
        result = code;
        loop.quit();
    });
    if (command.clientNeed() == Command::ClientNeed::None) {
        command.run(context);
    } else {
        const bool optional = command.clientNeed() == Command::ClientNeed::Optional;
        CredentialsResolver::resolve(options, m_environment, &context,
                                     [this, &context, &command, &options, &caCertificates,
                                      optional](const CredentialsResolver::Result& resolved) {
                                         if (!resolved.ok) {
                                             if (!optional)
                                                 return context.fail(resolved.code, resolved.error);
                                             context.setNoClientReason(resolved.error);
                                             return command.run(context);
                                         }
                                         auto* client = new EdgeKvClient(resolved.credentials, m_clock,
                                                                         nullptr, &context);
                                         client->setTimeoutMs(options.timeoutSeconds * 1000);
                                         if (!caCertificates.isEmpty())
                                             client->setExtraCaCertificates(caCertificates);
                                         context.setClient(client, {resolved.credentials.clientSecret,
                                                                    resolved.credentials.accessToken,
                                                                    resolved.credentials.clientToken});
                                         command.run(context);
                                     });
    }
    if (!result)
        loop.exec();
    return result.value_or(ExitCode::Failure);
}

} // namespace edgekv::cli
