#include "tokens/TokenFilterProxyModel.h"

#include "tokens/TokenTableModel.h"

namespace edgekv {

namespace {

int compareNames(const QString& left, const QString& right)
{
    const int folded = QString::compare(left, right, Qt::CaseInsensitive);
    return folded != 0 ? folded : QString::compare(left, right, Qt::CaseSensitive);
}

} // namespace

TokenFilterProxyModel::TokenFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // A sort requested before there was a source is not kept by QSortFilterProxyModel.
    if (sortColumn() < 0)
        sortByAttention();
    else
        sort(sortColumn(), sortOrder());
}

void TokenFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void TokenFilterProxyModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void TokenFilterProxyModel::setStatusKinds(const QList<TokenStatus::Kind>& kinds)
{
    if (kinds == m_statusKinds)
        return;
    m_statusKinds = kinds;
    invalidateFilter();
}

void TokenFilterProxyModel::sortByAttention()
{
    sort(TokenTableModel::Status, Qt::AscendingOrder);
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = TokenStatus::Kind(index.data(TokenTableModel::StatusKindRole).toInt());
    if (!m_statusKinds.isEmpty() && !m_statusKinds.contains(kind))
        return false;

    const Token token = index.data(TokenTableModel::TokenRole).value<Token>();
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::NeedsAttention:
        if (!index.data(TokenTableModel::NeedsAttentionRole).toBool())
            return false;
        break;
    case Filter::Expired:
        if (!index.data(TokenTableModel::ExpiredRole).toBool())
            return false;
        break;
    case Filter::AutoRefresh:
        if (token.isLegacy())
            return false;
        break;
    }

    if (m_searchText.isEmpty() || token.name.contains(m_searchText, Qt::CaseInsensitive))
        return true;
    for (auto it = token.namespacePermissions.keyBegin(); it != token.namespacePermissions.keyEnd(); ++it) {
        if (it->contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TokenFilterProxyModel::attentionLessThan(const QModelIndex& left, const QModelIndex& right)
{
    const int leftSeverity = left.data(TokenTableModel::SeverityRole).toInt();
    const int rightSeverity = right.data(TokenTableModel::SeverityRole).toInt();
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity;
    const int leftDays = left.data(TokenTableModel::SortDaysRole).toInt();
    const int rightDays = right.data(TokenTableModel::SortDaysRole).toInt();
    if (leftDays != rightDays)
        return leftDays < rightDays;
    const QString leftName =
        left.siblingAtColumn(TokenTableModel::Name).data(TokenTableModel::SortRole).toString();
    const QString rightName =
        right.siblingAtColumn(TokenTableModel::Name).data(TokenTableModel::SortRole).toString();
    return compareNames(leftName, rightName) < 0;
}

bool TokenFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == TokenTableModel::Status)
        return attentionLessThan(left, right);

    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (left.column() == TokenTableModel::Name) {
        const int order = compareNames(leftValue.toString(), rightValue.toString());
        if (order != 0)
            return order < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(leftValue, rightValue);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Equal values: the attention order keeps ties stable and useful.
    return attentionLessThan(left, right);
}

} // namespace edgekv
