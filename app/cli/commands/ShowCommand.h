#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace edgekv::cli {

// show NAME [--reveal]: every field of one token; the JWT value of a legacy token only with --reveal.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString usage() const override { return QStringLiteral("show NAME [--reveal]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

    // The usage error for a token name argument (checked before any call), or an empty string.
    static QString tokenNameProblem(const QStringList& positional, const QString& command);

private:
    QString m_name;
    bool m_reveal = false;
};

} // namespace edgekv::cli
