#pragma once

#include "api/Token.h"
#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace edgekv {

class Clock;

// Every token of an account, one row each, in the order they were first seen (a proxy sorts).
// Rows keep their identity by token name across setTokens() calls, so views keep selection and scroll.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Expires, Networks, Namespaces, Issued, EdgeWorkerIds, CpCode, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // Raw values for sorting, never display strings: QString name, qint64 status key (severity, then
        // days left), QDate dates, int network mask, ... See data().
        SortRole = Qt::UserRole + 1,
        StatusKindRole,     // int(TokenStatus::Kind), any column
        TokenRole,          // the whole Token, any column
        NeedsAttentionRole, // bool, any column
        ExpiredRole,        // bool, any column: the UI strikes out or dims these rows
        DetailsLoadedRole,  // bool, any column: false while only the list data is known
        DetailsStateRole,   // int(DetailsState), any column
        DetailsErrorRole,   // QString, any column: why the details could not be loaded
        SeverityRole,       // int, any column: TokenStatus::severity()
        SortDaysRole,       // int, any column: TokenStatus::sortDays()
    };
    Q_ENUM(Role)

    // What is known beyond the list item: GET /tokens/{name} is pending, answered, refused with 410 because
    // the legacy token expired, or failed.
    enum class DetailsState { Pending, Loaded, Expired, Failed };
    Q_ENUM(DetailsState)

    explicit TokenTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the contents with tokens (e.g. a fresh list). Rows of names that stay are updated in place
    // (a list item without details keeps the details already known for the same uuid), rows of names that
    // are gone are removed, new names are appended.
    void setTokens(const QList<Token>& tokens);
    // Merges one token's answer (GET /tokens/{name}) into its row and marks its details loaded; appends a
    // row for an unknown name. Emits dataChanged for that row only.
    void updateToken(const Token& token);
    // Records that the details of name could not be loaded (state Expired or Failed, with a message).
    void setDetailsState(const QString& name, DetailsState state, const QString& error = {});
    bool removeToken(const QString& name);
    void clear();

    int rowOf(const QString& name) const; // -1 when absent
    // An empty token and status for a row out of range.
    const Token& tokenAt(int row) const;
    const TokenStatus& statusAt(int row) const;
    DetailsState detailsStateAt(int row) const;
    QList<Token> tokens() const;
    QList<TokenStatus> statuses() const;

    const ExpiryClassifier& classifier() const { return m_classifier; }
    // clock must outlive the model. Both re-evaluate every status.
    void setClock(const Clock& clock);
    void setThresholds(const ExpiryThresholds& thresholds);

    // The key SortRole holds for the Status column: severity first, then days left.
    static qint64 statusSortKey(const TokenStatus& status);
    // What data(index(row, column), SortRole) returns.
    QVariant sortValue(int row, int column) const;

public slots:
    // Re-evaluates every status against the clock (call at UTC midnight); emits dataChanged for rows whose
    // status changed.
    void refreshStatuses();

private:
    struct Row
    {
        Token token;
        TokenStatus status;
        DetailsState detailsState = DetailsState::Pending;
        QString detailsError;
    };

    QVariant displayData(const Row& row, int column) const;
    QVariant toolTipData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QString detailsPlaceholder(const Row& row) const;
    void emitRowChanged(int row);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByName;
    ExpiryClassifier m_classifier;
};

} // namespace edgekv
