#pragma once

#include "tokenfile/TokenFileEntry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace edgekv {

class Clock;

// What the connected account says about a token, for the online part of a check. The caller converts
// its API types into this, so that the checker does not depend on them.
struct KnownToken
{
    enum class Activation { Complete, InProgress, Error };

    QString reference; // the uuid of an enhanced token; empty when unknown
    QDate expiry;      // legacy tokens; invalid (or 9999-12-31) for tokens that do not expire
    Activation activation = Activation::Complete;
};

enum class CheckSeverity { Ok = 0, Info = 1, Warning = 2, Broken = 3 };

struct CheckFinding
{
    CheckSeverity severity = CheckSeverity::Info;
    QString code;    // stable, for scripts: "expired", "bare-key", "unknown-token", …
    QString message; // translated, never contains a token value
};

struct CheckedEntry
{
    enum class Kind { Legacy, Enhanced, None };

    QString key; // as written in the file ("myspace" for a bare key)
    QString ns;  // the namespace edgekv.js would look up with; empty when the key is no namespace key
    QString tokenName;
    Kind kind = Kind::None;
    int line = 0;
    QDateTime expiry; // legacy: from the JWT's exp claim, else from the account; invalid when unknown
    QList<CheckFinding> findings;

    CheckSeverity severity() const;
};

struct BundleCheckResult
{
    QString path;          // as given
    QString tokenFilePath; // the file checked; "<bundle>:<member>" inside a bundle; empty when none was found
    QList<CheckedEntry> entries;
    QList<CheckFinding> fileFindings;
    QStringList checksNotMade; // translated sentences: what could not be judged, and why

    CheckSeverity severity() const;
    // The command line's exit code (issue #8): 0 all well, 1 warnings, 2 something broken.
    int exitCode() const;
};

struct BundleCheckOptions
{
    int warnDays = 30;
    const Clock* clock = nullptr; // nullptr: the system clock
    // The account's tokens by name; nullopt when no account is connected (then the check is offline).
    std::optional<QHash<QString, KnownToken>> knownTokens;
};

// The bundle check (issue #6, #8 `check PATH`): reads a folder, an edgekv_tokens.js or a bundle .tgz
// and judges offline what it can: keys edgekv.js cannot find (bare keys), entries with neither value
// nor reference, legacy values expired or expiring by their JWT exp claim (the signature is not
// checked), JWTs that do not cover the entry's namespace, an edgekv.js too old for reference entries
// or one that imports a token file that is missing. With knownTokens it also reports tokens the
// account does not know, references that do not match, activation state and the account's expiry.
class BundleChecker
{
public:
    static BundleCheckResult check(const QString& path, const BundleCheckOptions& options = {});
    // The same on a token file already in memory; edgeKvJs may be empty (not found).
    static BundleCheckResult checkTokenFile(const QByteArray& tokenFile, const QString& nameForMessages,
                                            const QByteArray& edgeKvJs, const QString& edgeKvJsName,
                                            const BundleCheckOptions& options = {});

    // The claims of a JWT (header.payload.signature, base64url) without any signature check.
    static std::optional<QJsonObject> jwtClaims(const QString& jwt);
};

} // namespace edgekv
