#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace edgekv::cli {

// refresh NAME: asks the API to refresh an enhanced token now. Its uuid stays, so bundles need no change.
class RefreshCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::RefreshCommand)

public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString usage() const override { return QStringLiteral("refresh NAME"); }
    QString summary() const override;
    QString description() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

private:
    QString m_name;
};

} // namespace edgekv::cli
