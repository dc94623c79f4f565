// Creating a token through the dialog against the in-process sandbox: the token lands in the sandbox's
// store with exactly the chosen networks, EdgeWorker IDs, permissions and expiry (both token models);
// progress while creating; server errors (409, a legacy account's missing expiry, 500, a lost answer) keep
// the dialog open with everything entered; Enter submits, Esc cancels; Renew prefills from a token.
#include "tst_createtoken_support.h"

#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>

using namespace edgekv;
using namespace edgekv::test;

namespace {

// Name, staging only, two EdgeWorker IDs, checkout rw + default r.
void fillForm(CreateTokenDialog& dialog, const QString& name)
{
    typeName(dialog, name);
    clickBox(dialog.productionBox());
    addEdgeWorkerId(dialog, QStringLiteral("4242"));
    addEdgeWorkerId(dialog, QStringLiteral("77"));
    tick(dialog, QStringLiteral("checkout"), QStringLiteral("rw"));
    tick(dialog, QStringLiteral("default"), QStringLiteral("r"));
}

QMap<QString, QStringList> expectedPermissions()
{
    return {{QStringLiteral("checkout"), {QStringLiteral("r"), QStringLiteral("w")}},
            {QStringLiteral("default"), {QStringLiteral("r")}}};
}

Token legacyToken()
{
    Token token;
    token.name = QStringLiteral("checkout-prod");
    token.model = Token::Model::Legacy;
    token.expiry = QDate(2026, 5, 20);
    token.allowOnStaging = false;
    token.allowOnProduction = true;
    token.namespacePermissions = {{QStringLiteral("checkout"), QStringLiteral("rw")},
                                  {QStringLiteral("products"), QStringLiteral("r")},
                                  {QStringLiteral("retired"), QStringLiteral("r")}};
    token.restrictToEdgeWorkerIds = {QStringLiteral("4242")};
    token.hasDetails = true;
    return token;
}

} // namespace

// Declares dialog (opened on rig, its namespaces loaded) and created (a spy on its tokenCreated, listening
// before the first keystroke), then fills the form in with fillForm. A macro because a dialog that never
// loads must end the test.
#define OPEN_FILLED(rig, dialog, created, name)                                                              \
    auto dialog = (rig).openDialog();                                                                        \
    WAIT_LOADED(dialog);                                                                                     \
    QSignalSpy created(dialog.get(), &CreateTokenDialog::tokenCreated);                                      \
    fillForm(*dialog, name)

// Clicks Create and waits for the server's refusal: no token, the dialog still open. A macro for the same
// reason as OPEN_FILLED.
#define SUBMIT_REFUSED(dialog, created)                                                                      \
    do {                                                                                                     \
        clickButton((dialog)->createButton());                                                               \
        QTRY_VERIFY_WITH_TIMEOUT(!(dialog)->isCreating(), kWaitMs);                                          \
        QCOMPARE((created).count(), 0);                                                                      \
        QVERIFY((dialog)->isVisible());                                                                      \
    } while (false)

class TestCreateTokenSubmit : public QObject
{
    Q_OBJECT

private slots:
    void createsAnEnhancedTokenWithExactlyTheChoices()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("checkout-stage"));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(dialog->openExportAfterCreate());
        clickButton(dialog->createButton());

        // Busy while the request runs: inputs disabled, a busy indicator.
        QVERIFY(dialog->isCreating());
        QVERIFY(dialog->busyIndicator()->isVisible());
        QVERIFY(!dialog->findChild<QScrollArea*>(QStringLiteral("formScroll"))->isEnabled());
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("Creating token “checkout-stage”")));

        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        const Token token = created.at(0).at(0).value<Token>();
        QCOMPARE(token.name, QStringLiteral("checkout-stage"));
        QCOMPARE(dialog->createdToken().name, token.name);

        const std::optional<SandboxToken> stored = rig.stored(QStringLiteral("checkout-stage"));
        QVERIFY(stored);
        QCOMPARE(stored->model, TokenModel::Enhanced);
        QVERIFY(stored->allowOnStaging);
        QVERIFY(!stored->allowOnProduction);
        QCOMPARE(stored->restrictToEdgeWorkerIds,
                 (QStringList{QStringLiteral("4242"), QStringLiteral("77")}));
        QCOMPARE(stored->namespacePermissions, expectedPermissions());
        QCOMPARE(stored->expiry, SandboxToken::enhancedExpiry());
        QCOMPARE(rig.tokenPosts, 1);
        QCOMPARE(rig.storedCount(), 1);
    }

    void createsALegacyTokenWithTheChosenExpiry()
    {
        SandboxOptions options = CreateRig::defaultOptions();
        options.tokenModel = TokenModel::Legacy;
        CreateRig rig(options);
        OPEN_FILLED(rig, dialog, created, QStringLiteral("checkout-legacy"));
        clickButton(dialog->expiryChooser()->presetButton(90));
        clickBox(dialog->exportAfterCheck());
        QVERIFY(!dialog->openExportAfterCreate());
        clickButton(dialog->createButton());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);

        const std::optional<SandboxToken> stored = rig.stored(QStringLiteral("checkout-legacy"));
        QVERIFY(stored);
        QCOMPARE(stored->model, TokenModel::Legacy);
        QCOMPARE(stored->expiry, QDate(2026, 7, 30));
        QCOMPARE(stored->namespacePermissions, expectedPermissions());
        QCOMPARE(stored->restrictToEdgeWorkerIds,
                 (QStringList{QStringLiteral("4242"), QStringLiteral("77")}));
        QVERIFY(stored->allowOnStaging && !stored->allowOnProduction);
        const Token token = created.at(0).at(0).value<Token>();
        QVERIFY(token.isLegacy());
        QCOMPARE(token.expiry, QDate(2026, 7, 30));
    }

    void aLegacyAccountAsksForTheExpiry()
    {
        SandboxOptions options = CreateRig::defaultOptions();
        options.tokenModel = TokenModel::Legacy;
        CreateRig rig(options);
        OPEN_FILLED(rig, dialog, created, QStringLiteral("needs-date"));
        SUBMIT_REFUSED(dialog, created); // no expiry: the default, an enhanced token
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("expiry is required")));
        ExpiryChooser* expiry = dialog->expiryChooser();
        QVERIFY(expiry->dateButton()->isChecked());
        QCOMPARE(expiry->expiry(), QDate(2026, 11, 1)); // the latest allowed, for the user to confirm
        const QLabel* problem = expiry->findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("This account issues expiring (legacy) tokens")));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("needs-date")); // nothing lost
        QCOMPARE(dialog->edgeWorkerIdList()->ids().size(), 2);

        clickButton(dialog->createButton());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QCOMPARE(rig.stored(QStringLiteral("needs-date"))->expiry, QDate(2026, 11, 1));
    }

    void aDuplicateNameIsFlaggedOnTheNameField()
    {
        CreateRig rig;
        SandboxToken existing;
        existing.name = QStringLiteral("taken");
        existing.uuid = SandboxStore::newUuid();
        existing.allowOnStaging = true;
        existing.namespacePermissions = {{QStringLiteral("default"), {QStringLiteral("r")}}};
        existing.expiry = SandboxToken::enhancedExpiry();
        QVERIFY(rig.server->store().addToken(QString(), existing));

        // The dialog's list of existing names does not know "taken" yet.
        OPEN_FILLED(rig, dialog, created, QStringLiteral("taken"));
        SUBMIT_REFUSED(dialog, created);
        QVERIFY(
            dialog->statusLabel()->text().contains(QStringLiteral("a token with this name already exists")));
        QVERIFY(dialog->nameMessage()->text().contains(QStringLiteral("already has a token named “taken”")));
        QVERIFY(dialog->nameEdit()->property("hasProblem").toBool());
        QCOMPARE(dialog->nameEdit()->selectedText(), QStringLiteral("taken"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QCOMPARE(dialog->namespaceGrid()->permissions().size(), 2); // nothing lost

        typeName(*dialog, QStringLiteral("taken-2"));
        QVERIFY(dialog->createButton()->isEnabled());
        clickButton(dialog->createButton());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QVERIFY(rig.stored(QStringLiteral("taken-2")));
    }

    void aServerErrorKeepsTheDialogOpen()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("five-hundred"));
        rig.faultOnce(FaultKind::InternalError500);
        SUBMIT_REFUSED(dialog, created);
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("server problem (HTTP 500)")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("Nothing you entered was lost.")));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(dialog->findChild<QScrollArea*>(QStringLiteral("formScroll"))->isEnabled());

        clickButton(dialog->createButton()); // try again
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QCOMPARE(rig.storedCount(), 1);
    }

    void aLostAnswerIsResolvedByName()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("lost-answer"));
        rig.faultOnce(FaultKind::Reset); // the token is made, the answer never arrives
        clickButton(dialog->createButton());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QCOMPARE(rig.tokenPosts, 1); // never sent twice
        QCOMPARE(rig.storedCount(), 1);
        QCOMPARE(created.at(0).at(0).value<Token>().name, QStringLiteral("lost-answer"));
    }

    void aTimeoutIsResolvedByName()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("timed-out"));
        rig.faultOnce(FaultKind::Stall); // the token is made, the answer stalls past the client's timeout
        clickButton(dialog->createButton());
        QVERIFY(dialog->isCreating());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QCOMPARE(rig.tokenPosts, 1);
        QCOMPARE(rig.storedCount(), 1);
    }

    void enterSubmits()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("by-enter"));
        dialog->nameEdit()->setFocus();
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        QVERIFY(rig.stored(QStringLiteral("by-enter")));
    }

    void enterDoesNothingWhileInvalid()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        typeName(*dialog, QStringLiteral("no-namespace"));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        QVERIFY(!dialog->isCreating());
        QVERIFY(dialog->isVisible());
        QCOMPARE(rig.tokenPosts, 0);
    }

    void escapeCancelsWithoutCreating()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("never"));
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(created.count(), 0);
        QCOMPARE(rig.tokenPosts, 0);
        QCOMPARE(rig.storedCount(), 0);
    }

    void escapeWhileCreatingStopsWaiting()
    {
        CreateRig rig;
        OPEN_FILLED(rig, dialog, created, QStringLiteral("slow"));
        rig.server->setLatencyMs(60000);
        clickButton(dialog->createButton());
        QVERIFY(dialog->isCreating());
        QTest::keyClick(dialog->cancelButton(), Qt::Key_Escape);
        QVERIFY(!dialog->isCreating());
        QVERIFY(dialog->isVisible()); // the user is told, then closes
        QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Stopped waiting for the server.")));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("slow"));
        QCOMPARE(created.count(), 0);
        QTest::keyClick(dialog->cancelButton(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        rig.server->setLatencyMs(0);
    }

    void renewALegacyToken()
    {
        CreateRig rig;
        auto dialog = rig.openDialog({QStringLiteral("checkout-prod")});
        dialog->prefillFromToken(legacyToken()); // before the namespaces arrive
        WAIT_LOADED(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Renew Token “checkout-prod”"));
        QCOMPARE(dialog->renewedTokenName(), QStringLiteral("checkout-prod"));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("checkout-prod-2026-11"));
        QVERIFY(dialog->expiryChooser()->dateButton()->isChecked());
        QCOMPARE(dialog->expiryChooser()->expiry(), QDate(2026, 11, 1)); // the longest allowed
        QVERIFY(!dialog->stagingBox()->isChecked());
        QVERIFY(dialog->productionBox()->isChecked());
        QCOMPARE(dialog->edgeWorkerIdList()->ids(), QStringList{QStringLiteral("4242")});
        QCOMPARE(dialog->namespaceGrid()->permissions(),
                 (QMap<QString, QString>{{QStringLiteral("checkout"), QStringLiteral("rw")},
                                         {QStringLiteral("products"), QStringLiteral("r")}}));
        const QString note = dialog->renewLabel()->text();
        QVERIFY(dialog->renewLabel()->isVisible());
        QVERIFY2(note.contains(QStringLiteral("which expires on 2026-05-20")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("Not carried over (the API no longer lists them): “retired”")) ||
                note.contains(QStringLiteral("Not carried over (the API no longer lists them): retired")));

        // The suggested name follows the expiry month until the user types one.
        clickButton(dialog->expiryChooser()->presetButton(90));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("checkout-prod-2026-07"));

        QSignalSpy created(dialog.get(), &CreateTokenDialog::tokenCreated);
        clickButton(dialog->createButton());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kWaitMs);
        const std::optional<SandboxToken> stored = rig.stored(QStringLiteral("checkout-prod-2026-07"));
        QVERIFY(stored);
        QVERIFY(!stored->allowOnStaging && stored->allowOnProduction);
        QCOMPARE(stored->restrictToEdgeWorkerIds, QStringList{QStringLiteral("4242")});
        QCOMPARE(stored->namespacePermissions.keys(),
                 (QStringList{QStringLiteral("checkout"), QStringLiteral("products")}));
    }

    void renewAnEnhancedTokenSaysItNeedsNoRenewal()
    {
        CreateRig rig;
        auto dialog = rig.openDialog({QStringLiteral("edge-app")});
        WAIT_LOADED(dialog);
        Token token;
        token.name = QStringLiteral("edge-app");
        token.expiry = Token::neverExpiresDate();
        token.allowOnStaging = true;
        token.allowOnProduction = true;
        token.namespacePermissions = {{QStringLiteral("marketing"), QStringLiteral("r")}};
        token.hasDetails = true;
        dialog->prefillFromToken(token);
        QVERIFY(dialog->expiryChooser()->noExpiryButton()->isChecked());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("edge-app-2026-05"));
        QVERIFY(dialog->renewLabel()->text().contains(
            QStringLiteral("never expires, so it does not need renewing")));
        QCOMPARE(dialog->namespaceGrid()->permissions().value(QStringLiteral("marketing")),
                 QStringLiteral("r"));
    }

    void renewATokenFromTheListLoadsItsDetails()
    {
        CreateRig rig;
        SandboxToken old;
        old.model = TokenModel::Legacy;
        old.name = QStringLiteral("from-list");
        old.uuid = SandboxStore::newUuid();
        old.allowOnStaging = true;
        old.allowOnProduction = true;
        old.namespacePermissions = {{QStringLiteral("products"), {QStringLiteral("r"), QStringLiteral("d")}}};
        old.restrictToEdgeWorkerIds = {QStringLiteral("9")};
        old.expiry = QDate(2026, 6, 1);
        old.issueDate = QDate(2026, 1, 1);
        old.value = QString::fromLatin1(rig.server->issueLegacyJwt(old));
        QVERIFY(rig.server->store().addToken(QString(), old));

        auto dialog = rig.openDialog({old.name});
        Token listItem; // what GET /tokens reports: name, uuid, expiry
        listItem.name = old.name;
        listItem.uuid = old.uuid;
        listItem.model = Token::Model::Legacy;
        listItem.expiry = old.expiry;
        dialog->prefillFromToken(listItem);
        QVERIFY(dialog->isLoading());
        bool waiting = false;
        for (const TokenFormRules::Problem& problem : dialog->problems())
            waiting = waiting ||
                      problem.message == QStringLiteral("Wait until the settings of “from-list” are loaded.");
        QVERIFY(waiting);
        WAIT_LOADED(dialog);
        QCOMPARE(dialog->namespaceGrid()->permissions(),
                 (QMap<QString, QString>{{QStringLiteral("products"), QStringLiteral("rd")}}));
        QCOMPARE(dialog->edgeWorkerIdList()->ids(), QStringList{QStringLiteral("9")});
        QVERIFY(dialog->stagingBox()->isChecked() && dialog->productionBox()->isChecked());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("from-list-2026-11"));
        QVERIFY(dialog->createButton()->isEnabled());
    }
};

QTEST_MAIN(TestCreateTokenSubmit)
#include "tst_createtoken_submit.moc"
