#include "mainwindow/FlowLayout.h"

#include <QWidget>

namespace edgekv {

FlowLayout::FlowLayout(QWidget* parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_horizontalSpacing(horizontalSpacing), m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (m_stretchIndex > index)
        --m_stretchIndex;
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_horizontalSpacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines of visible items first, then their positions (items after the stretch point go right).
    struct Line
    {
        QList<int> items;
        int height = 0;
    };
    QList<Line> lines(1);
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const QLayoutItem* item = m_items.at(i);
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int width = std::min(hint.width(), area.width());
        if (x > 0 && x + m_horizontalSpacing + width > area.width()) {
            lines.append(Line());
            x = 0;
        }
        x += (x > 0 ? m_horizontalSpacing : 0) + width;
        lines.last().items.append(i);
        lines.last().height = std::max(lines.last().height, hint.height());
    }

    int y = area.y();
    for (const Line& line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        if (apply) {
            int rightWidth = 0;
            for (int i : line.items) {
                if (m_stretchIndex >= 0 && i >= m_stretchIndex)
                    rightWidth += (rightWidth > 0 ? m_horizontalSpacing : 0) +
                                  std::min(m_items.at(i)->sizeHint().width(), area.width());
            }
            int left = area.x();
            int right = area.right() + 1 - rightWidth;
            for (int i : line.items) {
                QLayoutItem* item = m_items.at(i);
                const QSize hint = item->sizeHint();
                const int width = std::min(hint.width(), area.width());
                const bool onRight = m_stretchIndex >= 0 && i >= m_stretchIndex;
                int& pos = onRight ? right : left;
                if (onRight && pos < left)
                    pos = left;
                item->setGeometry(QRect(pos, y + (line.height - hint.height()) / 2, width, hint.height()));
                pos += width + m_horizontalSpacing;
            }
        }
        y += line.height + m_verticalSpacing;
    }
    return std::max(0, y - m_verticalSpacing - rect.y() + contentsMargins().bottom());
}

} // namespace edgekv
