package org.kakehashi.members;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming API: only a window of rows stays in memory, the rest goes to a
 * compressed temporary file until the workbook is written out. The first row is the header, bold and frozen.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int COLUMN_WIDTH = 22 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private int rowIndex;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        var bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    @Override
    public void row(List<?> cells) {
        var row = sheet.createRow(rowIndex);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            switch (cells.get(i)) {
                case null -> cell.setBlank();
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                case Boolean flag -> cell.setCellValue(flag ? "yes" : "no");
                case Object other -> cell.setCellValue(other.toString());
            }
            if (rowIndex == 0) {
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
        }
        if (rowIndex == 0) {
            sheet.createFreezePane(0, 1);
        }
        rowIndex++;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
