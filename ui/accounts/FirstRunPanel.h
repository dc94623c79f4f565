#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FirstRunPanel;
}

namespace edgekv {

// What the main window shows while there are no accounts: three clear choices, as signals the window
// connects. "Import from ~/.edgerc" appears only when that file exists (checked again each time the panel
// is shown, or on refresh()); "Add API credentials" and "Try the local sandbox" are always offered.
class FirstRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPanel(QWidget* parent = nullptr);
    ~FirstRunPanel() override;

    // The .edgerc offered for import; ~/.edgerc by default.
    void setEdgercPath(const QString& path);
    QString edgercPath() const { return m_edgercPath; }
    // Whether the import choice is offered (the file exists).
    bool offersImport() const;

public slots:
    void refresh();

signals:
    // The user chose to import the sections of edgercPath.
    void importRequested(const QString& edgercPath);
    void addRequested();
    void sandboxRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::FirstRunPanel> m_ui;
    QString m_edgercPath;
};

} // namespace edgekv
