#include "simulation_chart_export.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <qcustomplot.h>

namespace iiot::ui {

bool exportChart(QCustomPlot* plot, const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool laidOut = plot->isVisible() && plot->width() > 50 && plot->height() > 50;
    const int width = laidOut ? plot->width() : kChartFileWidth;
    const int height = laidOut ? plot->height() : kChartFileHeight;
    bool ok = false;
    if (suffix == QLatin1String("png"))
        ok = plot->savePng(path, width, height, 2.0);
    else if (suffix == QLatin1String("pdf"))
        ok = plot->savePdf(path, width, height);
    else {
        if (error != nullptr)
            *error = QObject::tr("%1: charts are written as .png or .pdf").arg(path);
        return false;
    }
    if (!ok && error != nullptr)
        *error = QObject::tr("cannot write %1").arg(path);
    return ok;
}

void addChartExportMenu(QCustomPlot* plot) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& at) {
        QMenu menu(plot);
        const auto save = [plot](const QString& filter, const QString& suffix) {
            QString path = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), QString(), filter);
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += suffix;
            QString error;
            if (!exportChart(plot, path, &error))
                QMessageBox::warning(plot, QObject::tr("Export chart"), error);
        };
        menu.addAction(QObject::tr("Export as PNG…"), plot,
                       [save] { save(QObject::tr("PNG image (*.png)"), QStringLiteral(".png")); });
        menu.addAction(QObject::tr("Export as PDF…"), plot,
                       [save] { save(QObject::tr("PDF document (*.pdf)"), QStringLiteral(".pdf")); });
        menu.exec(plot->mapToGlobal(at));
    });
}

} // namespace iiot::ui
