package vn.vbsp.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What an uploaded file is, from its first bytes (a zip is an XLSX) and its name; anything else is refused. */
public enum TableFileFormat {
    CSV, XLSX;

    public static TableFileFormat detect(Path file, String originalName) throws IOException {
        if (Files.size(file) == 0) {
            throw new TableFileRefused("shared.file.empty");
        }
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        String name = originalName == null ? "" : originalName.strip().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new TableFileRefused("shared.file.xls");
        }
        if (extension.equals("xlsx")) {
            throw new TableFileRefused("shared.file.xlsx-unreadable");
        }
        if (n == 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw new TableFileRefused("shared.file.type", originalName);
        }
        if (extension.isEmpty() || extension.equals("csv") || extension.equals("txt")) {
            return CSV;
        }
        throw new TableFileRefused("shared.file.type", originalName);
    }
}
