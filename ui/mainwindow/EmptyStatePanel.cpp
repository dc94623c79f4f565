#include "mainwindow/EmptyStatePanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace edgekv {

EmptyStatePanel::EmptyStatePanel(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, this, &EmptyStatePanel::actionTriggered);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    // No alignment flag: an aligned word-wrapped label gets one line's height and cuts its text.
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStatePanel::setContent(const QIcon& icon, const QString& title, const QString& text,
                                 const QString& actionText)
{
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(48, 48));
    m_icon->setVisible(!icon.isNull());
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty());
}

QString EmptyStatePanel::title() const
{
    return m_title->text();
}

QString EmptyStatePanel::text() const
{
    return m_text->text();
}

} // namespace edgekv
