// The window's file writes (reports, chart exports, screenshots, autosave sidecars) go through the
// product's one atomic write: the bytes are built in memory first, then written to a temporary
// file beside the target, checked, fsynced and renamed, so a failure never leaves half a file.
#pragma once

#include <QByteArray>
#include <QString>

class QImage;

namespace iiot::ui {

// An error message naming the file and the cause, or an empty string when the file was replaced.
QString writeBytesAtomically(const QString& path, const QByteArray& bytes);

// The image encoded as PNG, then written as above.
QString writePngAtomically(const QString& path, const QImage& image);

} // namespace iiot::ui
