// TokenFormRules: every rule of a token create request and its boundaries (EDGEKV_API.md §1.1, §3), the
// renewal name and the mapping of server errors onto form fields.
#include "api/ApiError.h"
#include "api/Token.h"
#include "util/Clock.h"
#include "validation/TokenFormRules.h"

#include <QTest>
#include <QTimeZone>

using namespace edgekv;
using Field = TokenFormRules::Field;

namespace {

NamespaceInfo ns(const QString& name, std::optional<bool> restrict, bool staging = true,
                 bool production = true)
{
    NamespaceInfo info;
    info.name = name;
    info.onStaging = staging;
    info.onProduction = production;
    info.restrictDataAccess = restrict;
    info.hasDetails = true;
    return info;
}

TokenCreateRequest validRequest()
{
    TokenCreateRequest request;
    request.name = QStringLiteral("checkout-prod");
    request.allowOnStaging = true;
    request.allowOnProduction = true;
    request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("r")}};
    return request;
}

QMap<QString, QString> namespacesOf(int count)
{
    QMap<QString, QString> permissions;
    for (int i = 0; i < count; ++i)
        permissions.insert(QStringLiteral("ns%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("r"));
    return permissions;
}

ApiError httpError(int status, const QString& detail)
{
    ApiError error = ApiError::fromHttpResponse(
        status, QStringLiteral(R"({"status":%1,"title":"Bad Request","detail":"%2","errorCode":"EKV_2000"})")
                    .arg(status)
                    .arg(detail)
                    .toUtf8());
    error.operation = ApiError::Operation::CreateToken;
    return error;
}

} // namespace

class TestTokenFormRules : public QObject
{
    Q_OBJECT

private slots:
    void nameLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("32") << 32 << true;
        QTest::newRow("33") << 33 << false;
    }
    void nameLength()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        const QString name(length, QLatin1Char('a'));
        const QString problem = TokenFormRules::nameProblem(name, {});
        QCOMPARE(problem.isEmpty(), valid);
        QCOMPARE(Token::isValidName(name), valid); // the client's own check agrees
    }

    void nameMessagesSayHowToFix()
    {
        QCOMPARE(TokenFormRules::nameProblem(QString(), {}),
                 QStringLiteral("Enter a name for the token: 1 to 32 letters, digits, _ or -."));
        QCOMPARE(TokenFormRules::nameProblem(QString(33, QLatin1Char('a')), {}),
                 QStringLiteral("The name has 33 characters; the limit is 32. Remove 1 character."));
        QCOMPARE(TokenFormRules::nameProblem(QString(35, QLatin1Char('a')), {}),
                 QStringLiteral("The name has 35 characters; the limit is 32. Remove 3 characters."));
    }

    void nameLeadingDash()
    {
        QCOMPARE(TokenFormRules::nameProblem(QStringLiteral("-token"), {}),
                 QStringLiteral("A token name cannot start with “-”. Start it with a letter, a digit or _."));
        QVERIFY(TokenFormRules::nameProblem(QStringLiteral("_token"), {}).isEmpty());
        QVERIFY(TokenFormRules::nameProblem(QStringLiteral("9token"), {}).isEmpty());
        QVERIFY(TokenFormRules::nameProblem(QStringLiteral("to-ken-"), {}).isEmpty());
    }

    void nameBadCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("named");
        QTest::newRow("space") << QStringLiteral("checkout prod") << QStringLiteral("a space");
        QTest::newRow("dot") << QStringLiteral("v1.2") << QStringLiteral("“.”");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("“/”");
        QTest::newRow("umlaut") << QStringLiteral("grün") << QStringLiteral("“ü”");
        QTest::newRow("semicolon") << QStringLiteral(";") << QStringLiteral("“;”");
        QTest::newRow("two kinds") << QStringLiteral("a b.c d") << QStringLiteral("a space and “.”");
    }
    void nameBadCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, named);
        const QString problem = TokenFormRules::nameProblem(name, {});
        QCOMPARE(problem,
                 QStringLiteral("The name contains %1, which a token name cannot have. Use only letters "
                                "(A–Z, a–z), digits, _ and -.")
                     .arg(named));
        QVERIFY(!Token::isValidName(name));
    }

    void nameDuplicatesAreCaseSensitive()
    {
        const QStringList existing = {QStringLiteral("checkout-prod")};
        QCOMPARE(
            TokenFormRules::nameProblem(QStringLiteral("checkout-prod"), existing),
            QStringLiteral("This account already has a token named “checkout-prod”. Choose another name, "
                           "for example with the month added."));
        // The API keys tokens by their exact name (the spec names no case folding).
        QVERIFY(TokenFormRules::nameProblem(QStringLiteral("Checkout-Prod"), existing).isEmpty());
        QVERIFY(TokenFormRules::nameProblem(QStringLiteral("checkout-prod-2"), existing).isEmpty());
    }

    void networks()
    {
        QCOMPARE(TokenFormRules::networksProblem(false, false),
                 QStringLiteral("Choose at least one network: Staging, Production or both."));
        QVERIFY(TokenFormRules::networksProblem(true, false).isEmpty());
        QVERIFY(TokenFormRules::networksProblem(false, true).isEmpty());
        QVERIFY(TokenFormRules::networksProblem(true, true).isEmpty());
    }

    void edgeWorkerId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("number") << QStringLiteral("4242") << true;
        QTest::newRow("one digit") << QStringLiteral("7") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letters") << QStringLiteral("abc") << false;
        QTest::newRow("mixed") << QStringLiteral("12a") << false;
        QTest::newRow("negative") << QStringLiteral("-5") << false;
        QTest::newRow("plus") << QStringLiteral("+5") << false;
        QTest::newRow("space") << QStringLiteral("12 3") << false;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("decimal") << QStringLiteral("1.5") << false;
        QTest::newRow("all") << QStringLiteral("all") << false;
        QTest::newRow("too big") << QStringLiteral("99999999999999999999") << false;
    }
    void edgeWorkerId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(TokenFormRules::edgeWorkerIdProblem(id).isEmpty(), valid);
    }

    void edgeWorkerIdMessage()
    {
        QCOMPARE(TokenFormRules::edgeWorkerIdProblem(QStringLiteral("abc")),
                 QStringLiteral("“abc” is not an EdgeWorker ID: IDs are whole numbers such as 4242 (Control "
                                "Center lists them under EdgeWorkers)."));
    }

    void edgeWorkerIdCount()
    {
        QStringList ids;
        QVERIFY(TokenFormRules::edgeWorkerIdsProblem(ids).isEmpty()); // empty: every EdgeWorker
        for (int i = 1; i <= 8; ++i)
            ids << QString::number(1000 + i);
        QVERIFY(TokenFormRules::edgeWorkerIdsProblem(ids).isEmpty());
        ids << QStringLiteral("1009");
        QCOMPARE(TokenFormRules::edgeWorkerIdsProblem(ids),
                 QStringLiteral("A token can be limited to at most 8 EdgeWorker IDs; 9 are listed. Remove 1, "
                                "or remove all of them to let every EdgeWorker use the token."));
    }

    void edgeWorkerIdsInvalidOrTwice()
    {
        QVERIFY(TokenFormRules::edgeWorkerIdsProblem({QStringLiteral("12"), QStringLiteral("x")})
                    .contains(QStringLiteral("“x” is not an EdgeWorker ID")));
        QCOMPARE(TokenFormRules::edgeWorkerIdsProblem({QStringLiteral("12"), QStringLiteral("12")}),
                 QStringLiteral("EdgeWorker ID 12 is listed twice; remove one."));
    }

    void permissionLetters_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<bool>("valid");
        for (const char* ok : {"r", "w", "d", "rw", "rd", "wd", "rwd", "dwr"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("x") << QStringLiteral("x") << false;
        QTest::newRow("R upper") << QStringLiteral("R") << false;
        QTest::newRow("rr") << QStringLiteral("rr") << false;
        QTest::newRow("rwdr") << QStringLiteral("rwdr") << false;
    }
    void permissionLetters()
    {
        QFETCH(QString, letters);
        QFETCH(bool, valid);
        QCOMPARE(TokenFormRules::permissionProblem(QStringLiteral("default"), letters).isEmpty(), valid);
    }

    void permissionMessages()
    {
        QCOMPARE(TokenFormRules::permissionProblem(QStringLiteral("default"), QString()),
                 QStringLiteral("Namespace “default” has no permission: tick Read, Write or Delete, or leave "
                                "it out."));
        QCOMPARE(TokenFormRules::permissionProblem(QStringLiteral("default"), QStringLiteral("rx")),
                 QStringLiteral("Namespace “default” has the permission “x”; permissions are r (read), w "
                                "(write) and d (delete)."));
        QCOMPARE(TokenFormRules::permissionProblem(QStringLiteral("default"), QStringLiteral("rr")),
                 QStringLiteral("Namespace “default” has the permission “r” twice."));
    }

    void namespaceCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("20") << 20 << true;
        QTest::newRow("21") << 21 << false;
    }
    void namespaceCount()
    {
        QFETCH(int, count);
        QFETCH(bool, valid);
        TokenCreateRequest request = validRequest();
        request.namespacePermissions = namespacesOf(count);
        QCOMPARE(TokenFormRules::namespacesProblem(request, {}).isEmpty(), valid);
    }

    void namespaceCountMessages()
    {
        TokenCreateRequest request = validRequest();
        request.namespacePermissions.clear();
        QCOMPARE(TokenFormRules::namespacesProblem(request, {}),
                 QStringLiteral("Give the token access to at least one namespace: tick Read, Write or Delete "
                                "in its row."));
        request.namespacePermissions = namespacesOf(21);
        QCOMPARE(TokenFormRules::namespacesProblem(request, {}),
                 QStringLiteral("A token can cover at most 20 namespaces; 21 are ticked. Untick 1."));
    }

    void namespaceMustExistOnEveryChosenNetwork()
    {
        TokenFormContext context;
        context.namespaces = {ns(QStringLiteral("default"), true),
                              ns(QStringLiteral("stage-only"), true, true, false)};
        TokenCreateRequest request = validRequest();
        request.namespacePermissions = {{QStringLiteral("stage-only"), QStringLiteral("r")}};
        QCOMPARE(TokenFormRules::namespacesProblem(request, context),
                 QStringLiteral("“stage-only” exists only on staging, and the token is for production too. "
                                "Untick Production, or leave this namespace out."));
        request.allowOnProduction = false;
        QVERIFY(TokenFormRules::namespacesProblem(request, context).isEmpty());

        request.namespacePermissions = {{QStringLiteral("gone"), QStringLiteral("r")}};
        QCOMPARE(TokenFormRules::namespacesProblem(request, context),
                 QStringLiteral("Namespace “gone” does not exist on the chosen networks; leave it out."));
    }

    void networkMarksAndConflicts()
    {
        const NamespaceInfo both = ns(QStringLiteral("a"), true);
        const NamespaceInfo staging = ns(QStringLiteral("s"), true, true, false);
        const NamespaceInfo production = ns(QStringLiteral("p"), true, false, true);
        QCOMPARE(TokenFormRules::networkMark(both), QString());
        QCOMPARE(TokenFormRules::networkMark(staging), QStringLiteral("staging only"));
        QCOMPARE(TokenFormRules::networkMark(production), QStringLiteral("production only"));
        QVERIFY(TokenFormRules::networkConflict(both, true, true).isEmpty());
        QVERIFY(TokenFormRules::networkConflict(staging, true, false).isEmpty());
        QVERIFY(!TokenFormRules::networkConflict(staging, true, true).isEmpty());
        QCOMPARE(TokenFormRules::networkConflict(production, true, false),
                 QStringLiteral("“p” does not exist on staging. Tick Production to use it."));
        QCOMPARE(TokenFormRules::networkConflict(staging, false, true),
                 QStringLiteral("“s” does not exist on production. Tick Staging to use it."));
    }

    void dataAccessPolicyMustMatch()
    {
        TokenFormContext context;
        context.namespaces = {ns(QStringLiteral("default"), true), ns(QStringLiteral("products"), true),
                              ns(QStringLiteral("marketing"), false)};
        TokenCreateRequest request = validRequest();
        request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("r")},
                                        {QStringLiteral("products"), QStringLiteral("rw")}};
        QVERIFY(TokenFormRules::namespacesProblem(request, context).isEmpty());
        request.namespacePermissions.insert(QStringLiteral("marketing"), QStringLiteral("r"));
        QCOMPARE(TokenFormRules::namespacesProblem(request, context),
                 QStringLiteral("The ticked namespaces mix data access policies (restricted: “default” and "
                                "“products”; not restricted: “marketing”). All namespaces of one token must "
                                "share a policy; untick one group."));
    }

    void policyConflictExplainsWhy()
    {
        const NamespaceInfo restricted = ns(QStringLiteral("default"), true);
        const NamespaceInfo open = ns(QStringLiteral("marketing"), false);
        QCOMPARE(
            TokenFormRules::policyConflict(open, {restricted}, std::nullopt),
            QStringLiteral("“marketing” does not restrict data access, but the namespaces already ticked "
                           "(“default”) do. All namespaces of one token must share a data access policy: "
                           "untick those to choose this one, or create a second token for it."));
        QVERIFY(TokenFormRules::policyConflict(restricted, {open}, std::nullopt)
                    .startsWith(QStringLiteral("“default” restricts data access, but the namespaces already "
                                               "ticked (“marketing”) do not.")));
        QVERIFY(TokenFormRules::policyConflict(open, {}, std::nullopt).isEmpty());
        QVERIFY(TokenFormRules::policyConflict(open, {open}, std::nullopt).isEmpty());
    }

    void unknownPolicyFallsBackToTheAccount()
    {
        const NamespaceInfo unknown = ns(QStringLiteral("legacy-ns"), std::nullopt);
        const NamespaceInfo open = ns(QStringLiteral("marketing"), false);
        // Nothing known: never blocked.
        QVERIFY(TokenFormRules::policyConflict(unknown, {open}, std::nullopt).isEmpty());
        QCOMPARE(TokenFormRules::restriction(unknown, true), std::optional<bool>(true));
        QCOMPARE(TokenFormRules::restriction(open, true), std::optional<bool>(false));
        QVERIFY(!TokenFormRules::policyConflict(unknown, {open}, true).isEmpty());
        QVERIFY(TokenFormRules::policyConflict(unknown, {open}, false).isEmpty());
    }

    void expiryBoundaries_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("valid");
        const QDate today(2026, 5, 1);
        const int sixMonths = int(today.daysTo(today.addMonths(6)));
        QTest::newRow("yesterday") << -1 << false;
        QTest::newRow("today") << 0 << false;
        QTest::newRow("tomorrow") << 1 << true;
        QTest::newRow("+6 months") << sixMonths << true;
        QTest::newRow("+6 months +1 day") << sixMonths + 1 << false;
    }
    void expiryBoundaries()
    {
        QFETCH(int, days);
        QFETCH(bool, valid);
        const MockClock clock(QDateTime(QDate(2026, 5, 1), QTime(23, 59, 59), QTimeZone::utc()));
        const QDate today = clock.todayUtc();
        QCOMPARE(TokenFormRules::expiryProblem(today.addDays(days), today).isEmpty(), valid);
    }

    void expiryMessagesAndLimits()
    {
        const MockClock clock(QDateTime(QDate(2026, 8, 31), QTime(0, 0), QTimeZone::utc()));
        const QDate today = clock.todayUtc();
        QCOMPARE(TokenFormRules::earliestExpiry(today), QDate(2026, 9, 1));
        QCOMPARE(TokenFormRules::latestExpiry(today), QDate(2027, 2, 28)); // six calendar months, clamped
        QCOMPARE(TokenFormRules::expiryProblem(today, today),
                 QStringLiteral("The expiry must be tomorrow (2026-09-01) or later."));
        QCOMPARE(TokenFormRules::expiryProblem(QDate(2027, 3, 1), today),
                 QStringLiteral("The expiry can be at most six months ahead: 2027-02-28 or earlier."));
        QVERIFY(TokenFormRules::expiryProblem(QDate(), today).isEmpty()); // no expiry: an enhanced token
        // Presets of the form stay inside the range.
        for (int days : {30, 90, 180})
            QVERIFY(TokenFormRules::expiryProblem(today.addDays(days), today).isEmpty());
    }

    void checkListsProblemsInFormOrder()
    {
        TokenFormContext context;
        context.todayUtc = QDate(2026, 5, 1);
        QVERIFY(TokenFormRules::check(validRequest(), context).isEmpty());

        TokenCreateRequest request;
        request.expiry = context.todayUtc;
        request.restrictToEdgeWorkerIds = {QStringLiteral("x")};
        const QList<TokenFormRules::Problem> problems = TokenFormRules::check(request, context);
        QList<Field> fields;
        for (const TokenFormRules::Problem& problem : problems) {
            fields << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(fields, (QList<Field>{Field::Name, Field::Networks, Field::Expiry, Field::EdgeWorkerIds,
                                       Field::Namespaces}));
    }

    void renewalName_data()
    {
        QTest::addColumn<QString>("oldName");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        const QString longName(32, QLatin1Char('n'));
        QTest::newRow("plain") << QStringLiteral("checkout-prod") << QStringList()
                               << QStringLiteral("checkout-prod-2027-05");
        QTest::newRow("replaces month") << QStringLiteral("checkout-prod-2026-11") << QStringList()
                                        << QStringLiteral("checkout-prod-2027-05");
        QTest::newRow("replaces yyyymm")
            << QStringLiteral("checkout_202611") << QStringList() << QStringLiteral("checkout-2027-05");
        QTest::newRow("32 chars") << longName << QStringList()
                                  << QString(24, QLatin1Char('n')) + QStringLiteral("-2027-05");
        QTest::newRow("cut at a dash") << QStringLiteral("abcdefghijklmnopqrstuvw-xyz-1234") << QStringList()
                                       << QStringLiteral("abcdefghijklmnopqrstuvw-2027-05");
        QTest::newRow("taken") << QStringLiteral("checkout-prod")
                               << QStringList{QStringLiteral("checkout-prod-2027-05")}
                               << QStringLiteral("checkout-prod-2027-05-2");
        QTest::newRow("taken twice") << QStringLiteral("checkout-prod")
                                     << QStringList{QStringLiteral("checkout-prod-2027-05"),
                                                    QStringLiteral("checkout-prod-2027-05-2")}
                                     << QStringLiteral("checkout-prod-2027-05-3");
        QTest::newRow("long and taken")
            << longName << QStringList{QString(24, QLatin1Char('n')) + QStringLiteral("-2027-05")}
            << QString(22, QLatin1Char('n')) + QStringLiteral("-2027-05-2");
    }
    void renewalName()
    {
        QFETCH(QString, oldName);
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        const QString name = TokenFormRules::renewalName(oldName, QDate(2027, 5, 15), existing);
        QCOMPARE(name, expected);
        QVERIFY(TokenFormRules::nameProblem(name, existing).isEmpty());
    }

    void recommendedPattern()
    {
        QCOMPARE(TokenFormRules::recommendedNamePattern(), QStringLiteral("<app>-<env>-<yyyy-mm>"));
        QCOMPARE(TokenFormRules::exampleName(QDate(2026, 8, 3)), QStringLiteral("checkout-prod-2026-08"));
        QVERIFY(TokenFormRules::nameProblem(TokenFormRules::exampleName(QDate(2026, 8, 3)), {}).isEmpty());
    }

    void serverErrorsMapOntoFields()
    {
        ApiError duplicate = ApiError::fromHttpResponse(
            409,
            R"({"status":409,"title":"Conflict","detail":"Token with name t is already stored.","errorCode":"EKV_3000"})");
        duplicate.operation = ApiError::Operation::CreateToken;
        QCOMPARE(TokenFormRules::fieldOf(duplicate), Field::Name);
        QCOMPARE(TokenFormRules::fieldOf(httpError(400, QStringLiteral("Name contains invalid characters."))),
                 Field::Name);
        QCOMPARE(TokenFormRules::fieldOf(
                     httpError(400, QStringLiteral("The field expiry is required (YYYY-MM-DD)."))),
                 Field::Expiry);
        QCOMPARE(TokenFormRules::fieldOf(httpError(
                     400, QStringLiteral("The namespace x does not exist on the production network."))),
                 Field::Namespaces);
        QCOMPARE(TokenFormRules::fieldOf(httpError(400, QStringLiteral("Invalid permission"))),
                 Field::Namespaces);
        QCOMPARE(
            TokenFormRules::fieldOf(httpError(400, QStringLiteral("Invalid EdgeWorker ID: [\\\"x\\\"]."))),
            Field::EdgeWorkerIds);
        QCOMPARE(
            TokenFormRules::fieldOf(httpError(
                400, QStringLiteral("A token must be allowed on at least one network: set allowOnStaging."))),
            Field::Networks);
        QCOMPARE(TokenFormRules::fieldOf(httpError(500, QStringLiteral("An internal error occurred."))),
                 Field::None);
        QCOMPARE(TokenFormRules::fieldOf(ApiError::make(ApiError::Kind::Timeout)), Field::None);
    }
};

QTEST_GUILESS_MAIN(TestTokenFormRules)
#include "tst_tokenformrules.moc"
