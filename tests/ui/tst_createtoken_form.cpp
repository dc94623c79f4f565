// The create dialog's form against the in-process sandbox, clicked and typed like a user: the namespaces
// load into the grid, every rule shows its message and keeps Create disabled, the data access policy and
// network rules disable rows with a reason, the filter, the expiry presets and limits, the request preview,
// the tab order.
#include "tst_createtoken_support.h"

#include <QApplication>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>

using namespace edgekv;
using namespace edgekv::test;

class TestCreateTokenForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(qobject_cast<QApplication*>(QCoreApplication::instance())); }

    void namespacesLoadIntoTheGrid()
    {
        CreateRig rig;
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        auto dialog = rig.openDialog();
        QVERIFY(dialog->namespaceGrid()->isLoading()); // a busy indicator until the answers arrive
        WAIT_LOADED(dialog);

        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QCOMPARE(grid->namespaces().size(), 9);
        for (const SandboxNamespace& ns : testNamespaces()) {
            QVERIFY2(grid->rowToggle(ns.name), qPrintable(ns.name));
            QVERIFY(grid->isRowShown(ns.name));
            for (const QChar letter : QStringLiteral("rwd"))
                QVERIFY(!grid->permissionBox(ns.name, letter)->isChecked());
        }
        // Staging and production are merged; the one that exists on staging only is marked and, with both
        // networks chosen, cannot be ticked.
        QCOMPARE(grid->noteLabel(QStringLiteral("stage-only"))->text(), QStringLiteral("staging only"));
        QCOMPARE(grid->noteLabel(QStringLiteral("default"))->text(), QStringLiteral("both"));
        QCOMPARE(grid->legendLabel()->text(),
                 QStringLiteral("Greyed out: they do not exist on every chosen network. Point at a row for "
                                "details."));
        QVERIFY(!grid->rowToggle(QStringLiteral("stage-only"))->isEnabled());
        QVERIFY(grid->rowToggle(QStringLiteral("stage-only"))
                    ->toolTip()
                    .contains(QStringLiteral("exists only on staging")));
        QCOMPARE(dialog->cpcodeField()->text(), QStringLiteral("1234567"));
        QVERIFY(dialog->cpcodeField()->isReadOnly());
        QVERIFY(!dialog->createButton()->isEnabled());
    }

    void aLoadErrorOffersRetry()
    {
        CreateRig rig;
        rig.server->setFaults({FaultRule{FaultKind::InternalError500, 1.0}}, 1);
        auto dialog = rig.openDialog();
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWaitMs);
        QVERIFY(!grid->hasNamespaces());
        QVERIFY(grid->retryButton()->isVisible());
        QVERIFY(dialog->cpcodeField()->text().startsWith(QStringLiteral("unknown")));
        QVERIFY(!dialog->createButton()->isEnabled());

        rig.server->setFaults({});
        clickButton(grid->retryButton());
        WAIT_LOADED(dialog);
        QCOMPARE(grid->namespaces().size(), 9);
        QVERIFY(!grid->retryButton()->isVisible());
    }

    void badNamesShowWhatIsWrongAndDisableCreate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("space") << QStringLiteral("checkout prod")
                               << QStringLiteral("The name contains a space");
        QTest::newRow("dot") << QStringLiteral("v1.2") << QStringLiteral("The name contains “.”");
        QTest::newRow("leading dash") << QStringLiteral("-token") << QStringLiteral("cannot start with “-”");
        QTest::newRow("33 characters")
            << QString(33, QLatin1Char('a')) << QStringLiteral("has 33 characters; the limit is 32");
        QTest::newRow("existing") << QStringLiteral("taken")
                                  << QStringLiteral("already has a token named “taken”");
    }
    void badNamesShowWhatIsWrongAndDisableCreate()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        CreateRig rig;
        auto dialog = rig.openDialog({QStringLiteral("taken")});
        WAIT_LOADED(dialog);
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        typeName(*dialog, QStringLiteral("fine-name"));
        QVERIFY(dialog->createButton()->isEnabled());

        typeName(*dialog, name);
        QVERIFY2(dialog->nameMessage()->text().contains(message), qPrintable(dialog->nameMessage()->text()));
        QVERIFY(dialog->nameMessage()->isVisible());
        QVERIFY(dialog->nameEdit()->property("hasProblem").toBool());
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(message));

        // Names are case-sensitive: another case of an existing name is a new name.
        typeName(*dialog, QStringLiteral("Taken"));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(!dialog->nameEdit()->property("hasProblem").toBool());
    }

    void emptyNameIsAHintUntilTyped()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        QCOMPARE(dialog->nameMessage()->text(),
                 QStringLiteral("Recommended: <app>-<env>-<yyyy-mm>, unique in the account."));
        QVERIFY(!dialog->nameEdit()->property("hasProblem").toBool());
        typeName(*dialog, QStringLiteral("x"));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
        QVERIFY(dialog->nameMessage()->text().startsWith(QStringLiteral("Enter a name for the token")));
        QVERIFY(dialog->nameEdit()->property("hasProblem").toBool());
    }

    void atLeastOneNetwork()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        typeName(*dialog, QStringLiteral("nets"));
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        QVERIFY(dialog->createButton()->isEnabled());
        clickBox(dialog->stagingBox());
        clickBox(dialog->productionBox());
        QVERIFY(dialog->networksMessage()->isVisible());
        QCOMPARE(dialog->networksMessage()->text(),
                 QStringLiteral("Choose at least one network: Staging, Production or both."));
        QVERIFY(!dialog->createButton()->isEnabled());
        clickBox(dialog->productionBox());
        QVERIFY(!dialog->networksMessage()->isVisible());
        QVERIFY(dialog->createButton()->isEnabled());
    }

    void namespaceOnOneNetworkOnly()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QVERIFY(!grid->permissionBox(QStringLiteral("stage-only"), QLatin1Char('r'))->isEnabled());
        clickBox(dialog->productionBox()); // staging only now
        QVERIFY(grid->permissionBox(QStringLiteral("stage-only"), QLatin1Char('r'))->isEnabled());
        QCOMPARE(grid->noteLabel(QStringLiteral("stage-only"))->text(), QStringLiteral("staging only"));
        tick(*dialog, QStringLiteral("stage-only"), QStringLiteral("r"));
        typeName(*dialog, QStringLiteral("stage-token"));
        QVERIFY(dialog->createButton()->isEnabled());
        // Production again: the ticked row stays enabled (to untick it) and the form says what to do.
        clickBox(dialog->productionBox());
        QVERIFY(grid->permissionBox(QStringLiteral("stage-only"), QLatin1Char('r'))->isEnabled());
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(
            QStringLiteral("exists only on staging, and the token is for production too")));
    }

    void restrictedNamespaceDisablesUnrestrictedOnes()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        // default, products, checkout, geo-redirects, user-prefs restrict data access; marketing,
        // feature_flags and ab-tests do not.
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        for (const QString& open :
             {QStringLiteral("marketing"), QStringLiteral("feature_flags"), QStringLiteral("ab-tests")}) {
            QCheckBox* toggle = grid->rowToggle(open);
            QVERIFY2(!toggle->isEnabled(), qPrintable(open));
            QVERIFY(!grid->permissionBox(open, QLatin1Char('r'))->isEnabled());
            QCOMPARE(toggle->toolTip(),
                     QStringLiteral(
                         "“%1” does not restrict data access, but the namespaces already ticked (“default”) "
                         "do. All namespaces of one token must share a data access policy: untick those to "
                         "choose this one, or create a second token for it.")
                         .arg(open));
        }
        QVERIFY(grid->rowToggle(QStringLiteral("products"))->isEnabled());
        QCOMPARE(grid->rowToggle(QStringLiteral("products"))->toolTip().contains(QStringLiteral("restrict")),
                 false);

        QVERIFY(grid->legendLabel()->isVisible());
        QVERIFY(grid->legendLabel()->text().contains(
            QStringLiteral("their data access policy differs from the ticked ones (one token, one policy)")));
        // Untick: every row is available again; tick an unrestricted one: the restricted ones are disabled.
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        QVERIFY(grid->rowToggle(QStringLiteral("marketing"))->isEnabled());
        tick(*dialog, QStringLiteral("marketing"), QStringLiteral("w"));
        QVERIFY(!grid->rowToggle(QStringLiteral("default"))->isEnabled());
        QVERIFY(grid->rowToggle(QStringLiteral("default"))
                    ->toolTip()
                    .startsWith(QStringLiteral("“default” restricts data access, but the namespaces already "
                                               "ticked (“marketing”) do not.")));
    }

    void rowToggleTicksAllThree()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QSignalSpy changed(grid, &NamespacePermissionGrid::changed);
        clickBox(grid->rowToggle(QStringLiteral("products")));
        QCOMPARE(grid->permissions(),
                 (QMap<QString, QString>{{QStringLiteral("products"), QStringLiteral("rwd")}}));
        QCOMPARE(grid->rowToggle(QStringLiteral("products"))->checkState(), Qt::Checked);
        QVERIFY(changed.count() >= 1);
        clickBox(grid->rowToggle(QStringLiteral("products")));
        QVERIFY(grid->permissions().isEmpty());
        QCOMPARE(grid->rowToggle(QStringLiteral("products"))->checkState(), Qt::Unchecked);
        // One letter: partly ticked; the toggle completes the row.
        tick(*dialog, QStringLiteral("products"), QStringLiteral("w"));
        QCOMPARE(grid->rowToggle(QStringLiteral("products"))->checkState(), Qt::PartiallyChecked);
        clickBox(grid->rowToggle(QStringLiteral("products")));
        QCOMPARE(grid->permissions().value(QStringLiteral("products")), QStringLiteral("rwd"));
    }

    void filterBoxWhenThereAreMany()
    {
        {
            SandboxOptions options;
            options.namespaces = SandboxOptions::defaultNamespaces(); // eight: no filter needed
            CreateRig rig(options);
            auto dialog = rig.openDialog();
            WAIT_LOADED(dialog);
            QVERIFY(!dialog->namespaceGrid()->filterEdit()->isVisible());
        }
        CreateRig rig; // nine
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QVERIFY(grid->filterEdit()->isVisible());
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        grid->filterEdit()->setFocus();
        QTest::keyClicks(grid->filterEdit(), QStringLiteral("PROD"));
        QVERIFY(grid->isRowShown(QStringLiteral("products"))); // case-insensitive
        QVERIFY(!grid->isRowShown(QStringLiteral("marketing")));
        QVERIFY(!grid->isRowShown(QStringLiteral("checkout")));
        QVERIFY(grid->isRowShown(QStringLiteral("default"))); // ticked rows stay in view
        grid->filterEdit()->clear();
        QVERIFY(grid->isRowShown(QStringLiteral("marketing")));
    }

    void twentyNamespacesAtMost()
    {
        SandboxOptions options;
        options.namespaces.clear();
        for (int i = 1; i <= 22; ++i)
            options.namespaces << SandboxOptions::makeNamespace(
                QStringLiteral("ns%1").arg(i, 2, 10, QLatin1Char('0')));
        CreateRig rig(options);
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        typeName(*dialog, QStringLiteral("many"));
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        for (int i = 1; i <= 20; ++i)
            tick(*dialog, QStringLiteral("ns%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("r"));
        QVERIFY(dialog->createButton()->isEnabled());
        QCheckBox* twentyFirst = grid->permissionBox(QStringLiteral("ns21"), QLatin1Char('r'));
        QVERIFY(!twentyFirst->isEnabled());
        QCOMPARE(twentyFirst->toolTip(),
                 QStringLiteral("A token covers at most 20 namespaces. Untick one to choose this one."));
        // A 21st from elsewhere (e.g. a renewal) is refused with a message.
        QMap<QString, QString> permissions = grid->permissions();
        permissions.insert(QStringLiteral("ns21"), QStringLiteral("r"));
        grid->setPermissions(permissions);
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(
            QStringLiteral("at most 20 namespaces; 21 are ticked. Untick 1.")));
    }

    void edgeWorkerIdList()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        typeName(*dialog, QStringLiteral("ew"));
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        EdgeWorkerIdList* list = dialog->edgeWorkerIdList();
        QVERIFY(list->messageLabel()->text().startsWith(QStringLiteral("None: every EdgeWorker")));

        list->input()->setFocus();
        QTest::keyClicks(list->input(), QStringLiteral("12a"));
        QVERIFY(list->messageLabel()->text().contains(QStringLiteral("“12a” is not an EdgeWorker ID")));
        QVERIFY(!list->addButton()->isEnabled());
        QVERIFY(!dialog->createButton()->isEnabled()); // typed but not added is never silently dropped
        QTest::keyClick(list->input(), Qt::Key_Return);
        QVERIFY(list->ids().isEmpty());
        QVERIFY(dialog->isVisible()); // Enter in the ID field never submits
        list->input()->clear();

        QTest::keyClicks(list->input(), QStringLiteral("4242"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("press Add")));
        clickButton(list->addButton());
        QCOMPARE(list->ids(), QStringList{QStringLiteral("4242")});
        QVERIFY(dialog->createButton()->isEnabled());

        QTest::keyClicks(list->input(), QStringLiteral("4242"));
        QVERIFY(list->messageLabel()->text().contains(QStringLiteral("already in the list")));
        list->input()->clear();
        // A pasted list adds each; eight at most.
        QTest::keyClicks(list->input(), QStringLiteral("1, 2 3,4;5 6 7"));
        QTest::keyClick(list->input(), Qt::Key_Enter);
        QCOMPARE(list->ids().size(), 8);
        QTest::keyClicks(list->input(), QStringLiteral("9"));
        QVERIFY(!list->addButton()->isEnabled());
        QVERIFY(
            list->messageLabel()->text().contains(QStringLiteral("at most 8 EdgeWorker IDs; 9 are listed")));
        QTest::keyClick(list->input(), Qt::Key_Return);
        QCOMPARE(list->ids().size(), 8);
        list->input()->clear();

        list->list()->item(0)->setSelected(true);
        clickButton(list->removeButton());
        QCOMPARE(list->ids().size(), 7);
        QVERIFY(!list->ids().contains(QStringLiteral("4242")));
    }

    void expiryPresetsAndLimits()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        ExpiryChooser* expiry = dialog->expiryChooser();
        const QDate today(2026, 5, 1);
        QVERIFY(expiry->noExpiryButton()->isChecked()); // enhanced by default
        QVERIFY(!expiry->expiry().isValid());
        QVERIFY(expiry->explanationLabel()->text().contains(QStringLiteral("never expires")));
        QVERIFY(expiry->explanationLabel()->text().contains(QStringLiteral("edgekv.js 0.6.2")));
        QCOMPARE(expiry->dateEdit()->minimumDate(), QDate(2026, 5, 2));
        QCOMPARE(expiry->dateEdit()->maximumDate(), QDate(2026, 11, 1));

        for (int days : {30, 90, 180}) {
            clickButton(expiry->presetButton(days));
            QVERIFY(expiry->dateButton()->isChecked());
            QCOMPARE(expiry->expiry(), today.addDays(days));
        }
        QVERIFY(expiry->explanationLabel()->text().contains(QStringLiteral("legacy token")));
        QVERIFY(expiry->explanationLabel()->text().contains(
            QStringLiteral("stops working on 2026-10-28 (in 180 days)")));

        // Today and six months and a day cannot be chosen; tomorrow and six months can.
        expiry->dateEdit()->setDate(today);
        QCOMPARE(expiry->expiry(), QDate(2026, 5, 2));
        QVERIFY(expiry->explanationLabel()->text().contains(
            QStringLiteral("stops working on 2026-05-02 (tomorrow)")));
        expiry->dateEdit()->setDate(QDate(2026, 11, 2));
        QCOMPARE(expiry->expiry(), QDate(2026, 11, 1));

        clickButton(expiry->noExpiryButton());
        QVERIFY(!expiry->expiry().isValid());
        QVERIFY(expiry->noExpiryButton()->isChecked());
        // Picking a date chooses to expire.
        expiry->dateEdit()->setFocus();
        expiry->dateEdit()->setCurrentSection(QDateTimeEdit::MonthSection);
        QTest::keyClick(expiry->dateEdit(), Qt::Key_Down); // the date is the latest allowed
        QCOMPARE(expiry->dateEdit()->date(), QDate(2026, 10, 1));
        QVERIFY(expiry->dateButton()->isChecked());
        QVERIFY(expiry->expiry().isValid());
    }

    void requestPreviewShowsTheExactBody()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        QVERIFY(!dialog->requestPreview()->isVisible());
        typeName(*dialog, QStringLiteral("checkout-prod"));
        clickBox(dialog->stagingBox());
        tick(*dialog, QStringLiteral("checkout"), QStringLiteral("wr"));
        tick(*dialog, QStringLiteral("default"), QStringLiteral("d"));
        addEdgeWorkerId(*dialog, QStringLiteral("4242"));
        clickButton(dialog->expiryChooser()->presetButton(30));

        clickButton(dialog->requestToggle());
        QVERIFY(dialog->requestPreview()->isVisible());
        QCOMPARE(dialog->requestPreview()->toPlainText(), QStringLiteral(R"({
    "allowOnProduction": true,
    "allowOnStaging": false,
    "expiry": "2026-05-31",
    "name": "checkout-prod",
    "namespacePermissions": {
        "checkout": [
            "r",
            "w"
        ],
        "default": [
            "d"
        ]
    },
    "restrictToEdgeWorkerIds": [
        "4242"
    ]
}
)"));
        QCOMPARE(QJsonDocument::fromJson(dialog->requestPreview()->toPlainText().toUtf8()).object(),
                 dialog->request().toJson());
        const QString summary = dialog->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("a legacy token that expires on 2026-05-31 (in 30 days)")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("production only")));
        QVERIFY(summary.contains(QStringLiteral("only 4242")));
        QVERIFY(summary.contains(QStringLiteral("checkout (read, write), default (delete)")));

        clickButton(dialog->requestToggle());
        QVERIFY(!dialog->requestPreview()->isVisible());
    }

    void naturalTabOrder()
    {
        CreateRig rig;
        auto dialog = rig.openDialog();
        WAIT_LOADED(dialog);
        QList<QWidget*> expected{dialog->nameEdit(),
                                 dialog->stagingBox(),
                                 dialog->productionBox(),
                                 dialog->expiryChooser()->noExpiryButton(),
                                 dialog->expiryChooser()->dateButton(),
                                 dialog->expiryChooser()->dateEdit()};
        // The next widget Tab moves to (widgets that take no focus are skipped).
        const auto next = [](QWidget* widget) {
            do
                widget = widget->nextInFocusChain();
            while (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy());
            return widget;
        };
        QWidget* widget = dialog->nameEdit();
        for (int i = 1; i < expected.size(); ++i) {
            widget = next(widget);
            QCOMPARE(widget, expected.at(i));
        }
        // After the left column comes the grid, in row order, then the bottom row.
        QCOMPARE(next(dialog->cpcodeField()), dialog->namespaceGrid()->filterEdit());
        NamespacePermissionGrid* grid = dialog->namespaceGrid();
        QCOMPARE(next(grid->permissionBox(QStringLiteral("ab-tests"), QLatin1Char('d'))),
                 grid->rowToggle(QStringLiteral("checkout")));
        QCOMPARE(next(grid->permissionBox(QStringLiteral("user-prefs"), QLatin1Char('d'))),
                 dialog->requestToggle());
        QVERIFY(dialog->createButton()->isDefault());
    }

    // Screenshots for a person to look at: set EDGEKV_CREATE_SHOTS to a folder (nothing is saved otherwise).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("EDGEKV_CREATE_SHOTS");
        if (folder.isEmpty())
            return;
        CreateRig rig;
        auto dialog = rig.openDialog({QStringLiteral("checkout-prod")});
        WAIT_LOADED(dialog);
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create-empty.png")));
        typeName(*dialog, QStringLiteral("checkout prod"));
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create-badname.png")));
        typeName(*dialog, QStringLiteral("checkout-prod-2026-05"));
        tick(*dialog, QStringLiteral("checkout"), QStringLiteral("rw"));
        tick(*dialog, QStringLiteral("default"), QStringLiteral("r"));
        addEdgeWorkerId(*dialog, QStringLiteral("4242"));
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create.png")));
        clickButton(dialog->expiryChooser()->presetButton(90));
        clickButton(dialog->requestToggle());
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create-request.png")));
        dialog->resize(640, 480);
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create-small.png")));
        dialog->resize(dialog->minimumSizeHint());
        QVERIFY(shoot(*dialog, folder, QStringLiteral("create-minimum.png")));

        // Renewing a legacy token, and the answer to a duplicate name.
        SandboxToken taken;
        taken.name = QStringLiteral("checkout-prod-2026-11");
        taken.uuid = SandboxStore::newUuid();
        taken.allowOnProduction = true;
        taken.namespacePermissions = {{QStringLiteral("checkout"), {QStringLiteral("r")}}};
        taken.expiry = SandboxToken::enhancedExpiry();
        QVERIFY(rig.server->store().addToken(QString(), taken));
        auto renew = rig.openDialog({QStringLiteral("checkout-prod")});
        Token old;
        old.name = QStringLiteral("checkout-prod");
        old.model = Token::Model::Legacy;
        old.expiry = QDate(2026, 5, 20);
        old.allowOnProduction = true;
        old.namespacePermissions = {{QStringLiteral("checkout"), QStringLiteral("rw")},
                                    {QStringLiteral("retired"), QStringLiteral("r")}};
        old.hasDetails = true;
        renew->prefillFromToken(old);
        WAIT_LOADED(renew);
        QVERIFY(shoot(*renew, folder, QStringLiteral("create-renew.png")));
        clickButton(renew->createButton());
        QTRY_VERIFY_WITH_TIMEOUT(!renew->isCreating(), kWaitMs);
        QVERIFY(shoot(*renew, folder, QStringLiteral("create-409.png")));
    }
};

QTEST_MAIN(TestCreateTokenForm)
#include "tst_createtoken_form.moc"
