#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

namespace edgekv {

// The table's look over TokenFilterProxyModel (or any model with TokenTableModel's roles): the status icon
// (DecorationRole of the Status column), the status text colour for the current palette (light or dark;
// the text and the icon carry the meaning, the colour only helps), and expired rows dimmed with the
// name struck out. Rows whose details are still loading show their placeholders in italics.
class TokenTablePresenter : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TokenTablePresenter(QObject* parent = nullptr);

    QPalette palette() const { return m_palette; }
    // Call when the view's palette changes (light/dark switch); repaints every row.
    void setPalette(const QPalette& palette);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QPalette m_palette;
};

} // namespace edgekv
