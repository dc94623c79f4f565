#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace edgekv {
class Token;
class TokenStatus;
} // namespace edgekv

namespace edgekv::cli {

// list [--include-expired] [--details]: the account's tokens, most urgent first. The list call carries
// no networks or namespaces, so --details fetches every token (TokenListLoader, 8 at a time) for them.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString usage() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

private:
    void runSimple(CommandContext& context);
    void runWithDetails(CommandContext& context);
    void print(CommandContext& context, const QList<Token>& tokens, const QStringList& notes);

    bool m_includeExpired = false;
    bool m_details = false;
};

} // namespace edgekv::cli
