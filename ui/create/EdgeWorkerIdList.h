#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ui {
class EdgeWorkerIdList;
}

namespace edgekv {

// The optional EdgeWorker IDs a token is limited to: type an ID and press Add (or Enter; a pasted list
// separated by commas or spaces adds each), select and Remove. At most eight; none means every EdgeWorker
// of the account may use the token. Bad input is explained as it is typed.
class EdgeWorkerIdList : public QWidget
{
    Q_OBJECT

public:
    explicit EdgeWorkerIdList(QWidget* parent = nullptr);
    ~EdgeWorkerIdList() override;

    QStringList ids() const;
    void setIds(const QStringList& ids);

    // Adds what the input field holds; false (with the reason shown) when it cannot.
    bool addFromInput();
    void removeSelected();

    // Typed but not added yet: a problem for the form (the ID would otherwise silently not be sent).
    QString pendingProblem() const;
    // A message from outside (e.g. the server's answer); empty clears it.
    void setProblem(const QString& message);

    QLineEdit* input() const;
    QPushButton* addButton() const;
    QPushButton* removeButton() const;
    QListWidget* list() const;
    QLabel* messageLabel() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStringList typedIds() const;
    QString inputProblem() const;
    void updateState();

    std::unique_ptr<Ui::EdgeWorkerIdList> m_ui;
    QString m_problem;
};

} // namespace edgekv
