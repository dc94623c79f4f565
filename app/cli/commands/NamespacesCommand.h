#pragma once

#include "Command.h"
#include "api/NamespaceInfo.h"

#include <QCoreApplication>

#include <optional>

namespace edgekv::cli {

// namespaces [--network staging|production]: the namespaces a token can cover, with their attributes.
class NamespacesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::NamespacesCommand)

public:
    QString name() const override { return QStringLiteral("namespaces"); }
    QString usage() const override { return QStringLiteral("namespaces [--network staging|production]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

private:
    void print(CommandContext& context, const QList<NamespaceInfo>& namespaces);

    std::optional<Network> m_network; // nullopt: both, merged
};

} // namespace edgekv::cli
