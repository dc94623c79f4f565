#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

namespace edgekv {
class AccountStore;
class EdgercFile;
} // namespace edgekv

namespace edgekv::cli {

// accounts list | import-edgerc [--section NAME…] [--linked] [--replace] | remove NAME: the accounts the
// app and --account use. An imported account is named after its section; its secrets go to the OS
// keychain, or with --linked only the file and section are stored.
class AccountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::AccountsCommand)

public:
    enum class Action { List, ImportEdgerc, Remove };

    QString name() const override { return QStringLiteral("accounts"); }
    QString usage() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    ClientNeed clientNeed() const override { return ClientNeed::None; }
    void run(CommandContext& context) override;

    Action action() const { return m_action; }
    const QStringList& sections() const { return m_sections; }

private:
    void list(CommandContext& context, AccountStore& store);
    void importEdgerc(CommandContext& context, AccountStore& store);
    void importNext(CommandContext& context, AccountStore& store, const EdgercFile& file, QStringList queue);
    void finishImport(CommandContext& context);
    void remove(CommandContext& context, AccountStore& store);

    Action m_action = Action::List;
    QStringList m_sections;
    bool m_linked = false;
    bool m_replace = false;
    QString m_removeName;
    QStringList m_imported;
    QStringList m_failed;
};

} // namespace edgekv::cli
