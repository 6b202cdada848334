// File > Export Report: asks which chapters (ReportDialog) and where (UserPrompts), then builds
// and writes the report of the open document with a progress dialog. The figures are drawn by
// scenes and widgets, which live on the GUI thread, so the work stays there and the progress
// dialog keeps the window painted between chapters.
#pragma once

#include "report_sections.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace iiot::ui {

class Document;
class ReportDialog;
class UserPrompts;

class ReportExporter : public QObject {
    Q_OBJECT

public:
    ReportExporter(Document* document, UserPrompts* prompts, QWidget* parent);

    void setPrompts(UserPrompts* prompts) { prompts_ = prompts; }
    // Replaces the dialog's exec() (tests tick boxes and accept); returns whether to go on.
    void setDialogDriver(std::function<bool(ReportDialog&)> driver) { driver_ = std::move(driver); }

    // True when a report was written.
    bool exportReport();
    // Writes the report of the open document with these chapters; an error message or "".
    QString writeTo(const QString& path, const QList<ReportSection>& sections);

signals:
    void statusMessage(const QString& message);

private:
    Document* document_;
    UserPrompts* prompts_;
    QWidget* parent_;
    std::function<bool(ReportDialog&)> driver_;
};

} // namespace iiot::ui
