#pragma once

#include "tokens/TokenStatus.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace edgekv {

// Search, filter and sort over a TokenTableModel. Sorts on TokenTableModel::SortRole, never on display
// text; by default in the "attention" order: most severe status first, then soonest expiry, then name.
class TokenFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter {
        All,
        NeedsAttention, // expired, expiring within the warning threshold, activation error
        Expired,
        AutoRefresh, // enhanced tokens (auto-refresh, activating or failed activation)
    };
    Q_ENUM(Filter)

    explicit TokenFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString searchText() const { return m_searchText; }
    // Case-insensitive substring of the token name or of any of its namespaces; empty matches everything.
    void setSearchText(const QString& text);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

    // Further restricts to these status kinds (what a click on a part of the summary shows); empty: no
    // restriction.
    QList<TokenStatus::Kind> statusKinds() const { return m_statusKinds; }
    void setStatusKinds(const QList<TokenStatus::Kind>& kinds);

    // Sorts by the Status column ascending: the attention order.
    void sortByAttention();

    // Whether left comes before right in the attention order (source indexes of any column).
    static bool attentionLessThan(const QModelIndex& left, const QModelIndex& right);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    Filter m_filter = Filter::All;
    QList<TokenStatus::Kind> m_statusKinds;
};

} // namespace edgekv
