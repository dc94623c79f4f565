#include "commands/CheckCommand.h"

#include "CheckReport.h"
#include "CommandContext.h"
#include "api/EdgeKvClient.h"
#include "tokenfile/BundleChecker.h"
#include "util/Clock.h"

namespace edgekv::cli {

QString CheckCommand::summary() const
{
    return tr("Check the tokens in a bundle folder, edgekv_tokens.js or bundle .tgz (for CI and cron).");
}

QString CheckCommand::description() const
{
    return tr(
        "Checks every entry of the token file of PATH (a bundle folder, an edgekv_tokens.js or a\n"
        "bundle .tgz). Broken: an expired token, a token the account does not know (revoked, or from\n"
        "another account), a reference that is not the token's, a bare key or an entry with neither\n"
        "value nor reference (edgekv.js fails with MISSING ACCESS TOKEN), a token file that is missing\n"
        "or cannot be parsed, an edgekv.js too old for reference entries. Warnings: a token that\n"
        "expires within --warn-days or is still activating, and an account that could not be asked.\n"
        "Without usable credentials (or with --offline) it judges what the file itself tells: legacy\n"
        "values by their JWT's exp and namespace claims (the signature is not checked), key and\n"
        "reference formats, and it lists the checks it could not make.\n"
        "Exit 0 when all is well, 1 with warnings only, 2 when something is broken.");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {
        {QStringLiteral("warn-days"),
         tr("A token that expires within this many days is a warning (default %1).").arg(DefaultWarnDays),
         QStringLiteral("N")},
        {QStringLiteral("offline"), tr("Do not ask the account; judge the file alone.")},
    };
}

QString CheckCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.isEmpty())
        return tr("check needs a PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.");
    if (positional.size() > 1)
        return tr("check takes one PATH, but %1 arguments were given.").arg(positional.size());
    m_path = positional.constFirst();
    m_offline = parser.isSet(QStringLiteral("offline"));
    m_warnDays = DefaultWarnDays;
    if (parser.isSet(QStringLiteral("warn-days"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("warn-days"));
        m_warnDays = text.toInt(&ok);
        if (!ok || m_warnDays < 0 || m_warnDays > 3650)
            return tr("--warn-days must be a whole number of days from 0 to 3650, not “%1”.").arg(text);
    }
    return {};
}

KnownToken CheckCommand::knownToken(const Token& token)
{
    KnownToken known;
    known.reference = token.uuid;
    known.expiry = token.isLegacy() ? token.expiry : QDate();
    switch (token.activationStatus) {
    case Token::ActivationStatus::InProgress:
        known.activation = KnownToken::Activation::InProgress;
        break;
    case Token::ActivationStatus::Error:
        known.activation = KnownToken::Activation::Error;
        break;
    case Token::ActivationStatus::Complete:
    case Token::ActivationStatus::Unknown:
        known.activation = KnownToken::Activation::Complete;
        break;
    }
    return known;
}

void CheckCommand::run(CommandContext& context)
{
    auto report = [this, &context](const BundleCheckOptions& options, const QStringList& notMade,
                                   const QList<CheckFinding>& extra) {
        BundleCheckResult result = BundleChecker::check(m_path, options);
        result.checksNotMade << notMade;
        result.fileFindings << extra;
        const QDate today = context.clock().todayUtc();
        if (context.json())
            context.printJson(CheckReport::toJson(result, m_warnDays, today));
        else
            context.out() << CheckReport::toText(result, today);
        context.finish(ExitCode(result.exitCode()));
    };
    BundleCheckOptions options;
    options.warnDays = m_warnDays;
    options.clock = &context.clock();
    if (!context.client()) {
        report(options,
               {m_offline ? tr("The account was not asked: --offline was given.")
                          : tr("The account was not asked: %1").arg(context.noClientReason())},
               {});
        return;
    }
    // The list (with recently expired tokens) has all the checker needs: uuid, expiry, activation.
    TokenListJob* job = context.client()->listTokens(true);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [job, options, report]() mutable {
        if (!job->isSuccess()) {
            report(options, {},
                   {CheckFinding{CheckSeverity::Warning, QStringLiteral("account-unavailable"),
                                 tr("The account could not be asked, so revoked or unknown tokens were not "
                                    "detected: %1")
                                     .arg(job->error().userMessage())}});
            return;
        }
        QHash<QString, KnownToken> known;
        for (const Token& token : job->result())
            known.insert(token.name, knownToken(token));
        options.knownTokens = known;
        report(options, {}, {});
    });
}

} // namespace edgekv::cli
