#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace edgekv {
class Token;
struct KnownToken;
} // namespace edgekv

namespace edgekv::cli {

// check PATH [--warn-days N] [--offline]: the bundle check of the token file core (BundleChecker), with
// the account's tokens (one GET /tokens?includeExpired=true) when there is a usable account. Exit 0 all
// well, 1 warnings, 2 broken.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CheckCommand)

public:
    static constexpr int DefaultWarnDays = 30;

    QString name() const override { return QStringLiteral("check"); }
    QString usage() const override { return QStringLiteral("check PATH [--warn-days N] [--offline]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional) override;
    ClientNeed clientNeed() const override { return m_offline ? ClientNeed::None : ClientNeed::Optional; }
    void run(CommandContext& context) override;

    // What the checker needs to know of one listed token.
    static KnownToken knownToken(const Token& token);

private:
    QString m_path;
    int m_warnDays = DefaultWarnDays;
    bool m_offline = false;
};

} // namespace edgekv::cli
