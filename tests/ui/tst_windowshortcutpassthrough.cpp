#include "common/WindowShortcutPassThrough.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace edgekv;

// Runs on X11 (under Xvfb), where a line edit reads Ctrl+E as "end of line" and Ctrl+K as "delete to the
// end": the window's shortcuts must still work from the search box, and editing keys must still edit.
class TestWindowShortcutPassThrough : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        m_window = std::make_unique<QMainWindow>();
        auto* central = new QWidget;
        auto* layout = new QVBoxLayout(central);
        m_search = new QLineEdit;
        m_other = new QLineEdit;
        layout->addWidget(m_search);
        layout->addWidget(m_other);
        m_window->setCentralWidget(central);
        m_export = addAction(QKeySequence(Qt::CTRL | Qt::Key_E));
        m_check = addAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        m_cut = addAction(QKeySequence(Qt::CTRL | Qt::Key_X));
        m_revoke = addAction(QKeySequence(Qt::Key_Delete));
        WindowShortcutPassThrough::install(m_search, m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Xvfb runs no window manager to activate the window; shortcuts need an active one.
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
        m_search->setFocus();
        m_search->setText(QStringLiteral("checkout"));
        m_search->setCursorPosition(2);
    }

    void cleanup() { m_window.reset(); }

    void ctrlEInTheSearchBoxTriggersTheWindowsAction()
    {
        QSignalSpy triggered(m_export, &QAction::triggered);
        QTest::keyClick(m_search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(m_search->cursorPosition(), 2);
    }

    void ctrlShiftKInTheSearchBoxTriggersTheWindowsAction()
    {
        QSignalSpy triggered(m_check, &QAction::triggered);
        QTest::keyClick(m_search, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(m_search->text(), QStringLiteral("checkout"));
    }

    void clipboardKeysStayWithTheSearchBox()
    {
        QSignalSpy triggered(m_cut, &QAction::triggered);
        m_search->selectAll();
        QTest::keyClick(m_search, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(m_search->text(), QString());
    }

    void deleteDeletesTextInsteadOfRevoking()
    {
        QSignalSpy triggered(m_revoke, &QAction::triggered);
        QTest::keyClick(m_search, Qt::Key_Delete);
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(m_search->text(), QStringLiteral("chckout"));
    }

    void aDisabledActionLeavesTheKeyToTheField()
    {
        m_export->setEnabled(false);
        QSignalSpy triggered(m_export, &QAction::triggered);
        QTest::keyClick(m_search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(m_search->cursorPosition(), m_search->text().size()); // X11's "end of line"
    }

    void aShortcutOfAnotherWidgetLeavesTheKeyToTheField()
    {
        // A shortcut that only works while another widget has focus would never fire here.
        m_export->setEnabled(false);
        auto* local = new QAction(m_other);
        local->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        local->setShortcutContext(Qt::WidgetShortcut);
        m_other->addAction(local);
        QSignalSpy triggered(local, &QAction::triggered);
        QTest::keyClick(m_search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(m_search->cursorPosition(), m_search->text().size());
    }

    void otherFieldsKeepTheirBindings()
    {
        m_other->setFocus();
        m_other->setText(QStringLiteral("abc"));
        m_other->setCursorPosition(0);
        QSignalSpy triggered(m_export, &QAction::triggered);
        QTest::keyClick(m_other, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(m_other->cursorPosition(), 3);
    }

private:
    QAction* addAction(const QKeySequence& shortcut)
    {
        auto* action = new QAction(m_window.get());
        action->setShortcut(shortcut);
        m_window->addAction(action);
        return action;
    }

    std::unique_ptr<QMainWindow> m_window;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_other = nullptr;
    QAction* m_export = nullptr;
    QAction* m_check = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_revoke = nullptr;
};

QTEST_MAIN(TestWindowShortcutPassThrough)
#include "tst_windowshortcutpassthrough.moc"
