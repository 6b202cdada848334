#include "atomic_write.h"

#include "model/atomic_file.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

#include <string_view>

namespace iiot::ui {

QString writeBytesAtomically(const QString& path, const QByteArray& bytes) {
    const std::string error = model::writeFileAtomically(
        QFile::encodeName(path).toStdString(),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return QString::fromStdString(error);
}

QString writePngAtomically(const QString& path, const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return QStringLiteral("%1: the image could not be encoded as PNG").arg(path);
    return writeBytesAtomically(path, bytes);
}

} // namespace iiot::ui
