#include "tokens/TokenTableModel.h"

#include "tokens/LegacyJwtClaims.h"
#include "tokens/TokenFormatter.h"
#include "tokens/TokenMerge.h"
#include "util/Clock.h"

namespace edgekv {

namespace {

bool isDetailColumn(int column)
{
    return column == TokenTableModel::Networks || column == TokenTableModel::Namespaces ||
           column == TokenTableModel::EdgeWorkerIds || column == TokenTableModel::CpCode;
}

} // namespace

TokenTableModel::TokenTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<Token>("edgekv::Token");
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case StatusKindRole:
        return int(row.status.kind());
    case TokenRole:
        return QVariant::fromValue(row.token);
    case NeedsAttentionRole:
        return row.status.needsAttention();
    case ExpiredRole:
        return row.status.isExpired();
    case DetailsLoadedRole:
        return row.detailsState == DetailsState::Loaded;
    case DetailsStateRole:
        return int(row.detailsState);
    case DetailsErrorRole:
        return row.detailsError;
    case SeverityRole:
        return row.status.severity();
    case SortDaysRole:
        return row.status.sortDays();
    default:
        break;
    }
    return {};
}

QString TokenTableModel::detailsPlaceholder(const Row& row) const
{
    switch (row.detailsState) {
    case DetailsState::Pending:
        return tr("Loading\u2026");
    case DetailsState::Expired:
        return tr("Not available");
    case DetailsState::Failed:
        return tr("Could not load");
    case DetailsState::Loaded:
        break;
    }
    return {};
}

QVariant TokenTableModel::displayData(const Row& row, int column) const
{
    const Token& token = row.token;
    if (isDetailColumn(column) && !token.hasDetails) {
        const QString placeholder = detailsPlaceholder(row);
        return placeholder.isEmpty() ? TokenFormatter::unknown() : placeholder;
    }
    switch (column) {
    case Name:
        return token.name;
    case Status:
        return row.status.text();
    case Expires:
        return TokenFormatter::expires(token);
    case Networks:
        return TokenFormatter::networks(token);
    case Namespaces:
        return TokenFormatter::namespaces(token);
    case Issued:
        return TokenFormatter::date(token.issueDate);
    case EdgeWorkerIds:
        return TokenFormatter::edgeWorkerIds(token);
    case CpCode:
        return token.cpcode.isEmpty() ? TokenFormatter::unknown() : token.cpcode;
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::toolTipData(const Row& row, int column) const
{
    const Token& token = row.token;
    if (isDetailColumn(column) && !token.hasDetails) {
        switch (row.detailsState) {
        case DetailsState::Pending:
            return tr("Loading the token's namespaces, networks and EdgeWorker IDs\u2026");
        case DetailsState::Expired:
            return tr("The API does not return the details of an expired legacy token.");
        case DetailsState::Failed:
            return row.detailsError.isEmpty() ? tr("The token's details could not be loaded.")
                                              : row.detailsError;
        case DetailsState::Loaded:
            return tr("The API did not report this.");
        }
    }
    switch (column) {
    case Name:
        if (token.uuid.isEmpty())
            return token.name;
        return tr("%1\nUUID: %2").arg(token.name, token.uuid);
    case Status:
        return row.status.toolTip();
    case Expires:
        return TokenFormatter::expiresToolTip(token);
    case Networks:
        return TokenFormatter::networksToolTip(token);
    case Namespaces:
        return TokenFormatter::namespacesToolTip(token);
    case Issued:
        return tr("The date the token was first created (UTC).");
    case EdgeWorkerIds:
        return TokenFormatter::edgeWorkerIdsToolTip(token);
    case CpCode:
        return tr("The CP code EdgeKV bills this token's use to.");
    default:
        break;
    }
    return {};
}

qint64 TokenTableModel::statusSortKey(const TokenStatus& status)
{
    // sortDays() is an int; shifting the severity above it keeps the order of both.
    return (qint64(status.severity()) << 33) + qint64(status.sortDays());
}

QVariant TokenTableModel::sortData(const Row& row, int column) const
{
    const Token& token = row.token;
    switch (column) {
    case Name:
        return token.name;
    case Status:
        return statusSortKey(row.status);
    case Expires:
        return token.expiry.isValid() ? token.expiry : Token::neverExpiresDate();
    case Networks:
        if (!token.hasDetails)
            return -1;
        return (token.allowOnStaging ? 1 : 0) | (token.allowOnProduction ? 2 : 0);
    case Namespaces:
        return TokenFormatter::sortedNamespaces(token).join(QLatin1Char(',')).toLower();
    case Issued:
        return token.issueDate;
    case EdgeWorkerIds:
        return token.restrictToEdgeWorkerIds.join(QLatin1Char(','));
    case CpCode: {
        bool ok = false;
        const qlonglong code = token.cpcode.toLongLong(&ok);
        return ok ? code : qlonglong(-1);
    }
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("Name");
        case Status:
            return tr("Status");
        case Expires:
            return tr("Expires");
        case Networks:
            return tr("Networks");
        case Namespaces:
            return tr("Namespaces");
        case Issued:
            return tr("Issued");
        case EdgeWorkerIds:
            return tr("EdgeWorker IDs");
        case CpCode:
            return tr("CP code");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Expires:
            return tr("The expiry date of legacy tokens; enhanced tokens never expire and show their next "
                      "automatic refresh.");
        case Namespaces:
            return tr("Each namespace with its permissions: r read, w write, d delete.");
        default:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> TokenTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(StatusKindRole, "statusKind");
    names.insert(TokenRole, "token");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(ExpiredRole, "expired");
    names.insert(DetailsLoadedRole, "detailsLoaded");
    names.insert(DetailsStateRole, "detailsState");
    names.insert(DetailsErrorRole, "detailsError");
    names.insert(SeverityRole, "severity");
    names.insert(SortDaysRole, "sortDays");
    return names;
}

void TokenTableModel::setTokens(const QList<Token>& tokens)
{
    // A name listed twice keeps its first position and its last data.
    QHash<QString, int> incomingIndex;
    QList<Token> incoming;
    for (Token token : tokens) {
        LegacyJwtClaims::apply(token);
        const auto found = incomingIndex.constFind(token.name);
        if (found != incomingIndex.constEnd()) {
            incoming[*found] = token;
        } else {
            incomingIndex.insert(token.name, int(incoming.size()));
            incoming.append(token);
        }
    }

    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incomingIndex.contains(m_rows.at(last).token.name)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incomingIndex.contains(m_rows.at(first - 1).token.name))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    rebuildIndex();

    const QDate today = m_classifier.todayUtc();
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const Token& listed = incoming.at(incomingIndex.value(row.token.name));
        Row updated = row;
        if (!listed.hasDetails && row.token.hasDetails && row.token.uuid == listed.uuid) {
            updated.token = TokenMerge::listItemOver(row.token, listed);
        } else {
            updated.token = listed;
            updated.detailsState = listed.hasDetails ? DetailsState::Loaded : DetailsState::Pending;
            updated.detailsError.clear();
        }
        updated.status = m_classifier.classify(updated.token, today);
        if (updated.token != row.token || updated.status != row.status ||
            updated.detailsState != row.detailsState || updated.detailsError != row.detailsError) {
            row = updated;
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    QList<Row> added;
    for (const Token& token : std::as_const(incoming)) {
        if (m_rowByName.contains(token.name))
            continue;
        Row row;
        row.token = token;
        row.status = m_classifier.classify(token, today);
        row.detailsState = token.hasDetails ? DetailsState::Loaded : DetailsState::Pending;
        added.append(row);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

void TokenTableModel::updateToken(const Token& token)
{
    const int i = rowOf(token.name);
    if (i < 0) {
        Row row;
        row.token = token;
        LegacyJwtClaims::apply(row.token);
        row.status = m_classifier.classify(row.token);
        row.detailsState = DetailsState::Loaded;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        rebuildIndex();
        endInsertRows();
        return;
    }

    Row& row = m_rows[i];
    const Token merged = TokenMerge::answerOver(row.token, token);
    row.token = merged;
    row.status = m_classifier.classify(merged);
    row.detailsState = DetailsState::Loaded;
    row.detailsError.clear();
    emitRowChanged(i);
}

void TokenTableModel::setDetailsState(const QString& name, DetailsState state, const QString& error)
{
    const int i = rowOf(name);
    if (i < 0)
        return;
    Row& row = m_rows[i];
    if (row.detailsState == state && row.detailsError == error)
        return;
    row.detailsState = state;
    row.detailsError = error;
    emitRowChanged(i);
}

bool TokenTableModel::removeToken(const QString& name)
{
    const int i = rowOf(name);
    if (i < 0)
        return false;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    rebuildIndex();
    endRemoveRows();
    return true;
}

void TokenTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByName.clear();
    endRemoveRows();
}

int TokenTableModel::rowOf(const QString& name) const
{
    return m_rowByName.value(name, -1);
}

const Token& TokenTableModel::tokenAt(int row) const
{
    static const Token none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).token : none;
}

const TokenStatus& TokenTableModel::statusAt(int row) const
{
    static const TokenStatus none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : none;
}

QVariant TokenTableModel::sortValue(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? sortData(m_rows.at(row), column) : QVariant();
}

TokenTableModel::DetailsState TokenTableModel::detailsStateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).detailsState : DetailsState::Pending;
}

QList<Token> TokenTableModel::tokens() const
{
    QList<Token> result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.token);
    return result;
}

QList<TokenStatus> TokenTableModel::statuses() const
{
    QList<TokenStatus> result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.status);
    return result;
}

void TokenTableModel::setClock(const Clock& clock)
{
    m_classifier.setClock(clock);
    refreshStatuses();
}

void TokenTableModel::setThresholds(const ExpiryThresholds& thresholds)
{
    m_classifier.setThresholds(thresholds);
    refreshStatuses();
}

void TokenTableModel::refreshStatuses()
{
    const QDate today = m_classifier.todayUtc();
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const TokenStatus status = m_classifier.classify(m_rows.at(i).token, today);
        if (status == m_rows.at(i).status)
            continue;
        m_rows[i].status = status;
        firstChanged = firstChanged < 0 ? i : firstChanged;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

void TokenTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TokenTableModel::rebuildIndex()
{
    m_rowByName.clear();
    m_rowByName.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByName.insert(m_rows.at(i).token.name, i);
}

} // namespace edgekv
