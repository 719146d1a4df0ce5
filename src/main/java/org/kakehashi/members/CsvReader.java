package org.kakehashi.members;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as spreadsheets write it: UTF-8 with or without a byte-order mark, ";" (Swedish and German
 * Excel) or "," as separator, fields in double quotes with doubled quotes and line breaks inside. Anything that is
 * not UTF-8 is refused rather than guessed, so that "Malmö" never arrives as "Malm?".
 */
final class CsvReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;

    /** A record of the file with the number of the line it starts on. */
    record Line(int number, List<String> cells) {
    }

    record Table(List<String> header, List<Line> rows) {
    }

    private CsvReader() {
    }

    static Table read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException("exchange.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        var text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == CsvTableWriter.BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportException("exchange.import.error.empty");
        }
        var lines = parse(text, separator(text));
        var header = lines.getFirst().cells();
        var rows = lines.subList(1, lines.size());
        if (rows.isEmpty()) {
            throw new ImportException("exchange.import.error.no-rows");
        }
        return new Table(header, List.copyOf(rows));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("exchange.import.error.encoding");
        }
    }

    /** The separator is the one the header row uses more often: the header names contain neither. */
    private static char separator(String text) {
        var end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<Line> parse(String text, char separator) {
        var lines = new ArrayList<Line>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int recordStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    // A line break inside a cell is kept as \n, whichever way the file ends its lines
                    cell.append('\n');
                    lineNumber++;
                    i++;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(lines, recordStart, cells);
                cells = new ArrayList<>();
                lineNumber++;
                recordStart = lineNumber;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new ImportException("exchange.import.error.unclosed-quote", recordStart);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(lines, recordStart, cells);
        }
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        // The header and MAX_ROWS rows are allowed; one more means the file is too long, and reading stops here
        if (lines.size() > MAX_ROWS) {
            throw new ImportException("exchange.import.error.too-many-rows", MAX_ROWS);
        }
        lines.add(new Line(number, List.copyOf(cells)));
    }
}
