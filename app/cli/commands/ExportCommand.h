#pragma once

#include "Command.h"
#include "api/Token.h"
#include "tokenfile/TokenFileEntry.h"

#include <QCoreApplication>
#include <QList>

#include <variant>

namespace edgekv {
class ExpiryClassifier;
}

namespace edgekv::cli {

// export --to PATH TOKEN…: fetches each token by name and writes its entries ("namespace-<ns>" ->
// {name, value} for legacy tokens, {name, reference: uuid} for enhanced ones) into a folder, an
// edgekv_tokens.js or a bundle .tgz with the token file core's merge rules, then prints its report.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString usage() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    void run(CommandContext& context) override;

    // The entries of tokens (in order), or why they cannot be exported: a legacy token without its value,
    // a token without namespaces, two tokens for one namespace.
    static std::variant<QList<TokenFileEntry>, QString> entriesFor(const QList<Token>& tokens);
    // What a user should know before relying on the exported tokens: expired or expiring legacy tokens,
    // enhanced tokens still activating or whose activation failed.
    static QStringList tokenWarnings(const QList<Token>& tokens, const ExpiryClassifier& classifier);

private:
    void write(CommandContext& context, const QList<Token>& tokens);

    QString m_destination;
    QStringList m_names;
    bool m_replaceUnparseable = false;
};

} // namespace edgekv::cli
