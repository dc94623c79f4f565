// The export dialog's pieces without a window: masking token values, the line diff, and which token
// gives each namespace its entry (conflicts, choices, left-out tokens and their notes).
#include "export/ExportPreview.h"
#include "export/ExportSelection.h"
#include "tokens/ExpiryClassifier.h"
#include "util/Clock.h"

#include <QTest>

using namespace edgekv;

namespace {

const QString kJwt = QStringLiteral(
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtYSI6WyJyIl19.c2lnbmF0dXJlX3NlY3JldA");

Token legacy(const QString& name, const QStringList& namespaces, const QDate& expiry,
             const QString& value = kJwt)
{
    Token token;
    token.name = name;
    token.model = Token::Model::Legacy;
    token.uuid = QStringLiteral("00000000-0000-0000-0000-") +
                 QString::number(qHash(name) % 1000000).rightJustified(12, QLatin1Char('0'));
    token.expiry = expiry;
    token.value = value;
    token.hasDetails = true;
    for (const QString& ns : namespaces)
        token.namespacePermissions.insert(ns, QStringLiteral("r"));
    return token;
}

Token enhanced(const QString& name, const QStringList& namespaces,
               Token::ActivationStatus status = Token::ActivationStatus::Complete)
{
    Token token;
    token.name = name;
    token.model = Token::Model::Enhanced;
    token.uuid = QStringLiteral("11111111-0000-0000-0000-") +
                 QString::number(qHash(name) % 1000000).rightJustified(12, QLatin1Char('0'));
    token.expiry = Token::neverExpiresDate();
    token.activationStatus = status;
    token.hasDetails = true;
    for (const QString& ns : namespaces)
        token.namespacePermissions.insert(ns, QStringLiteral("r"));
    return token;
}

} // namespace

class TestExportPreview : public QObject
{
    Q_OBJECT

private slots:
    void masksEveryValue()
    {
        const QString file =
            QStringLiteral(
                "{\n  \"namespace-a\": {\n    \"name\": \"t\",\n    \"value\": \"%1\"\n  },\n"
                "  \"namespace-b\": {\"name\": \"u\", \"value\": \"plain-secret\\\"x\"},\n"
                "  \"namespace-c\": {\"name\": \"v\", \"value\": \"\"},\n"
                "  \"namespace-d\": {\"name\": \"w\", \"reference\": \"uuid-1\", \"note\": \"%1\"}\n}")
                .arg(kJwt);
        const QString masked = ExportPreview::maskSecrets(file);
        QVERIFY(!masked.contains(QLatin1String("c2lnbmF0dXJl")));
        QVERIFY(!masked.contains(QLatin1String("plain-secret")));
        QCOMPARE(masked.count(QStringLiteral("eyJ0eXAiOi…(hidden #")), 2);
        QVERIFY(masked.contains(QStringLiteral("\"value\": \"…(hidden #")));
        QVERIFY(masked.contains(QLatin1String("\"value\": \"\"")));
        QVERIFY(masked.contains(QLatin1String("\"reference\": \"uuid-1\"")));
        // Two different values are told apart, the same one is masked the same way.
        QCOMPARE(ExportPreview::maskValue(kJwt), ExportPreview::maskValue(kJwt));
        QVERIFY(ExportPreview::maskValue(kJwt) != ExportPreview::maskValue(kJwt + QLatin1Char('x')));
    }

    void diffsLines()
    {
        using Kind = ExportPreview::DiffLine::Kind;
        const auto lines = ExportPreview::diff(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            {QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0].kind, Kind::Same);
        QCOMPARE(lines[1].kind, Kind::Removed);
        QCOMPARE(lines[1].text, QStringLiteral("b"));
        QCOMPARE(lines[2].kind, Kind::Added);
        QCOMPARE(lines[2].text, QStringLiteral("x"));
        QCOMPARE(lines[3].kind, Kind::Same);
        QCOMPARE(lines[4].kind, Kind::Added);
        QCOMPARE(ExportPreview::diffText(lines), QStringLiteral("  a\n- b\n+ x\n  c\n+ d"));
        QCOMPARE(ExportPreview::diff({}, {}).size(), 0);
        QCOMPARE(ExportPreview::splitLines(QStringLiteral("a\r\nb\n")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void shortensLongUnchangedRuns()
    {
        QStringList before;
        for (int i = 0; i < 20; ++i)
            before << QString::number(i);
        QStringList after = before;
        after[10] = QStringLiteral("ten");
        const QString text = ExportPreview::diffText(ExportPreview::diff(before, after), 2);
        QCOMPARE(text,
                 QStringLiteral(
                     "  … 8 unchanged lines\n  8\n  9\n- 10\n+ ten\n  11\n  12\n  … 7 unchanged lines"));
    }

    void conflictsNeedAChoice()
    {
        const MockClock clock(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
        const ExpiryClassifier classifier(clock);
        ExportSelection selection(
            {enhanced(QStringLiteral("one"), {QStringLiteral("shared"), QStringLiteral("a")}),
             legacy(QStringLiteral("two"), {QStringLiteral("shared"), QStringLiteral("b")},
                    QDate(2025, 6, 1))},
            {}, {}, classifier);
        QCOMPARE(selection.namespaces(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("shared")}));
        QCOMPARE(selection.conflicts(), QStringList{QStringLiteral("shared")});
        QCOMPARE(selection.unresolved(), QStringList{QStringLiteral("shared")});
        QCOMPARE(selection.entries().size(), 2);
        QVERIFY(!selection.choose(QStringLiteral("shared"), QStringLiteral("three")));
        QVERIFY(!selection.choose(QStringLiteral("a"), QStringLiteral("two")));
        QVERIFY(selection.choose(QStringLiteral("shared"), QStringLiteral("two")));
        QVERIFY(selection.unresolved().isEmpty());
        const QList<TokenFileEntry> entries = selection.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[2].key(), QStringLiteral("namespace-shared"));
        QCOMPARE(entries[2].tokenName, QStringLiteral("two"));
        QCOMPARE(entries[2].value, kJwt);
        QCOMPARE(entries[0].reference, selection.token(QStringLiteral("one"))->token.uuid);
        QVERIFY(selection.messages().isEmpty());
    }

    void notesFollowTheThresholds()
    {
        const MockClock clock(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
        ExpiryClassifier classifier(clock, ExpiryThresholds{7, 30});
        const QList<Token> tokens{
            legacy(QStringLiteral("past"), {QStringLiteral("p")}, QDate(2025, 2, 28)),
            legacy(QStringLiteral("today"), {QStringLiteral("t")}, QDate(2025, 3, 1)),
            legacy(QStringLiteral("edge"), {QStringLiteral("e")}, QDate(2025, 3, 31)),
            legacy(QStringLiteral("later"), {QStringLiteral("l")}, QDate(2025, 4, 1)),
            legacy(QStringLiteral("novalue"), {QStringLiteral("n")}, QDate(2025, 5, 1), QString()),
            enhanced(QStringLiteral("empty"), {}),
            enhanced(QStringLiteral("busy"), {QStringLiteral("b")}, Token::ActivationStatus::InProgress),
            enhanced(QStringLiteral("failed"), {QStringLiteral("f")}, Token::ActivationStatus::Error),
            enhanced(QStringLiteral("gone"), {QStringLiteral("g")})};
        const ExportSelection selection(tokens,
                                        {{QStringLiteral("gone"), QStringLiteral("it has expired (410).")}},
                                        {QStringLiteral("gone")}, classifier);
        using Note = ExportToken::Note;
        QCOMPARE(selection.token(QStringLiteral("past"))->note, Note::Expired);
        QCOMPARE(selection.token(QStringLiteral("today"))->note, Note::Expiring);
        QCOMPARE(selection.token(QStringLiteral("edge"))->note, Note::Expiring);
        QCOMPARE(selection.token(QStringLiteral("later"))->note, Note::None);
        QCOMPARE(selection.token(QStringLiteral("novalue"))->note, Note::Unusable);
        QCOMPARE(selection.token(QStringLiteral("empty"))->note, Note::Unusable);
        QCOMPARE(selection.token(QStringLiteral("busy"))->note, Note::Activating);
        QCOMPARE(selection.token(QStringLiteral("failed"))->note, Note::ActivationError);
        QCOMPARE(selection.token(QStringLiteral("gone"))->note, Note::Expired);
        QCOMPARE(selection.includedCount(), 5);
        QCOMPARE(selection.namespaces(),
                 (QStringList{QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("f"),
                              QStringLiteral("l"), QStringLiteral("t")}));
        const QStringList messages = selection.messages();
        QCOMPARE(messages.size(), 6);
        QVERIFY(messages[0].startsWith(QLatin1String("Expired, so left out")));
        QVERIFY(messages[0].contains(QLatin1String("past (")));
        QVERIFY(messages[0].contains(QLatin1String("gone (410")));
        QVERIFY(messages[1].contains(QLatin1String("failed")));
        QVERIFY(messages[2].contains(QLatin1String("today (")) &&
                messages[2].contains(QLatin1String("edge (")));
        QVERIFY(!messages[2].contains(QLatin1String("later")));
        QVERIFY(messages[3].contains(QLatin1String("busy")));
        QVERIFY(messages[4].contains(QLatin1String("novalue is left out")));
        QVERIFY(messages[5].contains(QLatin1String("empty is left out")));
        for (const QString& message : messages)
            QVERIFY(!message.contains(kJwt));

        classifier.setThresholds(ExpiryThresholds{7, 31});
        const ExportSelection wider(tokens, {}, {}, classifier);
        QCOMPARE(wider.token(QStringLiteral("later"))->note, Note::Expiring);
    }
};

QTEST_MAIN(TestExportPreview)
#include "tst_export_preview.moc"
