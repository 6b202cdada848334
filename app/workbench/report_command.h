// iiot-workbench --report PROJECT -o OUT.pdf|OUT.html: the engineering report without a window
// (works on the offscreen platform). Exit statuses as iiot-cli's (FORMAT.md section 5): 0 written,
// 1 the project is invalid, 2 usage error, 3 a file could not be read or written.
#pragma once

#include <QString>

namespace iiot::ui {

int runReportCommand(const QString& project, const QString& output, const QString& toolVersion);

} // namespace iiot::ui
