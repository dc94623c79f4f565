#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace edgekv::cli {

// revoke NAME [--yes]: revokes a token after a y/N question on a terminal; without a terminal only
// with --yes.
class RevokeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::RevokeCommand)

public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString usage() const override { return QStringLiteral("revoke NAME [--yes]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

    // "y" and "yes", in any case, after trimming; everything else (an empty line too) is no.
    static bool isYes(const QString& answer);

private:
    void revoke(CommandContext& context);

    QString m_name;
    bool m_yes = false;
};

} // namespace edgekv::cli
