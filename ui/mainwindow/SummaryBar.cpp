#include "mainwindow/SummaryBar.h"

#include "mainwindow/FlowLayout.h"
#include "mainwindow/StatusStyle.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>

namespace edgekv {

SummaryBar::SummaryBar(QWidget* parent)
    : QWidget(parent), m_layout(new FlowLayout(this, 6, 2)), m_allClear(new QLabel(this)),
      m_showAllButton(new QToolButton(this)), m_limitLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_showAllButton->setText(tr("Show all"));
    m_showAllButton->setAutoRaise(true);
    m_showAllButton->setToolTip(tr("Show every token again"));
    m_showAllButton->hide();
    connect(m_showAllButton, &QToolButton::clicked, this, [this] { emit kindsActivated({}); });

    m_limitLabel->setToolTip(
        tr("Every listed token counts toward the account's token limit, expired ones until 30 days after "
           "their expiry date."));

    rebuild();
}

void SummaryBar::setSummary(const TokenSummary& summary)
{
    // Called for every change of the table: rebuild only when what is shown changes.
    const bool same = summary.text() == m_summary.text() && summary.limitText() == m_summary.limitText() &&
                      summary.total() == m_summary.total();
    m_summary = summary;
    if (!same)
        rebuild();
}

void SummaryBar::setActiveKinds(const QList<TokenStatus::Kind>& kinds)
{
    if (kinds == m_activeKinds)
        return;
    m_activeKinds = kinds;
    rebuild();
}

QString SummaryBar::text() const
{
    return m_summary.text();
}

QString SummaryBar::limitText() const
{
    return m_limitLabel->text();
}

void SummaryBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void SummaryBar::rebuild()
{
    // Rebuilding may run inside a part button's clicked(): remove the old buttons later.
    for (QToolButton* button : std::as_const(m_partButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_partButtons.clear();

    const QList<TokenSummary::Part> parts = m_summary.parts();
    for (const TokenSummary::Part& part : parts) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("summaryPart"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(!m_activeKinds.isEmpty() && part.kinds == m_activeKinds);
        button->setIcon(StatusStyle::icon(part.kinds.value(0)));
        button->setText(part.text);
        button->setToolTip(button->isChecked() ? tr("Showing only these tokens; click to show all")
                                               : tr("Show only these tokens"));
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        QPalette palette = button->palette();
        palette.setColor(QPalette::ButtonText, StatusStyle::textColor(part.kinds.value(0), palette));
        button->setPalette(palette);
        const QList<TokenStatus::Kind> kinds = part.kinds;
        connect(button, &QToolButton::clicked, this, [this, kinds] {
            emit kindsActivated(kinds == m_activeKinds ? QList<TokenStatus::Kind>() : kinds);
        });
        m_partButtons.append(button);
    }

    const bool allClear = parts.isEmpty();
    m_allClear->setVisible(allClear);
    if (allClear) {
        const bool empty = m_summary.total() == 0;
        m_allClear->setText(empty ? m_summary.text() : QStringLiteral("\u2714 ") + m_summary.text());
    }
    QPalette limitPalette = m_limitLabel->palette();
    limitPalette.setColor(QPalette::WindowText, StatusStyle::dimmedColor(palette(), QPalette::Window));
    m_limitLabel->setPalette(limitPalette);
    m_showAllButton->setVisible(!m_activeKinds.isEmpty());
    m_limitLabel->setText(m_summary.total() > 0 ? m_summary.limitText() : QString());

    // The layout holds the widgets in display order: re-add them all.
    while (QLayoutItem* item = m_layout->takeAt(0))
        delete item;
    m_layout->addWidget(m_allClear);
    for (QToolButton* button : std::as_const(m_partButtons))
        m_layout->addWidget(button);
    m_layout->addWidget(m_showAllButton);
    m_layout->addStretchPoint();
    m_layout->addWidget(m_limitLabel);
    updateGeometry();
}

} // namespace edgekv
