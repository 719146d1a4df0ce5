package org.kakehashi.members;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes an export row by row, so that no more than a page of the register is ever held in memory. A cell is a
 * String, a LocalDate, a Boolean or null.
 */
interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** Writes what is still buffered; the stream itself stays open for its owner to close. */
    @Override
    void close() throws IOException;

    static TableWriter of(ExportFormat format, OutputStream out, String sheetName, Locale locale) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, CsvTableWriter.separatorFor(locale));
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}
