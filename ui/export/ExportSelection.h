#pragma once

#include "api/Token.h"
#include "tokenfile/TokenFileEntry.h"
#include "tokens/TokenStatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace edgekv {

class ExpiryClassifier;

// One selected token as the export sees it.
struct ExportToken
{
    // What the user should know about it; the messages group tokens by this.
    enum class Note { None, Expired, Unusable, ActivationError, Activating, Expiring };

    Token token;
    TokenStatus status;
    QStringList namespaces; // sorted
    Note note = Note::None;
    QString problem; // not empty: the token is left out, and why
    QString warning; // not empty: the token is exported, but the user should know this

    bool included() const { return problem.isEmpty(); }
};

// Which entries the selected tokens give edgekv_tokens.js: one per namespace, from the only token that
// covers it or, where several selected tokens do, from the one the user chose. Tokens that cannot be
// written (expired, not loaded, no value or uuid, no namespace) are left out with the reason.
class ExportSelection
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::ExportSelection)

public:
    ExportSelection() = default;
    // tokens with their details; loadErrors: why a token's details could not be loaded, by name;
    // gone: the tokens the API answered 410 for (expired).
    ExportSelection(const QList<Token>& tokens, const QHash<QString, QString>& loadErrors,
                    const QSet<QString>& gone, const ExpiryClassifier& classifier);

    const QList<ExportToken>& tokens() const { return m_tokens; }
    const ExportToken* token(const QString& name) const;
    int includedCount() const;
    // Every namespace an included token covers, sorted.
    QStringList namespaces() const;
    // The included tokens that cover ns, in selection order.
    QStringList tokensFor(const QString& ns) const;
    // Namespaces covered by more than one included token, sorted.
    QStringList conflicts() const;
    // Conflicts without a choice yet.
    QStringList unresolved() const;
    // false when tokenName does not cover ns.
    bool choose(const QString& ns, const QString& tokenName);
    // The token whose entry ns gets; empty while a conflict is unresolved.
    QString tokenForNamespace(const QString& ns) const;

    // The entries of every namespace with a token, in namespace order.
    QList<TokenFileEntry> entries() const;
    // The problems and warnings, tokens of one kind of note in one sentence.
    QStringList messages() const;

    // "Legacy (value)" / "Enhanced (reference)".
    static QString kindText(const Token& token);

private:
    QList<ExportToken> m_tokens;
    QMap<QString, QString> m_choices; // namespace -> chosen token
};

} // namespace edgekv
