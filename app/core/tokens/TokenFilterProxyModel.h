#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace edgekv {

class TokenTableModel;

// Search, filter and sort over a TokenTableModel. Sorts on TokenTableModel::SortRole, never on display
// text; by default in the "attention" order: most severe status first, then soonest expiry, then name.
// Ties in any column fall back to the attention order. With a TokenTableModel as the source it reads the
// rows directly (10,000 rows sort in a few milliseconds); any other source is read through its roles.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool attentionLessThan(const QModelIndex& left, const QModelIndex& right) const;
    bool acceptsToken(const Token& token, const TokenStatus& status) const;

    QPointer<TokenTableModel> m_tokens; // the source, when it is a TokenTableModel
    QString m_searchText;
    Filter m_filter = Filter::All;
    QList<TokenStatus::Kind> m_statusKinds;
};

} // namespace edgekv
