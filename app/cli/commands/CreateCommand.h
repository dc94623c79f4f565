#pragma once

#include "Command.h"
#include "CreateArguments.h"
#include "api/TokenCreateRequest.h"

#include <QCoreApplication>

namespace edgekv {
class Clock;
class NamespaceInfo;
} // namespace edgekv

namespace edgekv::cli {

// create NAME --namespace NS=PERMS… [--staging] [--production] [--expiry YYYY-MM-DD]
// [--edgeworker-id ID…]: checks the request as the form does (first offline, then against the account's
// namespaces), then creates the token. A lost answer is never re-sent blindly (ApiJob).
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CreateCommand)

public:
    // clock decides "tomorrow" and "six months ahead"; it must outlive the command.
    explicit CreateCommand(const Clock& clock) : m_clock(clock) {}

    QString name() const override { return QStringLiteral("create"); }
    QString usage() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

private:
    void checkNamespaces(CommandContext& context);
    void create(CommandContext& context);

    const Clock& m_clock;
    TokenCreateRequest m_request;
    bool m_reveal = false;
};

} // namespace edgekv::cli
