#include "export/ExportSelection.h"

#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenFormatter.h"

#include <QSet>

#include <algorithm>

namespace edgekv {

namespace {

// ISO, like the table and the API: a locale's short date (11/6/26) is ambiguous.
QString dateText(const QDate& date)
{
    return TokenFormatter::date(date);
}

} // namespace

ExportSelection::ExportSelection(const QList<Token>& tokens, const QHash<QString, QString>& loadErrors,
                                 const QSet<QString>& gone, const ExpiryClassifier& classifier)
{
    QSet<QString> seen;
    for (const Token& token : tokens) {
        if (seen.contains(token.name))
            continue;
        seen.insert(token.name);

        ExportToken item;
        item.token = token;
        item.status = classifier.classify(token);
        item.namespaces = token.namespacePermissions.keys();
        item.namespaces.sort();
        const QString name = token.name;
        using Kind = TokenStatus::Kind;
        const Kind kind = item.status.kind();

        if (kind == Kind::Expired || gone.contains(name)) {
            item.note = ExportToken::Note::Expired;
            item.problem =
                token.expiry.isValid() && kind == Kind::Expired
                    ? tr("%1 expired on %2 and is left out: EdgeKV refuses an expired token (401). "
                         "Renew it or create a new token.")
                          .arg(name, dateText(token.expiry))
                    : tr("%1 is left out: %2").arg(name, loadErrors.value(name));
        } else if (loadErrors.contains(name)) {
            item.problem = tr("%1 is left out: %2").arg(name, loadErrors.value(name));
        } else if (token.isLegacy() && token.value.isEmpty()) {
            item.problem = tr("%1 is left out: the API did not return its value.").arg(name);
        } else if (!token.isLegacy() && token.uuid.isEmpty()) {
            item.problem = tr("%1 is left out: the API did not return its uuid.").arg(name);
        } else if (item.namespaces.isEmpty()) {
            item.problem = tr("%1 is left out: it covers no namespace.").arg(name);
        } else {
            for (const QString& ns : std::as_const(item.namespaces)) {
                if (!TokenFileEntry::isValidNamespace(ns)) {
                    item.problem =
                        tr("%1 is left out: its namespace name \"%2\" is not valid.").arg(name, ns.left(40));
                    break;
                }
            }
        }

        if (!item.included() && item.note == ExportToken::Note::None)
            item.note = ExportToken::Note::Unusable;
        if (item.included()) {
            switch (kind) {
            case Kind::ActivationError:
                item.note = ExportToken::Note::ActivationError;
                item.warning = tr("%1 failed to activate (ERROR): EdgeWorkers cannot use it. Create a new "
                                  "token for its namespaces.")
                                   .arg(name);
                break;
            case Kind::Activating:
                item.note = ExportToken::Note::Activating;
                item.warning = tr("%1 is still activating: EdgeWorkers can use it once activation completes, "
                                  "usually within minutes.")
                                   .arg(name);
                break;
            case Kind::ExpiresToday:
            case Kind::ExpiresSoon:
            case Kind::ExpiresLater:
                item.note = ExportToken::Note::Expiring;
                item.warning = tr("%1 expires on %2 (%3): renew it and export again before then, or "
                                  "EdgeWorkers using this file get 401 errors.")
                                   .arg(name, dateText(token.expiry), item.status.text().toLower());
                break;
            default:
                break;
            }
        }
        m_tokens.append(item);
    }
}

const ExportToken* ExportSelection::token(const QString& name) const
{
    for (const ExportToken& item : m_tokens) {
        if (item.token.name == name)
            return &item;
    }
    return nullptr;
}

int ExportSelection::includedCount() const
{
    return int(std::count_if(m_tokens.cbegin(), m_tokens.cend(),
                             [](const ExportToken& item) { return item.included(); }));
}

QStringList ExportSelection::namespaces() const
{
    QSet<QString> all;
    for (const ExportToken& item : m_tokens) {
        if (item.included())
            all.unite(QSet<QString>(item.namespaces.cbegin(), item.namespaces.cend()));
    }
    QStringList result(all.cbegin(), all.cend());
    result.sort();
    return result;
}

QStringList ExportSelection::tokensFor(const QString& ns) const
{
    QStringList names;
    for (const ExportToken& item : m_tokens) {
        if (item.included() && item.namespaces.contains(ns))
            names << item.token.name;
    }
    return names;
}

QStringList ExportSelection::conflicts() const
{
    QStringList result;
    for (const QString& ns : namespaces()) {
        if (tokensFor(ns).size() > 1)
            result << ns;
    }
    return result;
}

QStringList ExportSelection::unresolved() const
{
    QStringList result;
    for (const QString& ns : conflicts()) {
        if (!m_choices.contains(ns))
            result << ns;
    }
    return result;
}

bool ExportSelection::choose(const QString& ns, const QString& tokenName)
{
    if (!tokensFor(ns).contains(tokenName))
        return false;
    m_choices.insert(ns, tokenName);
    return true;
}

QString ExportSelection::tokenForNamespace(const QString& ns) const
{
    const QStringList names = tokensFor(ns);
    if (names.size() == 1)
        return names.first();
    return m_choices.value(ns);
}

QList<TokenFileEntry> ExportSelection::entries() const
{
    QList<TokenFileEntry> result;
    for (const QString& ns : namespaces()) {
        const ExportToken* item = token(tokenForNamespace(ns));
        if (!item)
            continue;
        const Token& token = item->token;
        result << (token.isLegacy() ? TokenFileEntry::legacy(ns, token.name, token.value)
                                    : TokenFileEntry::enhanced(ns, token.name, token.uuid));
    }
    return result;
}

QStringList ExportSelection::messages() const
{
    using Note = ExportToken::Note;
    QMap<Note, QStringList> groups;
    QStringList single;
    for (const ExportToken& item : m_tokens) {
        const QString& name = item.token.name;
        switch (item.note) {
        case Note::None:
            break;
        case Note::Unusable:
            single << item.problem;
            break;
        case Note::Expired:
            groups[item.note] << (item.status.isExpired() && item.token.expiry.isValid()
                                      ? tr("%1 (%2)").arg(name, dateText(item.token.expiry))
                                      : tr("%1 (410 from the API)").arg(name));
            break;
        case Note::Expiring:
            groups[item.note]
                << tr("%1 (%2, %3)").arg(name, dateText(item.token.expiry), item.status.text().toLower());
            break;
        case Note::ActivationError:
        case Note::Activating:
            groups[item.note] << name;
            break;
        }
    }
    QStringList result;
    const auto add = [&](Note note, const QString& sentence) {
        if (groups.contains(note))
            result << sentence.arg(groups.value(note).join(QStringLiteral(", ")));
    };
    add(Note::Expired,
        tr("Expired, so left out (EdgeKV refuses an expired token with 401; renew it or create a "
           "new one): %1."));
    add(Note::ActivationError, tr("Activation failed (ERROR; EdgeWorkers cannot use such a token, create a "
                                  "new one): %1."));
    add(Note::Expiring, tr("Expiring soon (renew and export again before then, or EdgeWorkers using this "
                           "file get 401 errors): %1."));
    add(Note::Activating, tr("Still activating (EdgeWorkers can use a token once its activation completes, "
                             "usually within minutes): %1."));
    return result + single;
}

QString ExportSelection::kindText(const Token& token)
{
    return token.isLegacy() ? tr("Legacy (value)") : tr("Enhanced (reference)");
}

} // namespace edgekv
