#pragma once

#include "api/NamespaceInfo.h"

#include <QList>
#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace edgekv {

// The namespace permission grid of the create form, built in code from the namespaces the API lists: one
// row per namespace with a whole-row toggle (the name), Read, Write and Delete checkboxes, its data access
// policy and the networks it exists on. A row that cannot join the ticked ones (another data access policy,
// missing on a chosen network, the 20-namespace limit) is disabled with a tooltip that says why; a ticked row
// always stays enabled so it can be unticked. A filter box appears when there are more than eight namespaces.
class NamespacePermissionGrid : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FilterThreshold = 8;

    explicit NamespacePermissionGrid(QWidget* parent = nullptr);
    ~NamespacePermissionGrid() override;

    // A busy indicator with text in place of the rows.
    void showLoading(const QString& text);
    bool isLoading() const { return m_loading; }
    // A message above the rows with a Retry button (retryRequested()); empty hides it.
    void showError(const QString& message);

    // Replaces the rows (the merged list of both networks); the ticks of namespaces still listed are kept.
    void setNamespaces(const QList<NamespaceInfo>& namespaces);
    QList<NamespaceInfo> namespaces() const;
    bool hasNamespaces() const { return m_hasNamespaces; }
    void setNetworks(bool staging, bool production);
    // The account's policy (GET /initialize), for namespaces that report none.
    void setAccountRestrictDataAccess(std::optional<bool> restrict);
    std::optional<bool> accountRestrictDataAccess() const { return m_accountRestrict; }

    // Ticked namespaces -> letters in "rwd" order.
    QMap<QString, QString> permissions() const;
    // Ticks rows; namespaces without a row yet are ticked when setNamespaces() brings them.
    void setPermissions(const QMap<QString, QString>& permissions);
    // Namespaces setPermissions() asked for that the API did not list.
    QStringList missingNames() const { return m_missing; }
    // A message under the rows (e.g. from the server); empty clears it.
    void setProblem(const QString& message);

    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* retryButton() const { return m_retry; }
    QCheckBox* rowToggle(const QString& name) const;
    QCheckBox* permissionBox(const QString& name, QChar letter) const; // 'r', 'w' or 'd'
    // The row's networks cell: "both", "staging only" or "production only".
    QLabel* noteLabel(const QString& name) const;
    // The line under the rows that explains greyed-out rows (hidden when there are none).
    QLabel* legendLabel() const { return m_legendLabel; }
    bool isRowShown(const QString& name) const;
    // The focusable widgets in tab order.
    QList<QWidget*> focusChain() const;

signals:
    void changed();
    void retryRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Why an unticked row cannot be ticked.
    enum class Block { None, Network, Policy, Limit };

    struct Row
    {
        NamespaceInfo info;
        QCheckBox* toggle = nullptr;
        QCheckBox* read = nullptr;
        QCheckBox* write = nullptr;
        QCheckBox* remove = nullptr;
        QLabel* policy = nullptr;
        QLabel* note = nullptr;
        QString letters() const;
    };

    void rebuild();
    void addRow(QGridLayout* grid, int line, const NamespaceInfo& info);
    void setLetters(Row& row, const QString& letters);
    void onToggleClicked(const QString& name);
    void updateRows();
    void fitLabels();
    Block updateRow(Row& row, const QList<NamespaceInfo>& ticked);
    const Row* findRow(const QString& name) const;

    QLineEdit* m_filter = nullptr;
    QWidget* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_statusText = nullptr;
    QPushButton* m_retry = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_legendLabel = nullptr;
    QLabel* m_problemLabel = nullptr;

    QList<NamespaceInfo> m_namespaces;
    QList<Row> m_rows;
    QMap<QString, QString> m_pending;
    QStringList m_missing;
    std::optional<bool> m_accountRestrict;
    bool m_staging = true;
    bool m_production = true;
    bool m_loading = false;
    bool m_hasNamespaces = false;
    bool m_updating = false;
};

} // namespace edgekv
