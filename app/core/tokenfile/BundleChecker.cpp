#include "tokenfile/BundleChecker.h"

#include "tokenfile/BundleArchive.h"
#include "tokenfile/EdgeKvLibrary.h"
#include "tokenfile/TokenExport.h"
#include "tokenfile/TokenFileParser.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace edgekv {

namespace {

constexpr qint64 MaxLibrarySize = qint64(1) << 20;

CheckFinding finding(CheckSeverity severity, const char* code, const QString& message)
{
    return CheckFinding{severity, QString::fromLatin1(code), message};
}

CheckSeverity worst(const QList<CheckFinding>& findings)
{
    CheckSeverity result = CheckSeverity::Ok;
    for (const CheckFinding& f : findings)
        result = std::max(result, f.severity);
    return result;
}

// The last day a token works when it stops at `expiry`: a JWT whose exp is midnight UTC ends the day
// before, which is the expiry date the API and the token table show.
QDate lastValidDay(const QDateTime& expiry)
{
    return expiry.toUTC().addSecs(-1).date();
}

QString day(const QDateTime& expiry)
{
    return lastValidDay(expiry).toString(Qt::ISODate);
}

// Expired, or expiring within warnDays, by calendar days in UTC as everywhere in EdgeKV.
void judgeExpiry(CheckedEntry& entry, const QDateTime& expiry, const QDateTime& now, int warnDays,
                 const QString& source)
{
    if (expiry <= now) {
        entry.findings << finding(
            CheckSeverity::Broken, "expired",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "Token %1 expired on %2 (%3); EdgeKV answers 401.")
                .arg(entry.tokenName, day(expiry), source));
        return;
    }
    const qint64 daysLeft = now.toUTC().date().daysTo(lastValidDay(expiry));
    if (daysLeft <= warnDays) {
        entry.findings << finding(CheckSeverity::Warning, "expiring",
                                  QCoreApplication::translate("edgekv::BundleChecker",
                                                              "Token %1 expires on %2, in %n day(s) (%3).",
                                                              nullptr, int(daysLeft))
                                      .arg(entry.tokenName, day(expiry), source));
    }
}

void checkLegacyValue(CheckedEntry& entry, const QString& value, const QDateTime& now, int warnDays)
{
    const std::optional<QJsonObject> claims = BundleChecker::jwtClaims(value);
    if (!claims) {
        entry.findings << finding(
            CheckSeverity::Warning, "unreadable-jwt",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "The value is not a readable JWT, so its expiry cannot be checked."));
        return;
    }
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (exp.isDouble()) {
        entry.expiry = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
        judgeExpiry(entry, entry.expiry, now, warnDays,
                    QCoreApplication::translate("edgekv::BundleChecker", "from the value's exp claim"));
    } else {
        entry.findings << finding(
            CheckSeverity::Info, "no-exp",
            QCoreApplication::translate("edgekv::BundleChecker", "The value has no exp claim."));
    }
    QStringList covered;
    for (auto it = claims->constBegin(); it != claims->constEnd(); ++it) {
        if (!TokenFileEntry::namespaceOfKey(it.key()).isEmpty())
            covered << TokenFileEntry::namespaceOfKey(it.key());
    }
    if (!entry.ns.isEmpty() && !covered.isEmpty() && !covered.contains(entry.ns)) {
        entry.findings << finding(
            CheckSeverity::Broken, "wrong-namespace",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "Token %1 does not grant access to namespace %2; it covers %3.")
                .arg(entry.tokenName, entry.ns, covered.join(QStringLiteral(", "))));
    }
}

void checkAgainstAccount(CheckedEntry& entry, const QHash<QString, KnownToken>& known, const QDateTime& now,
                         int warnDays, const QString& reference)
{
    if (entry.tokenName.isEmpty())
        return;
    const auto it = known.constFind(entry.tokenName);
    if (it == known.constEnd()) {
        entry.findings << finding(
            CheckSeverity::Broken, "unknown-token",
            QCoreApplication::translate(
                "edgekv::BundleChecker",
                "The account has no token %1: it was revoked, or it belongs to another account.")
                .arg(entry.tokenName));
        return;
    }
    if (entry.kind == CheckedEntry::Kind::Enhanced && !it->reference.isEmpty() &&
        it->reference != reference) {
        entry.findings << finding(
            CheckSeverity::Broken, "reference-mismatch",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "The reference is not the one of token %1 in the account.")
                .arg(entry.tokenName));
    }
    if (it->activation == KnownToken::Activation::InProgress) {
        entry.findings << finding(
            CheckSeverity::Warning, "activating",
            QCoreApplication::translate("edgekv::BundleChecker", "Token %1 is still activating.")
                .arg(entry.tokenName));
    } else if (it->activation == KnownToken::Activation::Error) {
        entry.findings << finding(
            CheckSeverity::Broken, "activation-failed",
            QCoreApplication::translate("edgekv::BundleChecker", "Token %1 failed to activate.")
                .arg(entry.tokenName));
    }
    const bool expires = it->expiry.isValid() && it->expiry.year() < 9999;
    if (expires && !entry.expiry.isValid()) {
        // The account's expiry date is the last valid day.
        entry.expiry = QDateTime(it->expiry.addDays(1), QTime(0, 0), Qt::UTC);
        judgeExpiry(entry, entry.expiry, now, warnDays,
                    QCoreApplication::translate("edgekv::BundleChecker", "from the account"));
    }
}

CheckedEntry checkEntry(const QString& key, const QJsonValue& value, const ParsedTokenFile& parsed,
                        const QDateTime& now, const BundleCheckOptions& options)
{
    CheckedEntry entry;
    entry.key = key;
    entry.ns = TokenFileEntry::namespaceOfKey(key);
    entry.line = parsed.lines.value(key);
    for (const KeyNormalisation& normalisation : parsed.normalised) {
        if (normalisation.to == key && !normalisation.dropped) {
            entry.key = normalisation.from;
            entry.findings << finding(
                CheckSeverity::Broken, "bare-key",
                QCoreApplication::translate(
                    "edgekv::BundleChecker",
                    "The key \"%1\" has no \"namespace-\" prefix, so edgekv.js cannot find it "
                    "and fails with MISSING ACCESS TOKEN. Export again to fix the key.")
                    .arg(normalisation.from));
        }
    }
    if (entry.ns.isEmpty()) {
        entry.findings << finding(
            CheckSeverity::Warning, "not-a-namespace-key",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "\"%1\" is not a namespace key; edgekv.js never reads it.")
                .arg(key));
    } else if (!TokenFileEntry::isValidNamespace(entry.ns)) {
        entry.findings << finding(
            CheckSeverity::Warning, "invalid-namespace",
            QCoreApplication::translate(
                "edgekv::BundleChecker",
                "\"%1\" is not a valid namespace name, so no EdgeWorker can use this entry.")
                .arg(entry.ns));
    }
    if (!value.isObject()) {
        entry.findings << finding(
            CheckSeverity::Broken, "not-an-entry",
            QCoreApplication::translate("edgekv::BundleChecker",
                                        "The entry is not an object with a name and a value or reference."));
        return entry;
    }
    const QJsonObject object = value.toObject();
    entry.tokenName = object.value(QStringLiteral("name")).toString();
    const QJsonValue jwt = object.value(QStringLiteral("value"));
    const QJsonValue reference = object.value(QStringLiteral("reference"));
    // edgekv.js tests `"value" in entry` first, then `"reference" in entry`.
    if (object.contains(QStringLiteral("value"))) {
        entry.kind = CheckedEntry::Kind::Legacy;
        if (!jwt.isString() || jwt.toString().isEmpty()) {
            entry.findings << finding(
                CheckSeverity::Broken, "empty-value",
                QCoreApplication::translate("edgekv::BundleChecker", "The value is empty or not a string."));
        } else {
            checkLegacyValue(entry, jwt.toString(), now, options.warnDays);
        }
        if (object.contains(QStringLiteral("reference"))) {
            entry.findings << finding(
                CheckSeverity::Info, "value-and-reference",
                QCoreApplication::translate(
                    "edgekv::BundleChecker",
                    "The entry has a value and a reference; edgekv.js uses the value."));
        }
    } else if (object.contains(QStringLiteral("reference"))) {
        entry.kind = CheckedEntry::Kind::Enhanced;
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (!reference.isString() || reference.toString().isEmpty()) {
            entry.findings << finding(CheckSeverity::Broken, "empty-reference",
                                      QCoreApplication::translate("edgekv::BundleChecker",
                                                                  "The reference is empty or not a string."));
        } else if (!uuid.match(reference.toString()).hasMatch()) {
            entry.findings << finding(
                CheckSeverity::Warning, "odd-reference",
                QCoreApplication::translate("edgekv::BundleChecker",
                                            "The reference does not look like a token uuid."));
        }
    } else {
        entry.findings << finding(
            CheckSeverity::Broken, "no-token",
            QCoreApplication::translate(
                "edgekv::BundleChecker",
                "The entry has neither a value nor a reference; edgekv.js fails with MISSING "
                "ACCESS TOKEN."));
    }
    if (entry.tokenName.isEmpty()) {
        entry.findings << finding(
            CheckSeverity::Info, "no-name",
            QCoreApplication::translate(
                "edgekv::BundleChecker",
                "The entry has no token name, so it cannot be matched with the account."));
    }
    if (options.knownTokens)
        checkAgainstAccount(entry, *options.knownTokens, now, options.warnDays, reference.toString());
    return entry;
}

QByteArray readSmallFile(const QString& path, qint64 limit, bool* found)
{
    QFile file(path);
    *found = QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly);
    return *found ? file.read(limit) : QByteArray();
}

} // namespace

CheckSeverity CheckedEntry::severity() const
{
    return worst(findings);
}

CheckSeverity BundleCheckResult::severity() const
{
    CheckSeverity result = worst(fileFindings);
    for (const CheckedEntry& entry : entries)
        result = std::max(result, entry.severity());
    return result;
}

int BundleCheckResult::exitCode() const
{
    switch (severity()) {
    case CheckSeverity::Broken:
        return 2;
    case CheckSeverity::Warning:
        return 1;
    default:
        return 0;
    }
}

std::optional<QJsonObject> BundleChecker::jwtClaims(const QString& jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

BundleCheckResult BundleChecker::checkTokenFile(const QByteArray& tokenFile, const QString& nameForMessages,
                                                const QByteArray& edgeKvJs, const QString& edgeKvJsName,
                                                const BundleCheckOptions& options)
{
    BundleCheckResult result;
    result.tokenFilePath = nameForMessages;
    if (!options.knownTokens) {
        result.checksNotMade << QCoreApplication::translate(
            "edgekv::BundleChecker",
            "Whether the account knows each token, its activation and refresh state: no "
            "account is connected. Legacy values were judged by their exp claim only.");
    }
    result.checksNotMade << QCoreApplication::translate(
        "edgekv::BundleChecker",
        "Whether every namespace the EdgeWorker uses has an entry: the code is not analysed.");

    const auto parsed = TokenFileParser::parse(tokenFile, nameForMessages);
    if (const auto* error = std::get_if<TokenFileError>(&parsed)) {
        result.fileFindings << finding(CheckSeverity::Broken, "unparseable", error->text());
        return result;
    }
    const ParsedTokenFile& file = std::get<ParsedTokenFile>(parsed);
    const QDateTime now = (options.clock ? options.clock : &Clock::system())->nowUtc();
    if (file.entries.isEmpty()) {
        result.fileFindings << finding(
            CheckSeverity::Warning, "no-entries",
            QCoreApplication::translate("edgekv::BundleChecker", "%1 holds no tokens.")
                .arg(QDir::toNativeSeparators(nameForMessages)));
    }
    for (const KeyNormalisation& normalisation : file.normalised) {
        if (normalisation.dropped) {
            result.fileFindings << finding(
                CheckSeverity::Info, "shadowed-bare-key",
                QCoreApplication::translate("edgekv::BundleChecker",
                                            "Line %1: the bare key \"%2\" is never read; \"%3\" is.")
                    .arg(QString::number(normalisation.line), normalisation.from, normalisation.to));
        }
    }
    for (auto it = file.entries.constBegin(); it != file.entries.constEnd(); ++it)
        result.entries << checkEntry(it.key(), it.value(), file, now, options);
    std::sort(result.entries.begin(), result.entries.end(),
              [](const CheckedEntry& a, const CheckedEntry& b) { return a.line < b.line; });

    if (!edgeKvJsName.isEmpty()) {
        const QVersionNumber version = EdgeKvLibrary::parseVersion(edgeKvJs);
        const QString warning = EdgeKvLibrary::referenceWarning(file.entries, edgeKvJs, edgeKvJsName);
        if (!warning.isEmpty()) {
            result.fileFindings << finding(
                version.isNull() ? CheckSeverity::Warning : CheckSeverity::Broken,
                version.isNull() ? "edgekv-js-version-unknown" : "edgekv-js-too-old", warning);
        }
    } else {
        result.checksNotMade << QCoreApplication::translate(
            "edgekv::BundleChecker",
            "Whether edgekv.js can read reference entries: no edgekv.js beside the token file.");
    }
    return result;
}

BundleCheckResult BundleChecker::check(const QString& path, const BundleCheckOptions& options)
{
    auto failed = [&](const char* code, const QString& message) {
        BundleCheckResult result;
        result.path = path;
        result.fileFindings << finding(CheckSeverity::Broken, code, message);
        return result;
    };
    BundleCheckResult result;
    if (TokenExport::isBundlePath(path)) {
        const auto opened = BundleArchive::open(path);
        if (const auto* error = std::get_if<TokenFileError>(&opened))
            return failed("unreadable", error->text());
        const BundleArchive& bundle = std::get<BundleArchive>(opened);
        const QString member = bundle.tokenFilePath();
        const QString library = bundle.edgeKvJsPath();
        if (!bundle.hasFile(member)) {
            if (member != tokenFileName() && bundle.hasFile(tokenFileName())) {
                return failed(
                    "token-file-misplaced",
                    QCoreApplication::translate(
                        "edgekv::BundleChecker",
                        "%1 imports %2, which is missing; the top-level edgekv_tokens.js is not used.")
                        .arg(library, member));
            }
            return failed("no-token-file",
                          QCoreApplication::translate(
                              "edgekv::BundleChecker",
                              "The bundle has no %1, so edgekv.js fails with MISSING ACCESS TOKEN.")
                              .arg(member));
        }
        result = checkTokenFile(bundle.fileData(member), path + QLatin1Char(':') + member,
                                bundle.fileData(library),
                                library.isEmpty() ? QString() : path + QLatin1Char(':') + library, options);
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return failed("unreadable",
                          QCoreApplication::translate("edgekv::BundleChecker", "%1 does not exist.")
                              .arg(QDir::toNativeSeparators(path)));
        const QString tokenPath = info.isDir() ? QDir(path).filePath(tokenFileName()) : path;
        bool found = false;
        const QByteArray tokens = readSmallFile(tokenPath, TokenFileParser::MaxFileSize + 1, &found);
        if (!found) {
            return failed("no-token-file",
                          QCoreApplication::translate(
                              "edgekv::BundleChecker",
                              "There is no readable %1, so edgekv.js fails with MISSING ACCESS TOKEN.")
                              .arg(QDir::toNativeSeparators(tokenPath)));
        }
        const QString libraryPath = QFileInfo(tokenPath).absoluteDir().filePath(QStringLiteral("edgekv.js"));
        bool libraryFound = false;
        const QByteArray library = readSmallFile(libraryPath, MaxLibrarySize, &libraryFound);
        result = checkTokenFile(tokens, tokenPath, library, libraryFound ? libraryPath : QString(), options);
    }
    result.path = path;
    return result;
}

} // namespace edgekv
