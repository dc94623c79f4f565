#include "CommandContext.h"

#include "api/EdgeKvClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace edgekv::cli {

CliIo CliIo::standard()
{
    static QFile out;
    static QFile err;
    if (!out.isOpen())
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!err.isOpen())
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    CliIo io;
    io.out = &out;
    io.err = &err;
    io.stdinIsInteractive = [] {
        return isatty(STDIN_FILENO) == 1;
    };
    io.readLine = [] {
        std::string line;
        if (!std::getline(std::cin, line))
            return QString();
        return QString::fromStdString(line).remove(QLatin1Char('\r'));
    };
    return io;
}

CommandContext::CommandContext(QString program, GlobalOptions options, CliIo io, const Clock& clock,
                               std::function<void(ExitCode)> finished, QObject* parent)
    : QObject(parent), m_program(std::move(program)), m_options(std::move(options)), m_io(std::move(io)),
      m_clock(clock), m_onFinished(std::move(finished)), m_out(m_io.out), m_err(m_io.err)
{}

CommandContext::~CommandContext()
{
    m_out.flush();
    m_err.flush();
}

void CommandContext::setClient(EdgeKvClient* client, const QStringList& secrets)
{
    m_client = client;
    m_secrets = secrets;
}

QString CommandContext::clean(const QString& message) const
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString text = message.trimmed();
    text.replace(lineBreaks, QStringLiteral(" "));
    return ApiError::redact(text, m_secrets);
}

void CommandContext::printError(const QString& message)
{
    m_out.flush();
    m_err << m_program << QStringLiteral(": ") << clean(message) << Qt::endl;
}

void CommandContext::printWarning(const QString& message)
{
    m_out.flush();
    m_err << m_program << QStringLiteral(": ") << tr("warning: ") << clean(message) << Qt::endl;
}

void CommandContext::printNote(const QString& message)
{
    m_out.flush();
    m_err << clean(message) << Qt::endl;
}

void CommandContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CommandContext::failWith(const ApiError& error)
{
    fail(ExitCode::Failure, error.userMessage());
}

void CommandContext::fail(ExitCode code, const QString& message)
{
    printError(message);
    finish(code);
}

void CommandContext::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    if (m_onFinished)
        m_onFinished(code);
}

} // namespace edgekv::cli
