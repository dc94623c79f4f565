#include "mainwindow/TokenTablePresenter.h"

#include "mainwindow/StatusStyle.h"
#include "tokens/TokenTableModel.h"

#include <QFont>
#include <QGuiApplication>

namespace edgekv {

namespace {

// The columns GET /tokens/{name} fills in; placeholders until then.
bool isDetailColumn(int column)
{
    return column == TokenTableModel::Networks || column == TokenTableModel::Namespaces ||
           column == TokenTableModel::EdgeWorkerIds || column == TokenTableModel::CpCode;
}

} // namespace

TokenTablePresenter::TokenTablePresenter(QObject* parent)
    : QIdentityProxyModel(parent), m_palette(QGuiApplication::palette())
{}

void TokenTablePresenter::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole});
}

QVariant TokenTablePresenter::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DecorationRole:
        if (column == TokenTableModel::Status) {
            const auto kind = TokenStatus::Kind(index.data(TokenTableModel::StatusKindRole).toInt());
            return StatusStyle::icon(kind);
        }
        break;
    case Qt::ForegroundRole: {
        if (column == TokenTableModel::Status) {
            const auto kind = TokenStatus::Kind(index.data(TokenTableModel::StatusKindRole).toInt());
            return StatusStyle::textColor(kind, m_palette);
        }
        const bool expired = index.data(TokenTableModel::ExpiredRole).toBool();
        const bool pending = !index.data(TokenTableModel::DetailsLoadedRole).toBool();
        if (expired || (pending && isDetailColumn(column)))
            return StatusStyle::dimmedColor(m_palette);
        break;
    }
    case Qt::FontRole: {
        const bool expired = index.data(TokenTableModel::ExpiredRole).toBool();
        const bool pending = index.data(TokenTableModel::DetailsStateRole).toInt() ==
                             int(TokenTableModel::DetailsState::Pending);
        const bool strike =
            expired && (column == TokenTableModel::Name || column == TokenTableModel::Expires);
        const bool italic = pending && isDetailColumn(column);
        if (strike || italic) {
            QFont font;
            font.setStrikeOut(strike);
            font.setItalic(italic);
            return font;
        }
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace edgekv
