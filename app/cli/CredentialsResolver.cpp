#include "CredentialsResolver.h"

#include "credentials/AccountStore.h"
#include "credentials/EdgercReader.h"

#include <QFileInfo>

namespace edgekv::cli {

namespace {

CredentialsResolver::Result finished(Credentials credentials, const GlobalOptions& options)
{
    if (options.accountSwitchKeyGiven)
        credentials.accountSwitchKey = options.accountSwitchKey;
    return {true, std::move(credentials), {}, ExitCode::Success};
}

} // namespace

void CredentialsResolver::resolve(const GlobalOptions& options, const QProcessEnvironment& environment,
                                  QObject* context, Callback done)
{
    if (options.account.isEmpty()) {
        const QString prefix = EdgercLoader::envPrefix(options.section);
        const bool fromEnvironment = environment.contains(prefix + QStringLiteral("HOST")) &&
                                     environment.contains(prefix + QStringLiteral("CLIENT_TOKEN")) &&
                                     environment.contains(prefix + QStringLiteral("CLIENT_SECRET")) &&
                                     environment.contains(prefix + QStringLiteral("ACCESS_TOKEN"));
        if (!fromEnvironment && !QFileInfo::exists(options.edgercPath)) {
            Result result;
            result.error =
                tr("No API credentials: %1 does not exist. Pass --edgerc FILE, --account NAME, or set "
                   "%2HOST, %2CLIENT_TOKEN, %2CLIENT_SECRET and %2ACCESS_TOKEN.")
                    .arg(options.edgercPath, prefix);
            return done(result);
        }
        const auto loaded = EdgercLoader::load(options.edgercPath, options.section, environment);
        if (const auto* error = std::get_if<EdgercError>(&loaded)) {
            Result result;
            result.error = error->text();
            return done(result);
        }
        return done(finished(std::get<Credentials>(loaded), options));
    }

    auto* store = new AccountStore(context);
    if (!store->contains(options.account)) {
        Result result;
        const QStringList names = [store] {
            QStringList list;
            for (const AccountProfile& profile : store->list())
                list << profile.name;
            return list;
        }();
        result.error = names.isEmpty()
                           ? tr("There is no stored account named “%1”; there are none yet (see “accounts "
                                "import-edgerc”).")
                                 .arg(options.account)
                           : tr("There is no stored account named “%1”. Stored accounts: %2.")
                                 .arg(options.account, names.join(QStringLiteral(", ")));
        store->deleteLater();
        return done(result);
    }
    store->loadCredentials(
        options.account, context, [store, options, done = std::move(done)](const AccountResult& loaded) {
            store->deleteLater();
            if (loaded.ok())
                return done(finished(loaded.credentials, options));
            Result result;
            result.error = loaded.message;
            // A keychain that does not answer is trouble of the moment, not usage.
            result.code = loaded.status == AccountResult::Status::KeychainUnavailable ? ExitCode::Failure
                                                                                      : ExitCode::Usage;
            done(result);
        });
}

} // namespace edgekv::cli
