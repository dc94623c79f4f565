#include "common/UserPrompts.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

using namespace edgekv;

class TestUserPrompts : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { UserPrompts::clearPendingAnswers(); }

    void queuedPathIsUsedOnceThenTheChooserOpens()
    {
        UserPrompts::setNextPath(QStringLiteral("/tmp/bundle"));
        QCOMPARE(UserPrompts::existingDirectory(nullptr, QStringLiteral("Folder"), QString()),
                 QStringLiteral("/tmp/bundle"));
        QVERIFY(!UserPrompts::hasPendingAnswers());

        // Without a queued path the real (non-native under offscreen) dialog opens; close it unanswered.
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QCOMPARE(UserPrompts::openFileName(nullptr, QStringLiteral("File"), QString(), QString()), QString());
    }

    void emptyQueuedPathMeansCancelled()
    {
        UserPrompts::setNextPath(QString());
        QVERIFY(UserPrompts::saveFileName(nullptr, QStringLiteral("Save"), QString(), QString()).isEmpty());
    }

    void queuedAnswerIsReturnedAndTheQuestionRemembered()
    {
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        const auto answer = UserPrompts::question(nullptr, QStringLiteral("Revoke"),
                                                  QStringLiteral("Revoke token \"ci-token\"?"),
                                                  QMessageBox::Yes | QMessageBox::No, true);
        QCOMPARE(answer, QMessageBox::Yes);
        QCOMPARE(UserPrompts::lastQuestionText(), QStringLiteral("Revoke token \"ci-token\"?"));
    }

    void destructiveQuestionDefaultsToTheSafeAnswer()
    {
        // Pressing Enter on a destructive question must not confirm it.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::keyClick(box, Qt::Key_Return);
        });
        const auto answer = UserPrompts::question(nullptr, QStringLiteral("Revoke"), QStringLiteral("Sure?"),
                                                  QMessageBox::Yes | QMessageBox::No, true);
        QCOMPARE(answer, QMessageBox::No);
    }
};

QTEST_MAIN(TestUserPrompts)
#include "tst_userprompts.moc"
