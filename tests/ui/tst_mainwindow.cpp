// The main window on the in-process sandbox: status text and icons, the summary line, sorting, search,
// filters, the details panel, refresh, refresh-now, revoke and the error banner with Retry.

#include "MainWindowFixture.h"
#include "common/UserPrompts.h"
#include "mainwindow/EmptyStatePanel.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/StatusStyle.h"
#include "mainwindow/SummaryBar.h"
#include "mainwindow/TokenDetailsPanel.h"
#include "mainwindow/TokenTablePresenter.h"
#include "tokens/ExpiryClassifier.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>

using namespace edgekv;
using namespace edgekv::test;
using Category = SandboxSeeder::Category;
using Kind = TokenStatus::Kind;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowFixture> f;

    // The status the window must show for a sandbox token, computed independently of the window.
    TokenStatus expectedStatus(const QString& name)
    {
        const std::optional<SandboxToken> stored = f->server().store().token(QString(), name);
        Token token;
        token.name = name;
        token.model = stored->model == TokenModel::Legacy ? Token::Model::Legacy : Token::Model::Enhanced;
        token.expiry = stored->expiry;
        token.activationStatus = Token::activationStatusFromName(stored->activationStatus(f->now()));
        token.nextScheduledRefreshDate = stored->nextScheduledRefreshDate;
        return ExpiryClassifier(f->m_clock).classify(token);
    }

    QList<int> severities()
    {
        QList<int> result;
        for (int row = 0; row < f->view()->rowCount(); ++row)
            result << f->view()->index(row, 0).data(TokenTableModel::SeverityRole).toInt();
        return result;
    }

private slots:
    void init()
    {
        UserPrompts::clearPendingAnswers();
        f = std::make_unique<MainWindowFixture>();
        QVERIFY(f->startOnSandbox());
        QCOMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);
    }
    void cleanup()
    {
        f.reset();
        UserPrompts::clearPendingAnswers();
    }

    void everySeededTokenShowsItsStatusTextIconAndColour()
    {
        QSet<int> kindsSeen;
        const QPalette palette = f->window->presenter()->palette();
        for (const SandboxToken& stored : f->server().store().account(QString()).tokens) {
            const TokenStatus expected = expectedStatus(stored.name);
            const QModelIndex status = f->cell(stored.name, TokenTableModel::Status);
            QVERIFY2(status.isValid(), qPrintable(stored.name));
            QCOMPARE(status.data().toString(), expected.text());
            const QIcon icon = status.data(Qt::DecorationRole).value<QIcon>();
            QCOMPARE(icon.cacheKey(), StatusStyle::icon(expected.kind()).cacheKey());
            QVERIFY(!icon.pixmap(16, 16).isNull());
            QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                     StatusStyle::textColor(expected.kind(), palette));
            const QFont nameFont =
                f->cell(stored.name, TokenTableModel::Name).data(Qt::FontRole).value<QFont>();
            QCOMPARE(nameFont.strikeOut(), expected.isExpired());
            kindsSeen.insert(int(expected.kind()));
        }
        // Every status except "valid forever" is present in the demo data (ExpiresToday or ExpiresSoon: the
        // seeder puts the first expiring token 0 to 7 days ahead).
        for (Kind kind : {Kind::Expired, Kind::ActivationError, Kind::ExpiresLater, Kind::Activating,
                          Kind::Valid, Kind::AutoRefresh})
            QVERIFY2(kindsSeen.contains(int(kind)), qPrintable(TokenStatus::kindName(kind)));
        QVERIFY(kindsSeen.contains(int(Kind::ExpiresToday)) || kindsSeen.contains(int(Kind::ExpiresSoon)));

        const QString expired = MainWindowFixture::seededName(Category::LegacyExpired);
        QVERIFY(f->cell(expired, TokenTableModel::Status)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Expired ")));
        QCOMPARE(f->cell(MainWindowFixture::seededName(Category::EnhancedError), TokenTableModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Activation error"));
        QCOMPARE(f->cell(MainWindowFixture::seededName(Category::EnhancedActive), TokenTableModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Auto-refresh"));
    }

    void summaryCountsWhatNeedsAttentionAndFiltersOnClick()
    {
        SummaryBar* summary = f->window->summaryBar();
        const int expired = MainWindowFixture::seededCount(Category::LegacyExpired);
        const int errors = MainWindowFixture::seededCount(Category::EnhancedError);
        QVERIFY(summary->text().startsWith(QStringLiteral("%1 expired \u00b7 ").arg(expired)));
        QVERIFY(summary->text().endsWith(QStringLiteral("%1 activation error").arg(errors)));
        // The demo tokens expired at most 25 days ago: all still count toward the limit.
        QCOMPARE(summary->limitText(), QStringLiteral("24 tokens count toward the account's token limit"));

        const QList<QToolButton*> parts = summary->partButtons();
        QVERIFY(parts.size() >= 4);
        QCOMPARE(parts.constFirst()->text(), QStringLiteral("%1 expired").arg(expired));
        QTest::mouseClick(parts.constFirst(), Qt::LeftButton);
        QTRY_COMPARE(f->view()->rowCount(), expired);
        for (int row = 0; row < expired; ++row)
            QVERIFY(f->view()->index(row, 0).data(TokenTableModel::ExpiredRole).toBool());

        // A second click on the active part shows every token again.
        QTRY_VERIFY(!summary->partButtons().isEmpty() && summary->partButtons().constFirst()->isChecked());
        QTest::mouseClick(summary->partButtons().constFirst(), Qt::LeftButton);
        QTRY_COMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);
    }

    void defaultSortIsAttentionFirstThenSoonestExpiry()
    {
        const QList<int> severity = severities();
        QVERIFY(std::is_sorted(severity.begin(), severity.end()));
        QCOMPARE(TokenStatus::Kind(severity.constFirst()), Kind::Expired);
        // Among the tokens expiring within 30 days, the soonest comes first.
        QList<int> daysLeft;
        for (int row = 0; row < f->view()->rowCount(); ++row) {
            const QModelIndex index = f->view()->index(row, 0);
            if (index.data(TokenTableModel::StatusKindRole).toInt() == int(Kind::ExpiresLater))
                daysLeft << index.data(TokenTableModel::SortDaysRole).toInt();
        }
        QVERIFY(daysLeft.size() >= 2);
        QVERIFY(std::is_sorted(daysLeft.begin(), daysLeft.end()));

        // A click on the Name header sorts by name.
        QHeaderView* header = f->window->tableView()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(TokenTableModel::Name) + 10, header->height() / 2));
        QStringList names = f->shownNames();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
    }

    void searchMatchesNamesAndNamespaces()
    {
        QTest::keyClick(f->window->tableView(), Qt::Key_F, Qt::ControlModifier);
        auto* search = f->window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("GEO-rout"));
        QTRY_VERIFY(f->view()->rowCount() > 0);
        for (const QString& name : f->shownNames())
            QVERIFY2(name.startsWith(QLatin1String("geo-router")), qPrintable(name));

        // "user-prefs" is in no token's name: what matches has the namespace.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("user-prefs"));
        QStringList expected;
        for (const SandboxToken& stored : f->server().store().account(QString()).tokens) {
            if (stored.namespacePermissions.contains(QStringLiteral("user-prefs")) &&
                !stored.isExpired(f->now().date()))
                expected << stored.name;
        }
        QVERIFY(!expected.isEmpty());
        QStringList shown = f->shownNames();
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);

        search->setText(QStringLiteral("no-such-token"));
        QTRY_VERIFY(f->window->isShowingEmptyState());
        QVERIFY(f->window->emptyState()->actionButton()->isVisible());
        QTest::mouseClick(f->window->emptyState()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);
        QVERIFY(search->text().isEmpty());
    }

    void filterComboShowsNeedsAttentionExpiredAndAutoRefresh()
    {
        auto* combo = f->window->findChild<QComboBox*>(QStringLiteral("filterCombo"));
        QCOMPARE(combo->count(), 4);

        combo->setCurrentIndex(combo->findData(int(TokenFilterProxyModel::Filter::Expired)));
        QTRY_COMPARE(f->view()->rowCount(), MainWindowFixture::seededCount(Category::LegacyExpired));

        combo->setCurrentIndex(combo->findData(int(TokenFilterProxyModel::Filter::NeedsAttention)));
        QTRY_COMPARE(f->view()->rowCount(), f->window->summaryBar()->summary().needsAttention());
        for (int row = 0; row < f->view()->rowCount(); ++row)
            QVERIFY(f->view()->index(row, 0).data(TokenTableModel::NeedsAttentionRole).toBool());

        combo->setCurrentIndex(combo->findData(int(TokenFilterProxyModel::Filter::AutoRefresh)));
        const int enhanced = MainWindowFixture::seededCount(Category::EnhancedActive) +
                             MainWindowFixture::seededCount(Category::EnhancedActivating) +
                             MainWindowFixture::seededCount(Category::EnhancedError);
        QTRY_COMPARE(f->view()->rowCount(), enhanced);
        for (int row = 0; row < f->view()->rowCount(); ++row)
            QVERIFY(!f->view()->index(row, 0).data(TokenTableModel::TokenRole).value<Token>().isLegacy());

        combo->setCurrentIndex(0);
        QTRY_COMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);
    }

    void detailsPanelShowsEveryFieldAndHidesTheValue()
    {
        TokenDetailsPanel* details = f->window->detailsPanel();
        const QString legacyName = MainWindowFixture::seededName(Category::LegacyValid);
        const SandboxToken legacy = *f->server().store().token(QString(), legacyName);
        f->select(legacyName);
        QTRY_COMPARE(details->fieldText(QStringLiteral("name")), legacyName);
        QCOMPARE(details->fieldText(QStringLiteral("uuid")), legacy.uuid);
        QCOMPARE(details->fieldText(QStringLiteral("status")), expectedStatus(legacyName).text());
        QVERIFY(
            details->fieldText(QStringLiteral("expires")).startsWith(legacy.expiry.toString(Qt::ISODate)));
        QCOMPARE(details->fieldText(QStringLiteral("cpcode")), legacy.cpcode);
        for (auto it = legacy.namespacePermissions.cbegin(); it != legacy.namespacePermissions.cend(); ++it)
            QVERIFY(details->fieldText(QStringLiteral("namespaces")).contains(it.key() + QLatin1Char(':')));
        QVERIFY(!details->isFieldVisible(QStringLiteral("latestRefresh")));
        QVERIFY(!details->actionButton(QStringLiteral("refreshNow"))->isVisible());

        // The JWT is hidden until revealed, and hidden again for the next token.
        QVERIFY(details->isFieldVisible(QStringLiteral("value")));
        QVERIFY(!details->isValueRevealed());
        QVERIFY(!details->fieldText(QStringLiteral("value")).contains(legacy.value));
        QTest::mouseClick(qobject_cast<QAbstractButton*>(details->actionButton(QStringLiteral("reveal"))),
                          Qt::LeftButton);
        QCOMPARE(details->fieldText(QStringLiteral("value")), legacy.value);

        QTest::mouseClick(qobject_cast<QAbstractButton*>(details->actionButton(QStringLiteral("copyName"))),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), legacyName);
        QTest::mouseClick(qobject_cast<QAbstractButton*>(details->actionButton(QStringLiteral("copyUuid"))),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), legacy.uuid);

        const QString enhancedName = MainWindowFixture::seededName(Category::EnhancedActive);
        f->select(enhancedName);
        QTRY_COMPARE(details->fieldText(QStringLiteral("name")), enhancedName);
        QVERIFY(!details->isValueRevealed());
        QVERIFY(!details->isFieldVisible(QStringLiteral("value")));
        QVERIFY(details->isFieldVisible(QStringLiteral("latestRefresh")));
        QCOMPARE(details->fieldText(QStringLiteral("activation")), QStringLiteral("Complete"));
        QVERIFY(details->actionButton(QStringLiteral("refreshNow"))->isVisible());
    }

    void f5ShowsANewTokenAndKeepsTheSelection()
    {
        const QString selected = MainWindowFixture::seededName(Category::LegacyExpiringMonth);
        f->select(selected);
        QTRY_COMPARE(f->window->detailsPanel()->fieldText(QStringLiteral("name")), selected);

        SandboxToken added;
        added.name = QStringLiteral("added-after-start");
        added.uuid = SandboxStore::newUuid();
        added.allowOnStaging = true;
        added.namespacePermissions.insert(QStringLiteral("default"), {QStringLiteral("r")});
        added.expiry = SandboxToken::enhancedExpiry();
        added.issueDate = f->now().date();
        added.createdAtUtc = f->now();
        added.activationCompleteAtUtc = f->now().addSecs(-60);
        added.nextScheduledRefreshDate = f->now().date().addMonths(2);
        added.cpcode = QStringLiteral("1234567");
        QVERIFY(f->server().store().addToken(QString(), added));

        QVERIFY(f->pressRefresh());
        QTRY_COMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount + 1);
        QVERIFY(f->rowOf(added.name) >= 0);
        QCOMPARE(f->currentName(), selected);
        QVERIFY(f->window->tableView()->selectionModel()->isRowSelected(f->rowOf(selected), {}));
        QCOMPARE(f->window->detailsPanel()->fieldText(QStringLiteral("name")), selected);
    }

    void refreshShowsProgressAndKeepsTheScrollPosition()
    {
        f->window->resize(900, 420);
        QTableView* table = f->window->tableView();
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
        table->scrollTo(f->view()->index(10, 0), QAbstractItemView::PositionAtTop);
        const QString top =
            table->indexAt(QPoint(1, 1)).siblingAtColumn(TokenTableModel::Name).data().toString();
        QVERIFY(!top.isEmpty());

        // Slow answers make the details phase visible.
        f->server().setLatencyMs(150);
        QSignalSpy loaded(f->window.get(), &MainWindow::tokensLoaded);
        QTest::keyClick(table, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(
            f->window->progressLabel()->text().startsWith(QLatin1String("Loading details ")),
            MainWindowFixture::WaitMs);
        QVERIFY(f->window->progressLabel()->text().endsWith(
            QStringLiteral("/%1").arg(MainWindowFixture::TokenCount)));
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QVERIFY(f->window->progressLabel()->text().isEmpty());
        QCOMPARE(table->indexAt(QPoint(1, 1)).siblingAtColumn(TokenTableModel::Name).data().toString(), top);
    }

    void refreshNowUpdatesTheLatestRefreshDate()
    {
        // An active token that was not refreshed today.
        QString name;
        for (const SandboxToken& stored : f->server().store().account(QString()).tokens) {
            if (stored.model == TokenModel::Enhanced && !stored.activationError &&
                stored.activationStatus(f->now()) == QLatin1String("COMPLETE") &&
                stored.latestRefreshDate != f->now().date()) {
                name = stored.name;
                break;
            }
        }
        QVERIFY(!name.isEmpty());
        f->select(name);
        TokenDetailsPanel* details = f->window->detailsPanel();
        QTRY_COMPARE(details->fieldText(QStringLiteral("name")), name);
        const QString today = f->now().date().toString(Qt::ISODate);
        QVERIFY(details->fieldText(QStringLiteral("latestRefresh")) != today);

        QTest::mouseClick(qobject_cast<QAbstractButton*>(details->actionButton(QStringLiteral("refreshNow"))),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(details->fieldText(QStringLiteral("latestRefresh")), today,
                                  MainWindowFixture::WaitMs);
        QCOMPARE(f->server().store().token(QString(), name)->latestRefreshDate, f->now().date());
        QCOMPARE(f->cell(name, TokenTableModel::Name)
                     .data(TokenTableModel::TokenRole)
                     .value<Token>()
                     .latestRefreshDate,
                 f->now().date());
    }

    void revokeAsksNamingTheTokenThenRemovesIt()
    {
        const QString name = MainWindowFixture::seededName(Category::LegacyExpiringMonth);
        f->select(name);
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));

        // Declined: nothing happens.
        UserPrompts::setNextAnswer(QMessageBox::No);
        QTest::keyClick(f->window->tableView(), Qt::Key_Delete);
        QVERIFY(!UserPrompts::hasPendingAnswers());
        QVERIFY(UserPrompts::lastQuestionText().contains(QStringLiteral("\u201c%1\u201d").arg(name)));
        QVERIFY(UserPrompts::lastQuestionText().contains(QStringLiteral("cannot be undone")));
        QVERIFY(f->server().store().token(QString(), name).has_value());

        UserPrompts::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(f->window->tableView(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(f->rowOf(name), -1, MainWindowFixture::WaitMs);
        QVERIFY(!f->server().store().token(QString(), name).has_value());
        QCOMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount - 1);
        QVERIFY(f->window->errorBanner()->isHidden());
    }

    void revokeFromTheDetailsPanel()
    {
        const QString name = MainWindowFixture::seededName(Category::EnhancedError);
        f->select(name);
        TokenDetailsPanel* details = f->window->detailsPanel();
        QTRY_COMPARE(details->fieldText(QStringLiteral("name")), name);
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(qobject_cast<QAbstractButton*>(details->actionButton(QStringLiteral("revoke"))),
                          Qt::LeftButton);
        QVERIFY(UserPrompts::lastQuestionText().startsWith(
            QStringLiteral("Revoke the token \u201c%1\u201d?").arg(name)));
        QTRY_COMPARE_WITH_TIMEOUT(f->rowOf(name), -1, MainWindowFixture::WaitMs);
        QVERIFY(!f->server().store().token(QString(), name).has_value());
    }

    void serverErrorShowsTheBannerAndRetryRecovers()
    {
        ErrorBanner* banner = f->window->errorBanner();
        QVERIFY(banner->isHidden());
        f->server().setFaults({FaultRule{FaultKind::InternalError500, 1.0}}, 1);
        QVERIFY(!f->pressRefresh());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("token list")), qPrintable(banner->message()));
        QVERIFY(banner->isRetryable());
        // A failed refresh keeps the rows shown before.
        QCOMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);

        f->server().setFaults({});
        QSignalSpy loaded(f->window.get(), &MainWindow::tokensLoaded);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(MainWindowFixture::waitForLoad(loaded));
        QVERIFY(banner->isHidden());
        QCOMPARE(f->view()->rowCount(), MainWindowFixture::TokenCount);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
