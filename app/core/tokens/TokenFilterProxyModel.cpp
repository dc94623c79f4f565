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
    m_tokens = qobject_cast<TokenTableModel*>(sourceModel);
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
    if (m_tokens)
        return acceptsToken(m_tokens->tokenAt(sourceRow), m_tokens->statusAt(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Token token = index.data(TokenTableModel::TokenRole).value<Token>();
    const TokenStatus status(TokenStatus::Kind(index.data(TokenTableModel::StatusKindRole).toInt()), {}, {},
                             {});
    return acceptsToken(token, status);
}

bool TokenFilterProxyModel::acceptsToken(const Token& token, const TokenStatus& status) const
{
    if (!m_statusKinds.isEmpty() && !m_statusKinds.contains(status.kind()))
        return false;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::NeedsAttention:
        if (!status.needsAttention())
            return false;
        break;
    case Filter::Expired:
        if (!status.isExpired())
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

bool TokenFilterProxyModel::attentionLessThan(const QModelIndex& left, const QModelIndex& right) const
{
    int leftSeverity = 0;
    int rightSeverity = 0;
    int leftDays = 0;
    int rightDays = 0;
    QString leftName;
    QString rightName;
    if (m_tokens) {
        const TokenStatus& leftStatus = m_tokens->statusAt(left.row());
        const TokenStatus& rightStatus = m_tokens->statusAt(right.row());
        leftSeverity = leftStatus.severity();
        rightSeverity = rightStatus.severity();
        if (leftSeverity == rightSeverity) {
            leftDays = leftStatus.sortDays();
            rightDays = rightStatus.sortDays();
            if (leftDays == rightDays)
                return compareNames(m_tokens->tokenAt(left.row()).name, m_tokens->tokenAt(right.row()).name) <
                       0;
        }
    } else {
        leftSeverity = left.data(TokenTableModel::SeverityRole).toInt();
        rightSeverity = right.data(TokenTableModel::SeverityRole).toInt();
        leftDays = left.data(TokenTableModel::SortDaysRole).toInt();
        rightDays = right.data(TokenTableModel::SortDaysRole).toInt();
        if (leftSeverity == rightSeverity && leftDays == rightDays)
            return compareNames(
                       left.siblingAtColumn(TokenTableModel::Name).data(TokenTableModel::SortRole).toString(),
                       right.siblingAtColumn(TokenTableModel::Name)
                           .data(TokenTableModel::SortRole)
                           .toString()) < 0;
    }
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity;
    return leftDays < rightDays;
}

bool TokenFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == TokenTableModel::Status)
        return attentionLessThan(left, right);

    if (left.column() == TokenTableModel::Name) {
        const QString leftName =
            m_tokens ? m_tokens->tokenAt(left.row()).name : left.data(sortRole()).toString();
        const QString rightName =
            m_tokens ? m_tokens->tokenAt(right.row()).name : right.data(sortRole()).toString();
        return compareNames(leftName, rightName) < 0;
    }

    const bool direct = m_tokens && sortRole() == TokenTableModel::SortRole;
    const QVariant leftValue =
        direct ? m_tokens->sortValue(left.row(), left.column()) : left.data(sortRole());
    const QVariant rightValue =
        direct ? m_tokens->sortValue(right.row(), right.column()) : right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(leftValue, rightValue);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Equal values: the attention order keeps ties stable and useful.
    return attentionLessThan(left, right);
}

} // namespace edgekv
