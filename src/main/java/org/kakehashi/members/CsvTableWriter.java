package org.kakehashi.members;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it, in UTF-8 with a byte-order mark: without the mark a spreadsheet reads the file in
 * the computer's old code page and shows "MalmÃ¶" and mojibake for kanji.
 */
final class CsvTableWriter implements TableWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern PHONE_LIKE = Pattern.compile("^[+-]?[0-9 ()./-]*$");

    private final Writer writer;
    private final char separator;

    CsvTableWriter(OutputStream out, char separator) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.separator = separator;
        writer.write(BYTE_ORDER_MARK);
    }

    /** Swedish and German spreadsheets expect ";" (their decimal point is a comma), English and Japanese ",". */
    static char separatorFor(Locale locale) {
        var language = locale == null ? "en" : locale.getLanguage();
        return language.equals("sv") || language.equals("de") ? ';' : ',';
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(field(text(cells.get(i))));
        }
        writer.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Boolean flag -> flag ? "yes" : "no";
            case LocalDate date -> date.toString();
            default -> defuseFormula(cell.toString());
        };
    }

    /**
     * A cell that starts like a formula is run as one when a spreadsheet opens the file; a leading apostrophe keeps
     * it text. Phone numbers such as +46 40 123 are left as they are.
     */
    private static String defuseFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !PHONE_LIKE.matcher(text).matches());
        return formula ? "'" + text : text;
    }

    private String field(String text) {
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
