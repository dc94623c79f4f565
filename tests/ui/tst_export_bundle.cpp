// The export dialog with a bundle .tgz (made with tar, as users make them) and the errors that must stay in
// the dialog with the original intact: no bundle.json, not an archive, an unsafe path, a file changed after
// the preview.
#include "tst_export_support.h"

#include <QSignalSpy>

using namespace edgekv;
using namespace edgekv::test;

class TestExportBundle : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_opened.clear();
        ExportDialog::setOpenUrlHook([this](const QUrl& url) {
            m_opened << url;
            return true;
        });
    }

    void exportsIntoABundle()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/bundle.json"), "{\"edgeworker-version\": \"1.0\"}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/edgekv.js"),
                          "/*\n * Version: 0.6.1\n */\nexport class EdgeKV {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("worker.tgz"));
        const QString made = run(QStringLiteral("tar"),
                                 {QStringLiteral("czf"), bundle, QStringLiteral("bundle.json"),
                                  QStringLiteral("main.js"), QStringLiteral("edgekv.js")},
                                 source);
        QVERIFY2(!made.startsWith(QLatin1String("failed")), qPrintable(made));

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog->destination(), bundle);
        QVERIFY2(dialog->targetText().contains(QLatin1String("Adds edgekv_tokens.js to this bundle")),
                 qPrintable(dialog->targetText()));
        // edgekv.js 0.6.1 cannot read reference entries.
        QVERIFY2(dialog->messagesText().contains(QLatin1String("0.6.2")), qPrintable(dialog->messagesText()));
        shoot(dialog.get(), "export-bundle.png");
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

        QCOMPARE(
            run(QStringLiteral("tar"), {QStringLiteral("xzOf"), bundle, QStringLiteral("edgekv_tokens.js")})
                .toUtf8(),
            tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid)}));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("xzOf"), bundle, QStringLiteral("main.js")}),
                 QStringLiteral("export function onClientRequest() {}\n"));
        QTest::mouseClick(dialog->openFolderButton(), Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(rig.dir.path())});
    }

    void refusedBundleStaysIntactAndTheDialogOpen()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("nobundle.tgz"));
        QVERIFY(
            !run(QStringLiteral("tar"), {QStringLiteral("czf"), bundle, QStringLiteral("main.js")}, source)
                 .startsWith(QLatin1String("failed")));
        const QByteArray before = readFile(bundle);

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog->statusText().contains(QLatin1String("bundle.json")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!dialog->canExport());
        shoot(dialog.get(), "export-not-a-bundle.png");
        QTest::keyClick(dialog.get(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(readFile(bundle), before);

        // A file that is no archive at all.
        const QString fake = rig.dir.filePath(QStringLiteral("fake.tgz"));
        QVERIFY(writeFile(fake, "not a tar"));
        UserPrompts::setNextPath(fake);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog->canExport());
        QVERIFY(dialog->statusText().contains(QLatin1String("fake.tgz")));
        QCOMPARE(readFile(fake), QByteArray("not a tar"));
    }

    void unsafeBundleIsRefused()
    {
        Rig rig;
        rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QString source = rig.dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(writeFile(source + QStringLiteral("/bundle.json"), "{}\n"));
        QVERIFY(writeFile(source + QStringLiteral("/main.js"), "export function onClientRequest() {}\n"));
        const QString bundle = rig.dir.filePath(QStringLiteral("evil.tgz"));
        const QString made = run(QStringLiteral("tar"),
                                 {QStringLiteral("czPf"), bundle, QStringLiteral("--transform"),
                                  QStringLiteral("s,^main.js,../evil.js,"), QStringLiteral("bundle.json"),
                                  QStringLiteral("main.js")},
                                 source);
        QVERIFY2(!made.startsWith(QLatin1String("failed")), qPrintable(made));
        const QByteArray before = readFile(bundle);

        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        UserPrompts::setNextPath(bundle);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseBundleButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog->statusText().contains(QLatin1String("..")), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->canExport());
        QVERIFY(dialog->changesText().startsWith(QLatin1String("No preview")));
        QCOMPARE(readFile(bundle), before);
        QVERIFY(!QFile::exists(rig.dir.filePath(QStringLiteral("evil.js"))));
    }

    void aWriteErrorStaysInTheDialog()
    {
        Rig rig;
        const SandboxToken orders = rig.enhanced(QStringLiteral("ekv_orders"), {QStringLiteral("orders")});
        const QByteArray first = tokenFile({entry(QStringLiteral("other"), QStringLiteral("a"), "reference",
                                                  QStringLiteral("11111111-2222-3333-4444-555555555555"))});
        QVERIFY(writeFile(rig.tokenFilePath(), first));
        auto dialog = rig.dialog({QStringLiteral("ekv_orders")});
        WAIT_LOADED(dialog);
        CHOOSE_FOLDER(dialog, rig.folder());
        QVERIFY(dialog->canExport());

        // Someone else changes the file after the preview: the export refuses and keeps their version.
        const QByteArray theirs = tokenFile({entry(QStringLiteral("theirs"), QStringLiteral("b"), "reference",
                                                   QStringLiteral("22222222-2222-3333-4444-555555555555"))});
        QVERIFY(writeFile(rig.tokenFilePath(), theirs));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QLatin1String("changed since the preview")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(readFile(rig.tokenFilePath()), theirs);
        QVERIFY(!dialog->openFolderButton()->isVisible());

        // The preview now shows their file; exporting again merges into it.
        QVERIFY(dialog->changesText().contains(QLatin1String("namespace-theirs")));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCOMPARE(readFile(rig.tokenFilePath()),
                 tokenFile({entry(QStringLiteral("orders"), orders.name, "reference", orders.uuid),
                            entry(QStringLiteral("theirs"), QStringLiteral("b"), "reference",
                                  QStringLiteral("22222222-2222-3333-4444-555555555555"))}));
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestExportBundle)
#include "tst_export_bundle.moc"
