#include "mainwindow/ErrorBanner.h"

#include "mainwindow/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace edgekv {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_retryButton(new QPushButton(tr("&Retry"), this)), m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setPixmap(StatusStyle::icon(TokenStatus::Kind::ActivationError).pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Hide this message"));
    m_closeButton->setAccessibleName(tr("Hide this message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::hide);
    updateColors();
    hide();
}

void ErrorBanner::showError(const QString& message, bool retryable)
{
    m_text->setText(message);
    m_retryButton->setVisible(retryable);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

bool ErrorBanner::isRetryable() const
{
    return !m_retryButton->isHidden();
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ErrorBanner::updateColors()
{
    // A tinted background in the error colour family that keeps the palette's text readable.
    QPalette palette = this->palette();
    const bool dark = StatusStyle::isDark(palette);
    const QColor background = dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea);
    const QColor text = dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x3b, 0x0b, 0x0b);
    if (palette.color(QPalette::Window) == background && palette.color(QPalette::WindowText) == text)
        return;
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    setPalette(palette);
}

} // namespace edgekv
