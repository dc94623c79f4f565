#include "accounts/FirstRunPanel.h"

#include "credentials/EdgercReader.h"
#include "ui_FirstRunPanel.h"

#include <QDir>
#include <QFileInfo>

namespace edgekv {

namespace {

QString homeRelative(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

} // namespace

FirstRunPanel::FirstRunPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FirstRunPanel>()),
      m_edgercPath(QDir::homePath() + QStringLiteral("/.edgerc"))
{
    m_ui->setupUi(this);
    connect(m_ui->importButton, &QCommandLinkButton::clicked, this,
            [this] { emit importRequested(m_edgercPath); });
    connect(m_ui->addButton, &QCommandLinkButton::clicked, this, &FirstRunPanel::addRequested);
    connect(m_ui->sandboxButton, &QCommandLinkButton::clicked, this, &FirstRunPanel::sandboxRequested);
    refresh();
}

FirstRunPanel::~FirstRunPanel()
{
    // The children outlive this object's members while QWidget's destructor deletes them: their last
    // signals must not reach it.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void FirstRunPanel::setEdgercPath(const QString& path)
{
    m_edgercPath = path;
    refresh();
}

bool FirstRunPanel::offersImport() const
{
    return !m_ui->importButton->isHidden();
}

void FirstRunPanel::refresh()
{
    const QFileInfo info(m_edgercPath);
    const bool exists = info.isFile();
    m_ui->importButton->setVisible(exists);
    if (!exists)
        return;
    const QString where = homeRelative(m_edgercPath);
    // The title stays short ("Import from ~/.edgerc"); the description says where.
    m_ui->importButton->setText(tr("Import from %1").arg(where.size() <= 24 ? where : info.fileName()));
    const int sections = int(EdgercFile::read(m_edgercPath).sectionNames().size());
    m_ui->importButton->setDescription(
        tr("Use the API clients you already have: %n section(s) in %1.", nullptr, sections).arg(where));
}

void FirstRunPanel::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace edgekv
