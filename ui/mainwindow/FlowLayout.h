#pragma once

#include <QLayout>
#include <QList>

namespace edgekv {

// Lays items out left to right and wraps to a new line when the width runs out, so a row of summary
// buttons never forces the window wider than the screen. Items keep their size hints.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 2);
    ~FlowLayout() override;

    // An item after a stretch point is pushed to the right end of its line (e.g. a count on the right).
    void addStretchPoint() { m_stretchIndex = int(m_items.size()); }

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int doLayout(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
    int m_stretchIndex = -1;
};

} // namespace edgekv
